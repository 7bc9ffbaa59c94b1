/**
 * Builds the playground link for a finding: `/playground/?scenario=<base64url of the scenario
 * JSON>`, a scenario in the contract's shape (shared/contracts/scenario.md) that has exactly the
 * one fault the finding points to, with the trace's own domains where they are usable.
 */
import { messengerDomainKind, normaliseDomain, parseAddress, parseVanityAddress } from '../../rules/address.ts';
import { encodeBase64Url } from '../../share/base64url.ts';

export const PLAYGROUND_PATH = '/playground/';

const DEFAULT_TENANT = 'contoso.com';
const DEFAULT_PARTNER = 'fabrikam.com';
const LYNC_ONLINE = 'sipfed.online.lync.com';

export interface LinkContext {
  /** The Lync Online tenant's domain, as the trace shows it. */
  tenantDomain?: string | null;
  /** The partner's domain. */
  partnerDomain?: string | null;
  /** The partner's address (a Messenger contact), as the trace shows it. */
  partnerAddress?: string | null;
}

type Json = Record<string, unknown>;

function domainOr(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  const d = normaliseDomain(value);
  return d.ok ? d.value : fallback;
}

function tenant(domain: string, overrides: Json = {}): Json {
  return {
    domain,
    dnsVerified: true,
    federation: { mode: 'allow-all-except-blocked', domains: [] },
    publicIm: 'disabled',
    userExternalAccess: true,
    ...overrides,
  };
}

function lyncOnlinePartner(domain: string, overrides: Json = {}): Json {
  return { platform: 'lync-online', domain, dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, userExternalAccess: true, ...overrides };
}

function onPremPartner(domain: string, tenantDomain: string, overrides: Json = {}): Json {
  return {
    platform: 'lync-server-2010',
    domain,
    federationEnabled: true,
    partnerDiscovery: false,
    hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: LYNC_ONLINE, enabled: true }],
    allowedDomains: [{ domain: tenantDomain, proxyFqdn: LYNC_ONLINE }],
    blockedDomains: [],
    userExternalAccess: true,
    ...overrides,
  };
}

/** A Messenger address from the trace when it is one, else the seed's example. */
function messengerAddress(address: string | null | undefined, wantVanity: boolean): string {
  if (address) {
    const vanity = parseVanityAddress(address);
    const plain = vanity.ok ? vanity : parseAddress(address);
    if (plain.ok && wantVanity === (messengerDomainKind(plain.value.domain) === 'vanity')) return `${plain.value.user}@${plain.value.domain}`;
  }
  return wantVanity ? 'tommy@mydomain.com' : 'tommy@hotmail.com';
}

/** The scenario for a rule; null when the playground has no scenario for it. */
export function scenarioFor(rule: string, context: LinkContext = {}): Json | null {
  const t = domainOr(context.tenantDomain, DEFAULT_TENANT);
  let p = domainOr(context.partnerDomain, DEFAULT_PARTNER);
  if (p === t) p = t === DEFAULT_PARTNER ? DEFAULT_TENANT : DEFAULT_PARTNER;
  switch (rule) {
    case 'tenant-user-not-enabled':
      return { tenant: tenant(t, { userExternalAccess: false }), partner: lyncOnlinePartner(p) };
    case 'tenant-public-im-disabled':
      return { tenant: tenant(t), partner: { platform: 'windows-live-messenger', address: messengerAddress(context.partnerAddress, false) } };
    case 'messenger-vanity-address-format': {
      const address = messengerAddress(context.partnerAddress, true);
      return { tenant: tenant(t, { publicIm: 'enabled' }), partner: { platform: 'windows-live-messenger', address }, contact: address };
    }
    case 'partner-no-route-to-lync-online':
      // Discovery on, so the domain is permitted: the only fault left is the missing route.
      return { tenant: tenant(t), partner: onPremPartner(p, t, { partnerDiscovery: true, hostingProviders: [], allowedDomains: [] }) };
    case 'partner-proxy-fqdn-missing':
      return { tenant: tenant(t), partner: onPremPartner(p, t, { hostingProviders: [], allowedDomains: [{ domain: t, proxyFqdn: null }] }) };
    case 'partner-dns-not-verified':
      return { tenant: tenant(t), partner: lyncOnlinePartner(p, { dnsVerified: false }) };
    case 'same-sip-domain':
      return { tenant: tenant(t), partner: onPremPartner(t, t) };
    case 'partner-federation-disabled':
      // The rule is about a Lync Online partner's Domain Federation tab: open that case, so the
      // playground shows the rule the explainer names.
      return { tenant: tenant(t), partner: lyncOnlinePartner(p, { federation: { mode: 'disabled', domains: [] } }) };
    default:
      return null;
  }
}

/** `/playground/?scenario=…` for a rule; null when there is no scenario for it. */
export function playgroundLink(rule: string | null, context: LinkContext = {}): string | null {
  if (rule === null) return null;
  const scenario = scenarioFor(rule, context);
  return scenario ? `${PLAYGROUND_PATH}?scenario=${encodeBase64Url(JSON.stringify(scenario))}` : null;
}
