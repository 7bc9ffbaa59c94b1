/**
 * The playground's permalink: readable, versioned query parameters for every setting, e.g.
 *
 *   /playground/?v=1&you=contoso.com&fed=blocklist&p=ls2010&them=litwareinc.com&allow=contoso.com:sipfed.online.lync.com
 *
 * Only what differs from the v1 defaults is written, so links stay short enough to paste.
 * Reading never fails: an unknown version, a value this version does not know, or a value the
 * rules' schema rejects is left at its default, and each is reported in plain words.
 */
import { emptyDraft, type Draft } from './playground-draft.ts';
import { entries, PARTNER_FIELDS, PARTNER_GROUP, PLATFORM_FIELD, TENANT_FIELDS, USER_FIELDS, type FieldTable } from './playground-fields.ts';
import type { Platform } from '../rules/index.ts';
import { checkSeal, cutLinkNotice, looksCut, sealQuery } from './link-seal.ts';

type UserDraft = Pick<Draft, 'contact' | 'modalities' | 'asOf'>;

export const PERMALINK_VERSION = 1;

/** The parameters this version reads (from the field table); anything else in a link is reported as not understood. */
export const PARAMS: readonly string[] = [
  ...new Set(['ck', 'v', ...Object.values(TENANT_FIELDS), PLATFORM_FIELD, ...Object.values(PARTNER_FIELDS).flatMap((table) => Object.values(table)), ...Object.values(USER_FIELDS)].map((f) => (typeof f === 'string' ? f : f.param))),
];

/** Writes each field of a group that differs from its default, in the table's order. */
function encodeGroup<G>(q: URLSearchParams, table: FieldTable<G>, group: G, platform: Platform) {
  for (const [key, field] of entries(table)) {
    if (field.shown && !field.shown(group, platform)) continue;
    for (const value of field.codec.encode(group[key], field.default)) q.append(field.param, value);
  }
}

/** The query string (without "?") for a playground state. */
export function encodePlaygroundParams(draft: Draft): string {
  const q = new URLSearchParams({ v: String(PERMALINK_VERSION) });
  const platform = draft.platform;
  const group = PARTNER_GROUP[platform];
  encodeGroup(q, TENANT_FIELDS, draft.tenant, platform);
  for (const value of PLATFORM_FIELD.codec.encode(platform, PLATFORM_FIELD.default)) q.append(PLATFORM_FIELD.param, value);
  encodeGroup(q, PARTNER_FIELDS[group] as FieldTable<Draft[typeof group]>, draft[group], platform);
  encodeGroup<UserDraft>(q, USER_FIELDS, draft, platform);
  return q.toString();
}

/**
 * The query string (without "?") a reader shares: the permalink with its seal first (ck=…, see
 * link-seal.ts), so that a copy cut short is said to be cut rather than opening another scenario.
 */
export function sealedPlaygroundParams(draft: Draft): string {
  return sealQuery(encodePlaygroundParams(draft), 'ck', (name) => PARAMS.includes(name));
}

export interface DecodedParams {
  draft: Draft;
  /** What could not be restored, one plain sentence each. */
  problems: string[];
}

/** True when the query string carries playground parameters at all. */
export function hasPlaygroundParams(search: string): boolean {
  const q = new URLSearchParams(search);
  return PARAMS.some((name) => q.has(name));
}

/**
 * Reads a playground state from a query string, restoring what it can. The result still has to
 * pass the rules' schema: see `restoreValid`.
 */
export function decodePlaygroundParams(search: string): DecodedParams {
  const q = new URLSearchParams(search);
  const draft = emptyDraft();
  const problems: string[] = [];
  const version = q.get('v');
  if (version !== null && version !== String(PERMALINK_VERSION)) {
    problems.push(
      version.trim() === ''
        ? `The link's version (v=) is empty, so it may have been cut or edited; it was read as version ${PERMALINK_VERSION}, and some settings may not carry over.`
        : `The link was made by version ${version} of the playground; this is version ${PERMALINK_VERSION}, so some settings may not carry over.`,
    );
  }
  const seal = checkSeal(search, 'ck', (name) => PARAMS.includes(name));
  const cutEnd = seal === 'none' ? looksCut(search) : null;
  if (seal === 'broken') problems.push(cutLinkNotice());
  else if (cutEnd !== null) problems.push(cutLinkNotice(cutEnd));
  const problem = (message: string) => problems.push(message);
  const decodeGroup = <G>(table: FieldTable<G>, group: G) => {
    for (const [key, field] of entries(table)) group[key] = field.codec.decode(q.getAll(field.param), group[key], problem, field.param);
  };
  decodeGroup(TENANT_FIELDS, draft.tenant);
  draft.platform = PLATFORM_FIELD.codec.decode(q.getAll(PLATFORM_FIELD.param), draft.platform, problem, PLATFORM_FIELD.param);
  const group = PARTNER_GROUP[draft.platform];
  decodeGroup(PARTNER_FIELDS[group] as FieldTable<Draft[typeof group]>, draft[group]);
  decodeGroup<UserDraft>(USER_FIELDS, draft);
  for (const name of new Set(q.keys())) {
    // `assumed` marks fields a look-up filled in (src/share/assumed-fields.ts): not a setting.
    if (!PARAMS.includes(name) && name !== 'scenario' && name !== 'assumed') problems.push(`The link's “${name}” setting is not one this version knows; it was ignored.`);
  }
  return { draft, problems };
}

/**
 * Drops the list entry the schema named, or puts the field it named back to its default. False
 * when the path is not one of the form's fields.
 */
function resetField(draft: Draft, path: string): boolean {
  const group = PARTNER_GROUP[draft.platform];
  const reset = <G>(prefix: string, table: FieldTable<G>, values: G): boolean => {
    for (const [key, field] of entries(table)) {
      const full = prefix ? `${prefix}.${field.path}` : field.path;
      if (path === full) {
        values[key] = structuredClone(field.default);
        return true;
      }
      const entry = path.startsWith(`${full}.`) ? Number(path.slice(full.length + 1).split('.')[0]) : NaN;
      const list = values[key];
      if (Number.isInteger(entry) && Array.isArray(list)) {
        values[key] = list.filter((_, i) => i !== entry) as G[typeof key];
        return true;
      }
    }
    return false;
  };
  return (
    reset('tenant', TENANT_FIELDS, draft.tenant) ||
    reset('partner', PARTNER_FIELDS[group] as FieldTable<Draft[typeof group]>, draft[group]) ||
    reset<UserDraft>('', USER_FIELDS, draft)
  );
}

export interface Validator {
  /** The rules' schema: ok, or the field at fault (dotted or with [n]) and why. */
  (draft: Draft): { ok: true } | { ok: false; field: string; message: string };
}

/**
 * Puts the decoded state through the rules' schema, repairing field by field: each value the
 * schema rejects is dropped or set back to its default, and the reason is added to `problems`.
 * If a problem cannot be repaired that way, the whole default state is used.
 */
export function restoreValid(decoded: DecodedParams, validate: Validator, describe: (field: string) => string): DecodedParams {
  const draft = structuredClone(decoded.draft);
  const problems = [...decoded.problems];
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = validate(draft);
    if (result.ok) return { draft, problems };
    const field = result.field.replace(/\[(\d+)\]/g, '.$1');
    problems.push(`${describe(result.field)}: ${result.message}; ${/\.\d+/.test(field) ? 'that entry was left out' : 'the default was used'}.`);
    if (!resetField(draft, field)) break;
  }
  problems.push('The link could not be restored; the default scenario is shown.');
  return { draft: emptyDraft(), problems };
}
