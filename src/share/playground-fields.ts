/**
 * The playground's field table: every setting the playground shows, once. For each field: where
 * it goes in the rules' scenario input, its default, its v1 permalink parameter and how the value
 * is written there, the reader's name for it (label, legend or box text, in the form's order),
 * and its words in the folded playground's summary.
 *
 * The form state (playground-draft.ts), the permalink codec (playground-params.ts), the summary
 * (playground-summary.ts) and the form's components all read this table, so a new field is one
 * entry here (after the rules' model and schema). The type checker links it to the rules: each
 * group's entries must cover exactly the settings of `ScenarioInput` (see the checks at the end),
 * and what a field hands the rules must have the type the input has at its path.
 *
 * Changing a `param` or the words a codec writes breaks links already shared: make a new
 * permalink version instead (test/fixtures/permalinks/v1-links.json holds links that must keep
 * opening the same scenario).
 */
import { GA_DATE, isIsoDate, isLyncServer, isOnPrem, PLATFORMS, LAST_DATE, monthYear, MODALITIES, MODALITY_NAMES, SIPFED, type FederationMode, type Modality, type OnPremPlatform, type Platform, type PublicImState, type ScenarioInput } from '../rules/index.ts';
import { MODE_PARAM, PLATFORM_PARAM, PUBLIC_IM_PARAM } from './param-values.ts';
import type { AllowedDomainDraft, Draft, HostingProviderDraft } from './playground-draft-shape.ts';

// ---------------------------------------------------------------------------------------------
// Kinds of field
// ---------------------------------------------------------------------------------------------

/** How one value is written into a link and read back. */
export interface Codec<V> {
  /** The parameter's values for this value: none when it is the default (links stay short), several for a list of entries. */
  encode(value: V, fallback: V): string[];
  /** Every value the link gives the parameter (none: absent). Never throws; each value it cannot read is a problem, in plain words. */
  decode(values: string[], fallback: V, problem: (message: string) => void, param: string): V;
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** A text, or words that depend on the rest of the group (the list's legend follows the mode). */
export type Words<G> = string | ((group: G, platform: Platform) => string);

interface Base<V, G> {
  /** Where the value goes in the rules' input, below the group's object ('federation.mode'). */
  path: string;
  /** The v1 permalink parameter. */
  param: string;
  default: V;
  /** The reader's name for it: the form's label, legend or box text. */
  label: Words<G>;
  codec: Codec<V>;
  /** The value in a scenario input (already checked by the schema, or at least JSON); the fallback for anything else. */
  read(raw: unknown, fallback: V): V;
  /** What the rules get (default: the value itself); undefined leaves an optional setting out. */
  toInput?(value: V, platform: Platform): unknown;
  /** False: not in the form, the link or the summary in this state (the list when federation is off). Default: always. */
  shown?(group: G, platform: Platform): boolean;
  /** Its words in the summary; null: nothing worth saying (a switch in its usual position). */
  summary(value: V, group: G): string | null;
  /** In the summary, after the group's other settings (an exception, such as a switch that is off). */
  summaryLast?: boolean;
}

export type TextSpec<G> = Base<string, G> & { kind: 'text'; id: string; hint?: string; placeholder?: string };
export type CheckSpec<G> = Base<boolean, G> & { kind: 'check' };
export type ChoiceSpec<G, T extends string = string> = Base<T, G> & { kind: 'choice' | 'select'; id: string; options: readonly Option<T>[] };
export type DomainsSpec<G> = Base<string[], G> & { kind: 'domains'; id: string; itemLabel: string };
/** Drawn by its own component (entries with several parts, the modality boxes). */
export type CustomSpec<G, V> = Base<V, G> & { kind: 'custom' };

export type FieldFor<V, G> = [V] extends [boolean]
  ? CheckSpec<G> | CustomSpec<G, V>
  : [V] extends [string[]]
    ? DomainsSpec<G> | CustomSpec<G, V>
    : [V] extends [string]
      ? TextSpec<G> | ChoiceSpec<G, V> | CustomSpec<G, V>
      : CustomSpec<G, V>;

/** One entry per key of a group of the form state, in the form's order. */
export type FieldTable<G> = { [K in keyof G]: FieldFor<G[K], G> };

/** Any field, for code that walks a table without caring which. */
/* eslint-disable @typescript-eslint/no-explicit-any */
export type AnyField = (TextSpec<any> | CheckSpec<any> | ChoiceSpec<any> | DomainsSpec<any> | CustomSpec<any, any>) & Base<any, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

// ---------------------------------------------------------------------------------------------
// Paths in the rules' input, as types
// ---------------------------------------------------------------------------------------------

/** Every setting's path in an input object: 'domain', 'federation.mode'; lists are one setting. */
export type Leaves<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[] ? K : NonNullable<T[K]> extends object ? `${K}.${Leaves<NonNullable<T[K]>>}` : K;
}[keyof T & string];
/** The input's type at a path. */
export type At<T, P extends string> = P extends `${infer H}.${infer R}` ? At<NonNullable<T[H & keyof T]>, R> : T[P & keyof T];

/** What the rules get must fit the input at the field's path: when the form's value does not, a toInput is required. */
type ToInput<V, X> = [V] extends [X] ? { toInput?(value: V, platform: Platform): X } : { toInput(value: V, platform: Platform): X };
type Given<S, Filled extends string> = Omit<S, 'kind' | 'path' | Filled | 'toInput'> & Partial<Pick<S, Filled & keyof S>>;

// ---------------------------------------------------------------------------------------------
// Codecs and readers
// ---------------------------------------------------------------------------------------------

const trimmed = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');
const split = (value: string) => trimmed(value.split(','));

/** Free text, written when it differs from the default. */
const textCodec: Codec<string> = {
  encode: (value, fallback) => (value !== fallback ? [value] : []),
  decode: (values, fallback) => values[0] ?? fallback,
};
/** A switch, written as one of two words when it is not in its default position. */
const flagCodec = (yes: string, no: string): Codec<boolean> => ({
  encode: (value, fallback) => (value !== fallback ? [value ? yes : no] : []),
  decode(values, fallback, problem, param) {
    const value = values[0];
    if (value === undefined) return fallback;
    if (value === yes) return true;
    if (value === no) return false;
    problem(`“${param}=${value}” is not “${yes}” or “${no}”; the default was kept.`);
    return fallback;
  },
});
/** One of a few values, each written as its word (param-values.ts). */
const wordCodec = <T extends string>(words: Readonly<Record<T, string>>): Codec<T> => {
  const of = Object.fromEntries(Object.entries(words).map(([value, word]) => [word, value])) as Record<string, T>;
  return {
    encode: (value, fallback) => (value !== fallback ? [words[value]] : []),
    decode(values, fallback, problem, param) {
      const value = values[0];
      if (value === undefined) return fallback;
      // Own keys only: a link saying "fed=valueOf" must not reach Object.prototype.
      const found = Object.hasOwn(of, value) ? of[value] : undefined;
      if (found) return found;
      problem(`“${param}=${value}” is not a setting this version knows (${Object.keys(of).join(', ')}); the default was kept.`);
      return fallback;
    },
  };
};
/** A list of domains, comma-separated, without blank rows. */
const listCodec: Codec<string[]> = {
  encode: (value) => (trimmed(value).length > 0 ? [trimmed(value).join(',')] : []),
  decode: (values) => split(values[0] ?? ''),
};

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const readText = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const readFlag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const readStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const readOneOf =
  <T extends string>(options: readonly Option<T>[]) =>
  (value: unknown, fallback: T): T =>
    options.find((option) => option.value === value)?.value ?? fallback;

// ---------------------------------------------------------------------------------------------
// Field constructors: a group's form state G and its input object I
// ---------------------------------------------------------------------------------------------

function fieldsOf<G, I>() {
  return {
    text: <P extends Leaves<I>>(path: P, spec: Given<TextSpec<G>, 'codec' | 'read'> & ToInput<string, At<I, P>>) =>
      ({ kind: 'text', path, codec: textCodec, read: readText, ...spec }) as TextSpec<G> & { path: P },
    check: <P extends Leaves<I>>(path: P, words: [yes: string, no: string], spec: Given<CheckSpec<G>, 'codec' | 'read'> & ToInput<boolean, At<I, P>>) =>
      ({ kind: 'check', path, codec: flagCodec(...words), read: readFlag, ...spec }) as CheckSpec<G> & { path: P },
    choice: <P extends Leaves<I>, T extends string & At<I, P>>(
      path: P,
      kind: 'choice' | 'select',
      words: Readonly<Record<T, string>>,
      spec: Given<ChoiceSpec<G, T>, 'kind' | 'codec' | 'read'>,
    ) => ({ path, codec: wordCodec(words), read: readOneOf(spec.options), ...spec, kind }) as ChoiceSpec<G, T> & { path: P },
    domains: <P extends Leaves<I>>(path: P, spec: Given<DomainsSpec<G>, 'codec' | 'read'> & ToInput<string[], At<I, P>>) =>
      ({ kind: 'domains', path, codec: listCodec, read: readStrings, toInput: trimmed, ...spec }) as DomainsSpec<G> & { path: P },
    custom: <P extends Leaves<I>, V>(path: P, spec: Given<CustomSpec<G, V>, never> & ToInput<V, At<I, P>>) =>
      ({ kind: 'custom', path, ...spec }) as CustomSpec<G, V> & { path: P },
  };
}

// ---------------------------------------------------------------------------------------------
// Shared words
// ---------------------------------------------------------------------------------------------

/** The Domain Federation tab's three options, in the control panel's own words (seed). */
export const FEDERATION_MODE_OPTIONS: readonly Option<FederationMode>[] = [
  { value: 'allow-all-except-blocked', label: 'Allow federation with all domains except those I block' },
  { value: 'block-all-except-allowed', label: 'Block federation with all domains except those I allow' },
  { value: 'disabled', label: 'Disable federation' },
];

/** The legend of the Domain Federation tab's list: which list it is depends on the mode. */
export function listLegend(mode: FederationMode): string {
  return mode === 'block-all-except-allowed' ? 'Allowed domains' : 'Blocked domains';
}

const MODE_SUMMARY: Record<FederationMode, string> = {
  'allow-all-except-blocked': 'all domains except those blocked',
  'block-all-except-allowed': 'only the domains allowed',
  disabled: 'federation disabled',
};
/** The mode with its list, as one phrase; the list only where the form shows it. */
const federationSummary = (mode: FederationMode, domains: readonly string[]) =>
  `federation: ${MODE_SUMMARY[mode]}${mode !== 'disabled' && trimmed(domains).length > 0 ? ` (${trimmed(domains).join(', ')})` : ''}`;
const federationOn = (group: { mode: FederationMode }) => group.mode !== 'disabled';

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

type TenantDraft = Draft['tenant'];
const tenant = fieldsOf<TenantDraft, ScenarioInput['tenant']>();

/** Your Lync Online tenant: the control panel's settings, tab by tab. */
export const TENANT_FIELDS = {
  domain: tenant.text('domain', { param: 'you', default: 'contoso.com', label: 'Your SIP domain', id: 'domain', summary: (value) => value }),
  dnsVerified: tenant.check('dnsVerified', ['yes', 'no'], {
    param: 'dns',
    default: true,
    label: 'Lync DNS records verified',
    summary: (on) => (on ? null : 'DNS records not verified'),
    summaryLast: true,
  }),
  mode: tenant.choice('federation.mode', 'choice', MODE_PARAM, {
    param: 'fed',
    default: 'allow-all-except-blocked',
    label: 'Domain Federation tab',
    id: 'mode',
    options: FEDERATION_MODE_OPTIONS,
    summary: (mode, group) => federationSummary(mode, group.domains),
  }),
  domains: tenant.domains('federation.domains', {
    param: 'list',
    default: [],
    label: (group) => listLegend(group.mode),
    id: 'domains',
    itemLabel: 'Domain',
    shown: federationOn,
    // Said with the mode.
    summary: () => null,
  }),
  publicIm: tenant.choice<'publicIm', PublicImState>('publicIm', 'select', PUBLIC_IM_PARAM, {
    param: 'pim',
    default: 'disabled',
    label: 'Public IM for your domain (Public IM Connectivity tab)',
    id: 'public-im',
    options: [
      { value: 'disabled', label: 'Not enabled' },
      { value: 'pending', label: 'Enabled, provisioning not finished' },
      { value: 'enabled', label: 'Enabled, provisioning finished' },
    ],
    summary: (state) => `Public IM ${{ disabled: 'not enabled', pending: 'enabled, provisioning not finished', enabled: 'enabled' }[state]}`,
  }),
  userExternalAccess: tenant.check('userExternalAccess', ['yes', 'no'], {
    param: 'user',
    default: true,
    label: 'Your user is enabled for external access (per-user tab; the article calls it User Information, exact label not confirmed)',
    summary: (on) => (on ? null : 'your user not enabled for external access'),
    summaryLast: true,
  }),
} satisfies FieldTable<TenantDraft>;

/** The partner's settings for one kind of partner (all on-premises kinds share one shape). */
type PartnerInput<P extends Platform> = Omit<Extract<ScenarioInput['partner'], { platform: P }>, 'platform'>;
const lyncOnline = fieldsOf<Draft['lyncOnline'], PartnerInput<'lync-online'>>();

/** Another Office 365 tenant: the same control panel as yours, on their side. */
export const LYNC_ONLINE_FIELDS = {
  domain: lyncOnline.text('domain', { param: 'them', default: 'fabrikam.com', label: 'Their SIP domain', id: 'domain', summary: (value) => value }),
  dnsVerified: lyncOnline.check('dnsVerified', ['yes', 'no'], {
    param: 'tdns',
    default: true,
    label: 'Their Lync DNS records verified',
    summary: (on) => (on ? null : 'DNS records not verified'),
    summaryLast: true,
  }),
  mode: lyncOnline.choice('federation.mode', 'choice', MODE_PARAM, {
    param: 'tfed',
    default: 'allow-all-except-blocked',
    label: 'Their Domain Federation tab',
    id: 'mode',
    options: FEDERATION_MODE_OPTIONS,
    summary: (mode, group) => federationSummary(mode, group.domains),
  }),
  domains: lyncOnline.domains('federation.domains', {
    param: 'tlist',
    default: [],
    label: (group) => `Their ${listLegend(group.mode).toLowerCase()}`,
    id: 'domains',
    itemLabel: 'Domain',
    shown: federationOn,
    summary: () => null,
  }),
  userExternalAccess: lyncOnline.check('userExternalAccess', ['yes', 'no'], {
    param: 'tuser',
    default: true,
    label: 'Their user is enabled for external access',
    summary: (on) => (on ? null : 'their user not enabled for external access'),
    summaryLast: true,
  }),
} satisfies FieldTable<Draft['lyncOnline']>;

type OnPremDraft = Draft['onPremises'];
const onPremises = fieldsOf<OnPremDraft, PartnerInput<OnPremPlatform>>();

/** A partner with Lync Server 2010 or OCS on premises: their Edge's switches and lists. */
export const ON_PREMISES_FIELDS = {
  domain: onPremises.text('domain', { param: 'them', default: 'litwareinc.com', label: 'Their SIP domain', id: 'domain', summary: (value) => value }),
  federationEnabled: onPremises.check('federationEnabled', ['on', 'off'], {
    param: 'edge',
    default: true,
    label: 'Their Edge allows federated users',
    summary: (on) => (on ? 'Edge allows federation' : 'Edge does not allow federation'),
  }),
  partnerDiscovery: onPremises.check('partnerDiscovery', ['on', 'off'], {
    param: 'discovery',
    default: false,
    label: 'Partner discovery is on (open federation)',
    summary: (on) => `partner discovery ${on ? 'on' : 'off'}`,
  }),
  hostingProviders: onPremises.custom('hostingProviders', {
    param: 'hp',
    default: [] as HostingProviderDraft[],
    label: 'Hosting providers (New-CsHostingProvider)',
    // OCS has no hosting providers: the rows stay in the form for Lync Server, but OCS never gets them.
    shown: (_group, platform) => isLyncServer(platform),
    codec: {
      encode: (rows) =>
        rows.filter((h) => h.identity.trim() || h.proxyFqdn.trim()).map((h) => `${h.identity.trim()}:${h.proxyFqdn.trim()}:${h.enabled ? 'on' : 'off'}`),
      decode: (values, _fallback, problem) =>
        values.flatMap((value) => {
          const [identity = '', proxyFqdn = '', enabled = 'on', ...rest] = value.split(':');
          if (rest.length > 0 || (enabled !== 'on' && enabled !== 'off')) {
            problem(`The hosting provider “${value}” is not in the form name:proxy-fqdn:on|off; it was left out.`);
            return [];
          }
          return [{ identity, proxyFqdn, enabled: enabled === 'on' }];
        }),
    },
    read: (raw) =>
      (Array.isArray(raw) ? raw : []).map((h) => {
        const o = obj(h);
        return { identity: readText(o['identity'], ''), proxyFqdn: readText(o['proxyFqdn'], ''), enabled: readFlag(o['enabled'], true) };
      }),
    toInput: (rows, platform) =>
      isLyncServer(platform)
        ? rows
            .filter((h) => h.identity.trim() !== '' || h.proxyFqdn.trim() !== '')
            .map((h) => ({ identity: h.identity.trim(), proxyFqdn: h.proxyFqdn.trim(), enabled: h.enabled }))
        : [],
    summary: (rows) => (rows.length > 0 ? `hosting providers: ${rows.map((h) => `${h.identity || h.proxyFqdn}${h.enabled ? '' : ' (disabled)'}`).join(', ')}` : null),
  }),
  allowedDomains: onPremises.custom('allowedDomains', {
    param: 'allow',
    default: [] as AllowedDomainDraft[],
    label: (_group, platform) => (isLyncServer(platform) ? 'Allowed domains (New-CsAllowedDomain)' : 'Allowed domains (Edge Allow tab)'),
    codec: {
      encode: (rows) => rows.filter((a) => a.domain.trim()).map((a) => `${a.domain.trim()}:${a.proxyFqdn.trim()}`),
      decode: (values, _fallback, problem) =>
        values.flatMap((value) => {
          const [domain = '', proxyFqdn = '', ...rest] = value.split(':');
          if (rest.length > 0) {
            problem(`The allowed domain “${value}” is not in the form domain:proxy-fqdn; it was left out.`);
            return [];
          }
          return [{ domain, proxyFqdn }];
        }),
    },
    read: (raw) =>
      (Array.isArray(raw) ? raw : []).map((a) => {
        const o = obj(a);
        return { domain: readText(o['domain'], ''), proxyFqdn: readText(o['proxyFqdn'], '') };
      }),
    // An entry made without a proxy FQDN is null in the scenario.
    toInput: (rows) =>
      rows.filter((a) => a.domain.trim() !== '').map((a) => ({ domain: a.domain.trim(), proxyFqdn: a.proxyFqdn.trim() === '' ? null : a.proxyFqdn.trim() })),
    summary: (rows) => (rows.length > 0 ? `allowed: ${rows.map((a) => (a.proxyFqdn ? `${a.domain} → ${a.proxyFqdn}` : a.domain)).join(', ')}` : null),
  }),
  blockedDomains: onPremises.domains('blockedDomains', {
    param: 'block',
    default: [],
    label: 'Blocked domains',
    id: 'blocked',
    itemLabel: 'Blocked domain',
    summary: (domains) => (domains.length > 0 ? `blocked: ${domains.join(', ')}` : null),
  }),
  userExternalAccess: onPremises.check('userExternalAccess', ['yes', 'no'], {
    param: 'tuser',
    default: true,
    label: "Their user's external access policy allows federation",
    summary: (on) => (on ? null : 'their user not allowed to federate'),
    summaryLast: true,
  }),
} satisfies FieldTable<OnPremDraft>;

const messenger = fieldsOf<Draft['messenger'], PartnerInput<'windows-live-messenger'>>();

/** A Windows Live Messenger user: their sign-in address, and whether they accepted you. */
export const MESSENGER_FIELDS = {
  address: messenger.text('address', {
    param: 'addr',
    default: 'tommy@hotmail.com',
    label: 'Their Messenger sign-in address',
    id: 'address',
    hint: 'The address they sign in to Messenger with, such as tommy@hotmail.com or tommy.clarke@mydomain.com.',
    summary: (value) => value,
  }),
  acceptsContactRequest: messenger.check('acceptsContactRequest', ['yes', 'no'], {
    param: 'accepted',
    default: true,
    label: 'They accepted your contact request',
    summary: (on) => (on ? 'accepted your contact request' : 'has not accepted your contact request'),
  }),
} satisfies FieldTable<Draft['messenger']>;

type UserDraft = Pick<Draft, 'contact' | 'modalities' | 'asOf'>;
const user = fieldsOf<UserDraft, Pick<ScenarioInput, 'contact' | 'modalities' | 'asOf'>>();

/** What your user does: the address typed into Lync, and what they want to use. Each has its own row in the summary. */
export const USER_FIELDS = {
  contact: user.text('contact', {
    param: 'contact',
    default: '',
    label: 'Address typed into Lync',
    id: 'contact',
    placeholder: "the partner's own address",
    hint: "Leave empty to use the partner's own address. For a Messenger user with their own domain, try both forms.",
    codec: { encode: (value) => (value.trim() ? [value.trim()] : []), decode: (values) => values[0] ?? '' },
    // Empty: the partner's own address (the rules fill it in).
    toInput: (value) => (value.trim() !== '' ? value.trim() : undefined),
    summary: (value) => value || "the partner's own",
  }),
  modalities: user.custom('modalities', {
    param: 'm',
    default: [...MODALITIES] as Modality[],
    label: 'Modalities',
    codec: {
      encode: (asked) => ([...new Set(asked)].join(',') !== MODALITIES.join(',') ? [[...new Set(asked)].join(',')] : []),
      decode(values, fallback, problem) {
        if (values[0] === undefined) return fallback;
        const names = split(values[0]);
        const known = names.filter(isModality);
        const unknown = names.filter((name) => !isModality(name));
        if (unknown.length > 0) problem(`${unknown.map((name) => `“${name}”`).join(', ')} ${unknown.length === 1 ? 'is not a modality' : 'are not modalities'}; left out.`);
        return known.length > 0 ? known : [...MODALITIES];
      },
    },
    read: (raw, fallback) => (Array.isArray(raw) ? raw.filter(isModality) : fallback),
    // The order asked is kept (the rules answer in that order); repeats are dropped.
    toInput: (asked) => [...new Set(asked)].filter(isModality),
    summary: (asked) => asked.map((m) => MODALITY_NAMES[m]).join(', ') || 'none',
  }),
  // The date the answer is for. A link without it means general availability, as every link made
  // before dates existed (v1 links keep opening exactly what they did).
  asOf: user.text('asOf', {
    param: 'asof',
    default: GA_DATE,
    label: 'Answer as of (date)',
    id: 'asof',
    placeholder: GA_DATE,
    hint: `A date from ${GA_DATE} (Office 365 general availability) to ${LAST_DATE}, written YYYY-MM-DD: the answer takes in the dated changes up to that day.`,
    codec: {
      encode: (value) => (value.trim() !== '' && value.trim() !== GA_DATE ? [value.trim()] : []),
      decode(values, fallback, problem, param) {
        const value = values[0];
        if (value === undefined) return fallback;
        if (isIsoDate(value) && value >= GA_DATE && value <= LAST_DATE) return value;
        problem(`“${param}=${value}” is not a date from ${GA_DATE} to ${LAST_DATE} (YYYY-MM-DD); general availability was kept.`);
        return fallback;
      },
    },
    // General availability is the rules' own date: leave it out, so the input is what it always was.
    toInput: (value) => (value.trim() !== '' && value.trim() !== GA_DATE ? value.trim() : undefined),
    summary: (value) => (value.trim() === '' || value.trim() === GA_DATE ? 'general availability (June 2011)' : isIsoDate(value.trim()) ? `${monthYear(value.trim())} (${value.trim()})` : value),
  }),
} satisfies FieldTable<UserDraft>;

/** The summary's term for each of the user's rows. */
export const USER_TERMS: Record<keyof UserDraft, string> = { contact: 'Address typed', modalities: 'Modalities', asOf: 'As of' };

function isModality(value: unknown): value is Modality {
  return (MODALITIES as readonly unknown[]).includes(value);
}

/** The partner kind: which group of partner fields applies. */
export const PLATFORM_FIELD = {
  param: 'p',
  default: 'lync-online' as Platform,
  label: 'Where the person you want to reach is',
  codec: wordCodec(PLATFORM_PARAM),
};

/** The form keeps each kind of partner's settings in its own group (switching back loses nothing). */
export type PartnerGroup = 'lyncOnline' | 'onPremises' | 'messenger';
/** Every on-premises kind shares one group (model.ts marks them); the others have their own. */
const OWN_GROUP: Readonly<Record<Exclude<Platform, OnPremPlatform>, PartnerGroup>> = { 'lync-online': 'lyncOnline', 'windows-live-messenger': 'messenger' };
export const PARTNER_GROUP: Readonly<Record<Platform, PartnerGroup>> = Object.fromEntries(
  PLATFORMS.map((p) => [p, isOnPrem(p) ? 'onPremises' : OWN_GROUP[p]]),
) as Record<Platform, PartnerGroup>;
export const PARTNER_FIELDS = { lyncOnline: LYNC_ONLINE_FIELDS, onPremises: ON_PREMISES_FIELDS, messenger: MESSENGER_FIELDS } as const;

/** What a new hosting provider or allowed-domain row starts as: the entry that reaches Lync Online. */
export const NEW_HOSTING_PROVIDER: HostingProviderDraft = { identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: true };
export const NEW_ALLOWED_DOMAIN: AllowedDomainDraft = { domain: '', proxyFqdn: SIPFED };

/** A table's fields with their keys, in the form's order. */
export function entries<G>(table: FieldTable<G>): Array<[keyof G & string, AnyField]> {
  return Object.entries(table) as Array<[keyof G & string, AnyField]>;
}
/** The words for a label that may follow the group's state. */
export function words<G>(label: Words<G>, group: G, platform: Platform): string {
  return typeof label === 'function' ? label(group, platform) : label;
}
/** A group's defaults, fresh (lists are new arrays). */
export function defaults<G>(table: FieldTable<G>): G {
  return Object.fromEntries(entries(table).map(([key, field]) => [key, structuredClone(field.default)])) as G;
}

// ---------------------------------------------------------------------------------------------
// The type checker's link between the table and the rules' input
// ---------------------------------------------------------------------------------------------

/** true when a table's paths are exactly the input's settings; otherwise the type names the paths missing. */
export type Covers<T, I> = [Exclude<Leaves<I>, { [K in keyof T]: T[K] extends { path: infer P } ? P : never }[keyof T]>] extends [never]
  ? true
  : { 'missing from the field table': Exclude<Leaves<I>, { [K in keyof T]: T[K] extends { path: infer P } ? P : never }[keyof T]> };

// A setting added to ScenarioInput (model.ts) fails here until the table has a field for it.
const covered: [
  Covers<typeof TENANT_FIELDS, ScenarioInput['tenant']>,
  Covers<typeof LYNC_ONLINE_FIELDS, PartnerInput<'lync-online'>>,
  Covers<typeof ON_PREMISES_FIELDS, PartnerInput<OnPremPlatform>>,
  Covers<typeof MESSENGER_FIELDS, PartnerInput<'windows-live-messenger'>>,
  Covers<typeof USER_FIELDS, Pick<ScenarioInput, 'contact' | 'modalities' | 'asOf'>>,
  // A new top-level part of the input needs a group of its own here.
  [Exclude<keyof ScenarioInput, 'tenant' | 'partner' | 'contact' | 'modalities' | 'asOf'>] extends [never] ? true : { 'not in any group': Exclude<keyof ScenarioInput, 'tenant' | 'partner' | 'contact' | 'modalities' | 'asOf'> },
] = [true, true, true, true, true, true];
void covered;
