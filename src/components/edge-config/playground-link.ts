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

/** `asOf`: the date the reader chose (general availability, the default, is not written). */
export function playgroundQuery(tenantDomain: string, partner: PartnerInput, asOf?: string): string {
  const draft = emptyDraft();
  if (asOf !== undefined) draft.asOf = asOf;
  draft.tenant.domain = tenantDomain;
  draft.platform = 'lync-server-2010';
  draft.onPremises = partnerToDraft(partner);
  return encodePlaygroundParams(draft);
}

export function playgroundHref(tenantDomain: string, partner: PartnerInput, path = PLAYGROUND_PATH, asOf?: string): string {
  return `${path}?${playgroundQuery(tenantDomain, partner, asOf)}`;
}
