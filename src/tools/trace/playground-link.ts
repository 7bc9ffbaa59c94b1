/**
 * Builds the playground link for a finding: `/playground/?scenario=<base64url of the scenario
 * JSON>`, a scenario in the contract's shape (shared/contracts/scenario.md) that has exactly the
 * one fault the finding points to, with the trace's own domains where they are usable.
 */
import { messengerDomainKind, normaliseDomain, parseAddress, parseVanityAddress } from '../../rules/address.ts';
import type { Platform, RuleId, ScenarioInput } from '../../rules/model.ts';
import { encodeBase64Url } from '../../share/base64url.ts';
import { emptyDraft, toScenarioInput } from '../../share/playground-draft.ts';

export const PLAYGROUND_PATH = '/playground/';

const LYNC_ONLINE = 'sipfed.online.lync.com';

export interface LinkContext {
  /** The Lync Online tenant's domain, as the trace shows it. */
  tenantDomain?: string | null;
  /** The partner's domain. */
  partnerDomain?: string | null;
  /** The partner's address (a Messenger contact), as the trace shows it. */
  partnerAddress?: string | null;
}

type Tenant = ScenarioInput['tenant'];
/** The partner input of one kind (the on-premises kinds share one shape). */
type PartnerOf<P extends Platform> = ScenarioInput['partner'] & { platform: P };
/** What the link carries: the two sides and, where the finding is about it, the address typed. */
type LinkScenario = Pick<ScenarioInput, 'tenant' | 'partner' | 'contact'>;

/**
 * The playground's own defaults (its field table, src/share/playground-fields.ts), so the shape
 * of each side is described once: a setting the playground gains reaches these links too.
 */
function defaults<P extends Platform>(platform: P): { tenant: Tenant; partner: PartnerOf<P> } {
  const input = toScenarioInput({ ...emptyDraft(), platform });
  return { tenant: input.tenant, partner: input.partner as PartnerOf<P> };
}

const DEFAULT_TENANT = defaults('lync-online').tenant.domain;
const DEFAULT_PARTNER = defaults('lync-online').partner.domain;

function domainOr(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  const d = normaliseDomain(value);
  return d.ok ? d.value : fallback;
}

function tenant(domain: string, overrides: Partial<Tenant> = {}): Tenant {
  return { ...defaults('lync-online').tenant, domain, ...overrides };
}

function lyncOnlinePartner(domain: string, overrides: Partial<PartnerOf<'lync-online'>> = {}): PartnerOf<'lync-online'> {
  return { ...defaults('lync-online').partner, domain, ...overrides };
}

/** A Lync Server 2010 Edge that federates with the tenant (a route and a permission), but for the overrides. */
function onPremPartner(domain: string, tenantDomain: string, overrides: Partial<PartnerOf<'lync-server-2010'>> = {}): PartnerOf<'lync-server-2010'> {
  return {
    ...defaults('lync-server-2010').partner,
    domain,
    hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: LYNC_ONLINE, enabled: true }],
    allowedDomains: [{ domain: tenantDomain, proxyFqdn: LYNC_ONLINE }],
    ...overrides,
  };
}

/** A Messenger partner: the address alone (the link leaves the rest to the playground's defaults). */
function messengerPartner(address: string): PartnerOf<'windows-live-messenger'> {
  return { platform: 'windows-live-messenger', address };
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

/** The two domains the link uses (never the same one) and the trace's partner address. */
interface Sides {
  t: string;
  p: string;
  context: LinkContext;
}

/**
 * One scenario per rule the ms-diagnostics catalogue points to (catalogue.ts), keyed by the rules'
 * own ids: a renamed or removed rule is a type error here, and playground-link.test.ts fails naming
 * a catalogue rule without a scenario. Each has exactly the one fault the rule is about.
 */
const SCENARIOS: Partial<Record<RuleId, (s: Sides) => LinkScenario>> = {
  'tenant-user-not-enabled': ({ t, p }) => ({ tenant: tenant(t, { userExternalAccess: false }), partner: lyncOnlinePartner(p) }),
  'tenant-public-im-disabled': ({ t, context }) => ({ tenant: tenant(t), partner: messengerPartner(messengerAddress(context.partnerAddress, false)) }),
  'messenger-vanity-address-format': ({ t, context }) => {
    const address = messengerAddress(context.partnerAddress, true);
    return { tenant: tenant(t, { publicIm: 'enabled' }), partner: messengerPartner(address), contact: address };
  },
  // Discovery on, so the domain is permitted: the only fault left is the missing route.
  'partner-no-route-to-lync-online': ({ t, p }) => ({ tenant: tenant(t), partner: onPremPartner(p, t, { partnerDiscovery: true, hostingProviders: [], allowedDomains: [] }) }),
  'partner-proxy-fqdn-missing': ({ t, p }) => ({ tenant: tenant(t), partner: onPremPartner(p, t, { hostingProviders: [], allowedDomains: [{ domain: t, proxyFqdn: null }] }) }),
  'partner-dns-not-verified': ({ t, p }) => ({ tenant: tenant(t), partner: lyncOnlinePartner(p, { dnsVerified: false }) }),
  'same-sip-domain': ({ t }) => ({ tenant: tenant(t), partner: onPremPartner(t, t) }),
  // The rule is about a Lync Online partner's Domain Federation tab: open that case, so the
  // playground shows the rule the explainer names.
  'partner-federation-disabled': ({ t, p }) => ({ tenant: tenant(t), partner: lyncOnlinePartner(p, { federation: { mode: 'disabled', domains: [] } }) }),
};

/** The scenario for a rule; null when the playground has no scenario for it. */
export function scenarioFor(rule: string, context: LinkContext = {}): LinkScenario | null {
  const t = domainOr(context.tenantDomain, DEFAULT_TENANT);
  let p = domainOr(context.partnerDomain, DEFAULT_PARTNER);
  if (p === t) p = t === DEFAULT_PARTNER ? DEFAULT_TENANT : DEFAULT_PARTNER;
  const build = Object.hasOwn(SCENARIOS, rule) ? SCENARIOS[rule as RuleId] : undefined;
  return build ? build({ t, p, context }) : null;
}

/** `/playground/?scenario=…` for a rule; null when there is no scenario for it. */
export function playgroundLink(rule: string | null, context: LinkContext = {}): string | null {
  if (rule === null) return null;
  const scenario = scenarioFor(rule, context);
  return scenario ? `${PLAYGROUND_PATH}?scenario=${encodeBase64Url(JSON.stringify(scenario))}` : null;
}
