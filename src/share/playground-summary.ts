/**
 * The settings of a scenario in a few lines: what the folded playground shows instead of its form.
 * Every phrase is the field table's (playground-fields.ts); this only puts them in rows.
 */
import type { Platform } from '../rules/index.ts';
import { PLATFORM_LABEL } from './labels.ts';
import type { Draft } from './playground-draft.ts';
import { entries, PARTNER_FIELDS, PARTNER_GROUP, TENANT_FIELDS, USER_FIELDS, USER_TERMS, type FieldTable } from './playground-fields.ts';

type UserDraft = Pick<Draft, 'contact' | 'modalities' | 'asOf'>;

/** A group's phrases, in the form's order, exceptions (a switch that is off) last; fields the form hides say nothing. */
function phrases<G>(table: FieldTable<G>, group: G, platform: Platform): string {
  const shown = entries(table).filter(([, field]) => !field.shown || field.shown(group, platform));
  const said = (last: boolean) =>
    shown.filter(([, field]) => Boolean(field.summaryLast) === last).flatMap(([key, field]) => field.summary(group[key], group) ?? []);
  return [...said(false), ...said(true)].join('; ');
}

/** [term, description] rows: your tenant, the partner (named by its kind), the address typed, the modalities. */
export function settingsLines(draft: Draft): Array<[string, string]> {
  const platform = draft.platform;
  const group = PARTNER_GROUP[platform];
  return [
    ['You, on Lync Online', phrases(TENANT_FIELDS, draft.tenant, platform)],
    [PLATFORM_LABEL[platform], phrases(PARTNER_FIELDS[group] as FieldTable<Draft[typeof group]>, draft[group], platform)],
    ...entries<UserDraft>(USER_FIELDS).map(([key, field]): [string, string] => [USER_TERMS[key], field.summary(draft[key], draft) ?? '']),
  ];
}
