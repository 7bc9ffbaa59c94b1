/**
 * The inventory's permalink, for small inventories: readable, versioned parameters with the words
 * every other link of the site uses for the same settings (src/share/param-values.ts), e.g.
 *
 *   ?inv.v=1&inv.you=contoso.com&inv.fed=blocklist&inv.to.fed=allowlist&inv.to.list=fabrikam.com
 *     &inv.p=fabrikam.com:online&inv.p=litwareinc.com:ls2010&inv.p=adatum.com
 *
 * Only the domains, their kinds, your settings and the date travel: never the pasted text. The
 * date is the playground's own field (`asof=`, written and read by its codec, src/share/
 * playground-fields.ts): a link without it means general availability, as every link made before
 * dates existed. Reading never fails: what cannot be read keeps its default and is reported in a
 * plain sentence.
 */
import { normaliseDomain, PLATFORMS } from '../../rules/index.ts';
import type { FederationMode, Platform, PublicImState } from '../../rules/index.ts';
import { GA_DATE } from '../../rules/index.ts';
import { MODE_PARAM, PLATFORM_PARAM, PUBLIC_IM_PARAM } from '../../share/param-values.ts';
import { USER_FIELDS } from '../../share/playground-fields.ts';

export interface InventorySettings {
  mode: FederationMode;
  domains: string[];
  publicIm: PublicImState;
}

export interface InventoryState {
  you: string;
  now: InventorySettings;
  proposed: InventorySettings;
  partners: { domain: string; platform: Platform | null }[];
  /** The date the answers are for, YYYY-MM-DD; GA_DATE (general availability) by default. */
  asOf: string;
}

/** The date's field: the playground's (its parameter, codec and words), so both links read a date alike. */
const AS_OF = USER_FIELDS.asOf;

export const INVENTORY_LINK_VERSION = 1;
/** A permalink is offered up to this many partners (a longer list belongs in the CSV or JSON export). */
export const MAX_LINK_PARTNERS = 50;
/** …and up to this many characters, which every forum and mail client keeps whole. */
export const MAX_LINK_CHARS = 2000;

const P = 'inv.';
const invert = <K extends string>(table: Readonly<Record<K, string>>): Map<string, K> => new Map(Object.entries(table).map(([k, v]) => [v as string, k as K]));
const MODES = invert(MODE_PARAM);
const PIMS = invert(PUBLIC_IM_PARAM);
const KINDS = invert(PLATFORM_PARAM);

export function defaultInventorySettings(): InventorySettings {
  return { mode: 'allow-all-except-blocked', domains: [], publicIm: 'disabled' };
}

/** True when the address carries inventory parameters. */
export function hasInventoryParams(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((k) => k.startsWith(P));
}

function writeSettings(q: URLSearchParams, at: string, s: InventorySettings, base: InventorySettings): void {
  if (s.mode !== base.mode) q.set(`${at}fed`, MODE_PARAM[s.mode]);
  if (s.domains.join(',') !== base.domains.join(',')) for (const d of s.domains.length ? s.domains : ['']) q.append(`${at}list`, d);
  if (s.publicIm !== base.publicIm) q.set(`${at}pim`, PUBLIC_IM_PARAM[s.publicIm]);
}

/** The query string (with "?"), or null when the inventory is too large for a link. */
export function encodeInventoryLink(state: InventoryState): string | null {
  if (state.partners.length > MAX_LINK_PARTNERS) return null;
  const q = new URLSearchParams({ [`${P}v`]: String(INVENTORY_LINK_VERSION) });
  if (state.you) q.set(`${P}you`, state.you);
  writeSettings(q, P, state.now, defaultInventorySettings());
  writeSettings(q, `${P}to.`, state.proposed, state.now);
  for (const value of AS_OF.codec.encode(state.asOf, GA_DATE)) q.append(`${P}${AS_OF.param}`, value);
  for (const p of state.partners) q.append(`${P}p`, p.platform === null ? p.domain : `${p.domain}:${PLATFORM_PARAM[p.platform]}`);
  const text = `?${q.toString()}`;
  return text.length > MAX_LINK_CHARS ? null : text;
}

function readSettings(q: URLSearchParams, at: string, base: InventorySettings, problems: string[]): InventorySettings {
  const s: InventorySettings = { ...base, domains: [...base.domains] };
  const fed = q.get(`${at}fed`);
  if (fed !== null) {
    const mode = MODES.get(fed);
    if (mode) s.mode = mode;
    else problems.push(`The link's Domain Federation setting "${fed.slice(0, 40)}" is not one this page knows; it was left as it was.`);
  }
  if (q.has(`${at}list`)) {
    s.domains = [];
    for (const raw of q.getAll(`${at}list`)) {
      if (raw === '') continue;
      const d = normaliseDomain(raw);
      if (d.ok) s.domains.includes(d.value) || s.domains.push(d.value);
      else problems.push(`The link's domain list holds "${raw.slice(0, 60)}", which is not a domain (it ${d.message}); it was left out.`);
    }
  }
  const pim = q.get(`${at}pim`);
  if (pim !== null) {
    const state = PIMS.get(pim);
    if (state) s.publicIm = state;
    else problems.push(`The link's Public IM setting "${pim.slice(0, 40)}" is not one this page knows; it was left as it was.`);
  }
  return s;
}

/** Reads an inventory from a query string; null when it carries none. */
export function decodeInventoryLink(search: string): { state: InventoryState; problems: string[] } | null {
  const q = new URLSearchParams(search);
  if (!hasInventoryParams(search)) return null;
  const problems: string[] = [];
  const v = q.get(`${P}v`);
  if (v !== String(INVENTORY_LINK_VERSION)) problems.push(`The link is of a version this page does not know (${v === null ? 'none' : `"${v.slice(0, 10)}"`}); it was read as version ${INVENTORY_LINK_VERSION}.`);
  let you = '';
  const rawYou = q.get(`${P}you`);
  if (rawYou !== null) {
    const d = normaliseDomain(rawYou);
    if (d.ok) you = d.value;
    else problems.push(`The link's domain "${rawYou.slice(0, 60)}" is not a domain (it ${d.message}).`);
  }
  const now = readSettings(q, P, defaultInventorySettings(), problems);
  const proposed = readSettings(q, `${P}to.`, now, problems);
  const partners: InventoryState['partners'] = [];
  for (const raw of q.getAll(`${P}p`).slice(0, MAX_LINK_PARTNERS)) {
    const [name = '', word] = raw.split(':');
    const d = normaliseDomain(name);
    if (!d.ok) {
      problems.push(`The link lists "${raw.slice(0, 60)}", which is not a domain (it ${d.message}); it was left out.`);
      continue;
    }
    const platform = word === undefined ? null : (KINDS.get(word) ?? null);
    if (word !== undefined && platform === null) problems.push(`The link gives ${d.value} the kind "${word.slice(0, 30)}", which is not one of ${PLATFORMS.map((p) => PLATFORM_PARAM[p]).join(', ')}; its kind is left open.`);
    if (!partners.some((p) => p.domain === d.value)) partners.push({ domain: d.value, platform });
  }
  const asOf = AS_OF.codec.decode(q.getAll(`${P}${AS_OF.param}`), GA_DATE, (message) => problems.push(`The link's date: ${message}`), `${P}${AS_OF.param}`);
  return { state: { you, now, proposed, partners, asOf }, problems };
}
