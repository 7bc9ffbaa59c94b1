/**
 * Fields the playground was opened with but nobody told it: the partner look-up infers a partner's
 * kind from DNS and fills the rest with defaults, so its link names those fields in one extra,
 * optional parameter, `assumed=p,edge,discovery,…` (the fields' own permalink parameters). The
 * playground marks them "assumed" until the reader changes them. A link without it reads as before;
 * a playground that does not know it ignores it (backward compatible both ways).
 */
import type { Platform, ScenarioInput } from '../rules/index.ts';
import { fromScenarioInput, type Draft } from './playground-draft.ts';
import { entries, PARTNER_FIELDS, PARTNER_GROUP, PLATFORM_FIELD, TENANT_FIELDS, words, type FieldTable } from './playground-fields.ts';
import { encodePlaygroundParams, PARAMS } from './playground-params.ts';

export const ASSUMED_PARAM = 'assumed';

/** The permalink parameters a link marks as assumed (unknown names are dropped). */
export function readAssumed(search: string): string[] {
  const raw = new URLSearchParams(search).get(ASSUMED_PARAM);
  if (!raw) return [];
  return [...new Set(raw.split(',').map((s) => s.trim()))].filter((p) => p !== ASSUMED_PARAM && PARAMS.includes(p));
}

/** The playground link (query string with "?") for a scenario, with the given fields marked assumed. */
export function assumedLink(input: ScenarioInput, assumed: readonly string[]): string {
  const query = encodePlaygroundParams(fromScenarioInput(input));
  return `?${query}${assumed.length > 0 ? `&${ASSUMED_PARAM}=${assumed.join(',')}` : ''}`;
}

/** Every field parameter of the partner's group for this kind, and the partner kind itself. */
export function partnerParams(platform: Platform): string[] {
  const table = PARTNER_FIELDS[PARTNER_GROUP[platform]] as FieldTable<unknown>;
  return [PLATFORM_FIELD.param, ...entries(table).map(([, f]) => f.param)];
}

/** Every tenant field parameter. */
export function tenantParams(): string[] {
  return entries(TENANT_FIELDS).map(([, f]) => f.param);
}

/** The values a field holds in a draft, as its link writes them (to tell whether the reader changed it). */
function valuesOf(draft: Draft, param: string): string {
  return new URLSearchParams(encodePlaygroundParams(draft)).getAll(param).join('\n');
}

/** Of the fields a link marked assumed, those the reader has not changed since. */
export function stillAssumed(draft: Draft, opened: Draft, assumed: readonly string[]): string[] {
  if (draft.platform !== opened.platform) return assumed.filter((p) => p !== PLATFORM_FIELD.param && !partnerParams(opened.platform).includes(p));
  return assumed.filter((p) => valuesOf(draft, p) === valuesOf(opened, p));
}

/** The reader's name for each field parameter, as the form labels it. */
export function assumedLabels(draft: Draft, params: readonly string[]): string[] {
  const out: string[] = [];
  const group = PARTNER_GROUP[draft.platform];
  for (const param of params) {
    if (param === PLATFORM_FIELD.param) {
      out.push(PLATFORM_FIELD.label);
      continue;
    }
    const tenant = entries(TENANT_FIELDS).find(([, f]) => f.param === param);
    if (tenant) {
      out.push(words(tenant[1].label, draft.tenant, draft.platform));
      continue;
    }
    const partner = entries(PARTNER_FIELDS[group] as FieldTable<Draft[typeof group]>).find(([, f]) => f.param === param);
    if (partner) out.push(words(partner[1].label, draft[group], draft.platform));
  }
  return out;
}
