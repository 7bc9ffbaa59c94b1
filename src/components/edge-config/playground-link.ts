/**
 * The playground link for what the Edge configuration reader found: the tenant's domain and the
 * partner's settings only. Nothing else of the paste (server names, addresses, comments) goes into
 * a URL; the link is the playground's readable one (src/share/playground-params.ts).
 */
import { encodePlaygroundParams } from '../../share/playground-params.ts';
import type { PartnerInput } from '../../tools/edge-config/index.ts';
import { emptyDraft } from '../playground/draft.ts';

export const PLAYGROUND_PATH = '/playground/';

export function playgroundQuery(tenantDomain: string, partner: PartnerInput): string {
  const draft = emptyDraft();
  draft.tenant.domain = tenantDomain;
  draft.platform = 'lync-server-2010';
  draft.onPremises = {
    domain: partner.domain,
    federationEnabled: partner.federationEnabled,
    partnerDiscovery: partner.partnerDiscovery,
    hostingProviders: partner.hostingProviders.map((h) => ({ identity: h.identity, proxyFqdn: h.proxyFqdn ?? '', enabled: h.enabled })),
    allowedDomains: partner.allowedDomains.map((a) => ({ domain: a.domain, proxyFqdn: a.proxyFqdn ?? '' })),
    blockedDomains: [...partner.blockedDomains],
    userExternalAccess: partner.userExternalAccess,
  };
  return encodePlaygroundParams(draft);
}

export function playgroundHref(tenantDomain: string, partner: PartnerInput, path = PLAYGROUND_PATH): string {
  return `${path}?${playgroundQuery(tenantDomain, partner)}`;
}
