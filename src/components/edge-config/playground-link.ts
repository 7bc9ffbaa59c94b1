/**
 * The playground link for what the Edge configuration reader found: the tenant's domain and the
 * partner's settings only. Nothing else of the paste (server names, addresses, comments) goes into
 * a URL; the link is the playground's readable one (src/share/playground-params.ts).
 */
import { encodePlaygroundParams } from '../../share/playground-params.ts';
import type { PartnerInput } from '../../tools/edge-config/index.ts';
import { emptyDraft } from '../../share/playground-draft.ts';
import { partnerToDraft } from './draft-bridge.ts';

export const PLAYGROUND_PATH = '/playground/';

export function playgroundQuery(tenantDomain: string, partner: PartnerInput): string {
  const draft = emptyDraft();
  draft.tenant.domain = tenantDomain;
  draft.platform = 'lync-server-2010';
  draft.onPremises = partnerToDraft(partner);
  return encodePlaygroundParams(draft);
}

export function playgroundHref(tenantDomain: string, partner: PartnerInput, path = PLAYGROUND_PATH): string {
  return `${path}?${playgroundQuery(tenantDomain, partner)}`;
}
