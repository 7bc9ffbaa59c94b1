/**
 * The facts every rule may look at, worked out once per evaluation: the partner's domain and
 * address, the contact parsed, and the on-premises Edge's route and permission (evidence: on-premises#route-and-permission).
 */
import { SIPFED } from './commands.ts';
import { isLyncServer } from './model.ts';
import type { ContactAddress, HostingProvider, OnPremFacts, OnPremPartner, RuleContext, Scenario } from './model.ts';

const NO_PROVIDERS: readonly HostingProvider[] = [];

/** Parses a contact that parseScenario has already normalised. */
export function contactOf(contact: string): ContactAddress {
  const open = contact.indexOf('(');
  if (open >= 0) {
    return { form: 'vanity', user: contact.slice(0, open), domain: contact.slice(open + 1, contact.lastIndexOf(')')) };
  }
  const at = contact.lastIndexOf('@');
  return { form: 'plain', user: contact.slice(0, at), domain: contact.slice(at + 1) };
}

/**
 * The on-premises model (evidence: on-premises#route-and-permission):
 * - route: an enabled hosting provider (a Lync Server Edge only: PLATFORM_NAMES' `edge`) with proxy FQDN sipfed.online.lync.com,
 *   or an allowed-domain entry for your domain with that proxy FQDN;
 * - permitted: partner discovery on, or an allowed-domain entry for your domain (any proxy FQDN);
 * - blocked: a blocked-domain entry for your domain.
 */
export function onPremFacts(partner: OnPremPartner, tenantDomain: string): OnPremFacts {
  let allowedEntry;
  for (const a of partner.allowedDomains) {
    if (a.domain === tenantDomain) {
      allowedEntry = a;
      break;
    }
  }
  const providers = isLyncServer(partner.platform) ? partner.hostingProviders : NO_PROVIDERS;
  const hostingRoute: HostingProvider[] = [];
  const disabledRoute: HostingProvider[] = [];
  const misdirected: HostingProvider[] = [];
  for (const hp of providers) {
    if (hp.proxyFqdn !== SIPFED) misdirected.push(hp);
    else if (hp.enabled) hostingRoute.push(hp);
    else disabledRoute.push(hp);
  }
  const route = hostingRoute.length > 0 ? 'hosting-provider' : allowedEntry?.proxyFqdn === SIPFED ? 'allowed-domain' : null;
  return {
    allowedEntry,
    blocked: partner.blockedDomains.includes(tenantDomain),
    permitted: partner.partnerDiscovery || allowedEntry !== undefined,
    route,
    hostingProviders: providers,
    misdirected: { allowedEntry: allowedEntry !== undefined && allowedEntry.proxyFqdn !== SIPFED, hostingProviders: misdirected },
    hostingRoute,
    disabledRoute,
  };
}

export function buildContext(scenario: Scenario): RuleContext {
  const { tenant, partner } = scenario;
  let partnerDomain: string;
  let partnerAddress: string;
  let onPrem: OnPremFacts | null = null;
  if (partner.platform === 'windows-live-messenger') {
    partnerAddress = partner.address;
    partnerDomain = partner.address.slice(partner.address.lastIndexOf('@') + 1);
  } else {
    partnerDomain = partner.domain;
    partnerAddress = `user@${partner.domain}`;
    if (partner.platform !== 'lync-online') onPrem = onPremFacts(partner, tenant.domain);
  }
  return {
    scenario,
    tenant,
    partner,
    partnerDomain,
    partnerAddress,
    contact: contactOf(scenario.contact),
    asked: scenario.modalities,
    onPrem,
  };
}
