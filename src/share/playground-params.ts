/**
 * The playground's permalink: readable, versioned query parameters for every setting, e.g.
 *
 *   /playground/?v=1&you=contoso.com&fed=blocklist&p=ls2010&them=litwareinc.com&allow=contoso.com:sipfed.online.lync.com
 *
 * Only what differs from the v1 defaults is written, so links stay short enough to paste.
 * Reading never fails: an unknown version, a value this version does not know, or a value the
 * rules' schema rejects is left at its default, and each is reported in plain words.
 */
import { emptyDraft, MODALITIES, type Draft, type Modality } from './playground-draft.ts';
import { MODE_PARAM, PLATFORM_PARAM, PUBLIC_IM_PARAM } from './param-values.ts';

export const PERMALINK_VERSION = 1;

const MODE = MODE_PARAM;
const PUBLIC_IM = PUBLIC_IM_PARAM;
const PLATFORM = PLATFORM_PARAM;

/** The parameters this version reads; anything else in a link is reported as not understood. */
export const PARAMS = ['v', 'you', 'dns', 'fed', 'list', 'pim', 'user', 'p', 'them', 'tdns', 'tfed', 'tlist', 'tuser', 'edge', 'discovery', 'hp', 'allow', 'block', 'addr', 'accepted', 'contact', 'm'] as const;

const invert = <K extends string>(map: Record<K, string>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<string, K>;
const MODE_OF = invert(MODE);
const PUBLIC_IM_OF = invert(PUBLIC_IM);
const PLATFORM_OF = invert(PLATFORM);
const list = (items: string[]) => items.map((item) => item.trim()).filter((item) => item !== '').join(',');
const split = (value: string) => value.split(',').map((item) => item.trim()).filter((item) => item !== '');

/** The query string (without "?") for a playground state. */
export function encodePlaygroundParams(draft: Draft): string {
  const d = emptyDraft();
  const q = new URLSearchParams({ v: String(PERMALINK_VERSION) });
  const t = draft.tenant;
  if (t.domain !== d.tenant.domain) q.set('you', t.domain);
  if (!t.dnsVerified) q.set('dns', 'no');
  if (t.mode !== d.tenant.mode) q.set('fed', MODE[t.mode]);
  if (t.mode !== 'disabled' && list(t.domains)) q.set('list', list(t.domains));
  if (t.publicIm !== d.tenant.publicIm) q.set('pim', PUBLIC_IM[t.publicIm]);
  if (!t.userExternalAccess) q.set('user', 'no');
  if (draft.platform !== d.platform) q.set('p', PLATFORM[draft.platform]);
  if (draft.platform === 'lync-online') {
    const p = draft.lyncOnline;
    if (p.domain !== d.lyncOnline.domain) q.set('them', p.domain);
    if (!p.dnsVerified) q.set('tdns', 'no');
    if (p.mode !== d.lyncOnline.mode) q.set('tfed', MODE[p.mode]);
    if (p.mode !== 'disabled' && list(p.domains)) q.set('tlist', list(p.domains));
    if (!p.userExternalAccess) q.set('tuser', 'no');
  } else if (draft.platform === 'windows-live-messenger') {
    if (draft.messenger.address !== d.messenger.address) q.set('addr', draft.messenger.address);
    if (!draft.messenger.acceptsContactRequest) q.set('accepted', 'no');
  } else {
    const p = draft.onPremises;
    if (p.domain !== d.onPremises.domain) q.set('them', p.domain);
    if (!p.federationEnabled) q.set('edge', 'off');
    if (p.partnerDiscovery) q.set('discovery', 'on');
    if (draft.platform === 'lync-server-2010') {
      for (const h of p.hostingProviders) if (h.identity.trim() || h.proxyFqdn.trim()) q.append('hp', `${h.identity.trim()}:${h.proxyFqdn.trim()}:${h.enabled ? 'on' : 'off'}`);
    }
    for (const a of p.allowedDomains) if (a.domain.trim()) q.append('allow', `${a.domain.trim()}:${a.proxyFqdn.trim()}`);
    if (list(p.blockedDomains)) q.set('block', list(p.blockedDomains));
    if (!p.userExternalAccess) q.set('tuser', 'no');
  }
  if (draft.contact.trim()) q.set('contact', draft.contact.trim());
  const modalities = [...new Set(draft.modalities)];
  if (modalities.join(',') !== MODALITIES.join(',')) q.set('m', modalities.join(','));
  return q.toString();
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
    problems.push(`The link was made by version ${version} of the playground; this is version ${PERMALINK_VERSION}, so some settings may not carry over.`);
  }
  const yesNo = (name: string, yes: string, no: string, fallback: boolean): boolean => {
    const value = q.get(name);
    if (value === null) return fallback;
    if (value === yes) return true;
    if (value === no) return false;
    problems.push(`“${name}=${value}” is not “${yes}” or “${no}”; the default was kept.`);
    return fallback;
  };
  const pick = <T extends string>(name: string, of: Record<string, T>, fallback: T): T => {
    const value = q.get(name);
    if (value === null) return fallback;
    // Own keys only: a link saying "fed=valueOf" must not reach Object.prototype.
    const found = Object.hasOwn(of, value) ? of[value] : undefined;
    if (found) return found;
    problems.push(`“${name}=${value}” is not a setting this version knows (${Object.keys(of).join(', ')}); the default was kept.`);
    return fallback;
  };
  const t = draft.tenant;
  t.domain = q.get('you') ?? t.domain;
  t.dnsVerified = yesNo('dns', 'yes', 'no', t.dnsVerified);
  t.mode = pick('fed', MODE_OF, t.mode);
  t.domains = split(q.get('list') ?? '');
  t.publicIm = pick('pim', PUBLIC_IM_OF, t.publicIm);
  t.userExternalAccess = yesNo('user', 'yes', 'no', t.userExternalAccess);
  draft.platform = pick('p', PLATFORM_OF, draft.platform);
  const lo = draft.lyncOnline;
  const op = draft.onPremises;
  if (draft.platform === 'lync-online') {
    lo.domain = q.get('them') ?? lo.domain;
    lo.dnsVerified = yesNo('tdns', 'yes', 'no', lo.dnsVerified);
    lo.mode = pick('tfed', MODE_OF, lo.mode);
    lo.domains = split(q.get('tlist') ?? '');
    lo.userExternalAccess = yesNo('tuser', 'yes', 'no', lo.userExternalAccess);
  } else if (draft.platform === 'windows-live-messenger') {
    draft.messenger.address = q.get('addr') ?? draft.messenger.address;
    draft.messenger.acceptsContactRequest = yesNo('accepted', 'yes', 'no', true);
  } else {
    op.domain = q.get('them') ?? op.domain;
    op.federationEnabled = yesNo('edge', 'on', 'off', true);
    op.partnerDiscovery = yesNo('discovery', 'on', 'off', false);
    op.hostingProviders = q.getAll('hp').flatMap((value) => {
      const [identity = '', proxyFqdn = '', enabled = 'on', ...rest] = value.split(':');
      if (rest.length > 0 || (enabled !== 'on' && enabled !== 'off')) {
        problems.push(`The hosting provider “${value}” is not in the form name:proxy-fqdn:on|off; it was left out.`);
        return [];
      }
      return [{ identity, proxyFqdn, enabled: enabled === 'on' }];
    });
    op.allowedDomains = q.getAll('allow').flatMap((value) => {
      const [domain = '', proxyFqdn = '', ...rest] = value.split(':');
      if (rest.length > 0) {
        problems.push(`The allowed domain “${value}” is not in the form domain:proxy-fqdn; it was left out.`);
        return [];
      }
      return [{ domain, proxyFqdn }];
    });
    op.blockedDomains = split(q.get('block') ?? '');
    op.userExternalAccess = yesNo('tuser', 'yes', 'no', true);
  }
  draft.contact = q.get('contact') ?? '';
  const asked = q.get('m');
  if (asked !== null) {
    const names = split(asked);
    const known = names.filter((name): name is Modality => (MODALITIES as readonly string[]).includes(name));
    const unknown = names.filter((name) => !known.includes(name as Modality));
    if (unknown.length > 0) problems.push(`${unknown.map((name) => `“${name}”`).join(', ')} ${unknown.length === 1 ? 'is not a modality' : 'are not modalities'}; left out.`);
    draft.modalities = known.length > 0 ? known : [...MODALITIES];
  }
  for (const name of new Set(q.keys())) {
    if (!(PARAMS as readonly string[]).includes(name) && name !== 'scenario') problems.push(`The link's “${name}” setting is not one this version knows; it was ignored.`);
  }
  return { draft, problems };
}

/** Drops one list entry, or puts one field back to its default. False when the path is not one we can repair. */
function resetField(draft: Draft, path: string): boolean {
  const d = emptyDraft();
  const parts = path.split('.');
  const index = Number(parts[parts.length - 1]);
  const at = (name: string) => path === name || path.startsWith(`${name}.`);
  const entry = (name: string) => Number(path.slice(name.length + 1).split('.')[0]);
  const without = <T>(items: T[], i: number) => items.filter((_, k) => k !== i);
  if (path === 'tenant.domain') draft.tenant.domain = d.tenant.domain;
  else if (at('tenant.federation.domains') && Number.isInteger(index)) draft.tenant.domains = without(draft.tenant.domains, index);
  else if (path === 'partner.domain') {
    draft.lyncOnline.domain = d.lyncOnline.domain;
    draft.onPremises.domain = d.onPremises.domain;
  } else if (at('partner.federation.domains') && Number.isInteger(index)) draft.lyncOnline.domains = without(draft.lyncOnline.domains, index);
  else if (path === 'partner.address') draft.messenger.address = d.messenger.address;
  else if (at('partner.hostingProviders') && Number.isInteger(entry('partner.hostingProviders')))
    draft.onPremises.hostingProviders = without(draft.onPremises.hostingProviders, entry('partner.hostingProviders'));
  else if (at('partner.allowedDomains') && Number.isInteger(entry('partner.allowedDomains')))
    draft.onPremises.allowedDomains = without(draft.onPremises.allowedDomains, entry('partner.allowedDomains'));
  else if (at('partner.blockedDomains') && Number.isInteger(index)) draft.onPremises.blockedDomains = without(draft.onPremises.blockedDomains, index);
  else if (path === 'contact') draft.contact = '';
  else return false;
  return true;
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
