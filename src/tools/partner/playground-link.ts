/**
 * "Open in the playground" for a partner look-up: the partner's domain and its likely kind, every
 * other setting at the playground's defaults (or, for an on-premises partner, an allowed-domain entry
 * for your domain, as ASSUMED_SIDE says), and every one of those fields marked assumed: the kind is
 * a guess from DNS and the rest was never seen.
 */
import type { ScenarioInput } from '../../rules/index.ts';
import { assumedLink, partnerParams, tenantParams } from '../../share/assumed-fields.ts';
import { defaultTenant } from '../edge-config/partner.ts';
import { assumedPartner } from '../inventory/assume.ts';
import type { PartnerReading } from './read-record.ts';

/** The fields that are known: the two domains (and, for Messenger, nothing but the domain). */
const KNOWN = new Set(['you', 'them']);

/** The playground path and query for this reading; null when the reading names no kind. */
export function lookupPlaygroundLink(reading: PartnerReading, yours: string | null): string | null {
  if (reading.platform === null) return null;
  const tenant = yours ?? 'contoso.com';
  const input: ScenarioInput = { tenant: defaultTenant(tenant), partner: assumedPartner(reading.domain, reading.platform, tenant) as ScenarioInput['partner'] };
  const assumed = [...partnerParams(reading.platform), ...tenantParams()].filter((p) => !KNOWN.has(p) || (p === 'you' && yours === null));
  return `/playground/${assumedLink(input, assumed)}`;
}
