/**
 * The one validation schema for a scenario, shared by the CLI, the widgets and the permalink
 * decoder. Built on zod/mini (tree-shakable: the widgets' bundle is small).
 *
 * parseScenario never throws: bad input yields the field (a dotted path such as `partner.domain`,
 * array items as `[0]`) and a reader-facing reason.
 */
import * as z from 'zod/mini';
import { looksLikeVanity, normaliseDomain, outsidePeriod, parseAddress, parseVanityAddress } from './address.ts';
import { GA_DATE, isIsoDate, LAST_DATE } from './history.ts';
import { MODALITIES, ON_PREM_PLATFORMS, type Modality, type OnPremPartner, type ParseResult, type Scenario, type ScenarioInput } from './model.ts';

const MAX_LIST = 1000;

type Payload = { issues: { code: 'custom'; message: string; input: unknown }[] };
const fail = (ctx: unknown, input: string, message: string): never => {
  (ctx as Payload).issues.push({ code: 'custom', message, input });
  return z.NEVER;
};

/** A domain, normalised (lower case, no trailing dot, punycode). */
const domain = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    const d = normaliseDomain(text);
    return d.ok ? d.value : fail(ctx, text, d.message);
  }),
);

const domainList = z.pipe(
  z.array(domain).check(z.maxLength(MAX_LIST, `may list at most ${MAX_LIST} domains`)),
  z.transform((list: string[]) => [...new Set(list)]),
);

const SIGN_IN_HINT = 'give the Messenger sign-in address, user@domain (Lync\'s user(domain)@msn.com form belongs in "contact")';

/** A Messenger sign-in address, normalised `user@domain`. */
const signIn = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    if (looksLikeVanity(text) || /[()]/.test(text)) return fail(ctx, text, `"${text.trim()}" is not a sign-in address: ${SIGN_IN_HINT}`);
    const a = parseAddress(text);
    if (a.ok && outsidePeriod(a.value.domain)) return fail(ctx, text, outsidePeriod(a.value.domain)!);
    return a.ok ? `${a.value.user}@${a.value.domain}` : fail(ctx, text, a.message);
  }),
);

/** The address typed into Lync: plain `user@domain` or the vanity form `user(domain)@msn.com`. */
const contact = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    if (looksLikeVanity(text)) {
      const v = parseVanityAddress(text);
      if (v.ok && outsidePeriod(v.value.domain)) return fail(ctx, text, outsidePeriod(v.value.domain)!);
      return v.ok ? `${v.value.user}(${v.value.domain})@msn.com` : fail(ctx, text, v.message);
    }
    if (/[()]/.test(text)) {
      return fail(ctx, text, 'has parentheses: they belong only in the form user(domain.com)@msn.com, ending in @msn.com');
    }
    const a = parseAddress(text);
    if (a.ok && outsidePeriod(a.value.domain)) return fail(ctx, text, outsidePeriod(a.value.domain)!);
    return a.ok ? `${a.value.user}@${a.value.domain}` : fail(ctx, text, a.message);
  }),
);

const mode = z.enum(['allow-all-except-blocked', 'block-all-except-allowed', 'disabled']);
const federation = z.strictObject({ mode, domains: domainList });

const IDENTITY = /^[A-Za-z0-9 ._-]{1,64}$/;
const identity = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    const t = text.trim();
    return IDENTITY.test(t) ? t : fail(ctx, text, 'must be 1 to 64 letters, digits, spaces, dots, underscores or hyphens');
  }),
);

const hostingProvider = z.strictObject({ identity, proxyFqdn: z.nullable(domain), enabled: z.boolean() });
const allowedDomain = z.strictObject({ domain, proxyFqdn: z.nullable(domain) });

const tenant = z.strictObject({
  domain,
  dnsVerified: z.boolean(),
  federation,
  publicIm: z.enum(['enabled', 'pending', 'disabled']),
  userExternalAccess: z.boolean(),
});

const lyncOnline = z.strictObject({
  platform: z.literal('lync-online'),
  domain,
  dnsVerified: z.boolean(),
  federation,
  userExternalAccess: z.boolean(),
});

const onPrem = z.strictObject({
  platform: z.enum(ON_PREM_PLATFORMS),
  domain,
  federationEnabled: z.boolean(),
  partnerDiscovery: z._default(z.boolean(), false),
  hostingProviders: z._default(z.array(hostingProvider).check(z.maxLength(MAX_LIST)), () => []),
  allowedDomains: z.array(allowedDomain).check(z.maxLength(MAX_LIST, `may list at most ${MAX_LIST} entries`)),
  blockedDomains: domainList,
  userExternalAccess: z.boolean(),
});

/**
 * An on-premises partner's settings when its side federates (Edge on, nothing blocked, its user
 * allowed; no route or permission yet: callers add theirs), for code that builds a whole partner
 * (the diagnosis, the inventory, tests, the bench). A setting the partner gains is added here, next
 * to its schema (the type checker asks), and every one of them follows. Fresh lists on each call.
 */
export function onPremFederating(): Omit<OnPremPartner, 'platform' | 'domain'> {
  return { federationEnabled: true, partnerDiscovery: false, hostingProviders: [], allowedDomains: [], blockedDomains: [], userExternalAccess: true };
}

const messenger = z.strictObject({
  platform: z.literal('windows-live-messenger'),
  address: signIn,
  acceptsContactRequest: z._default(z.boolean(), true),
});

const modality = z.enum(MODALITIES);

/** The date the answer is for: a calendar date YYYY-MM-DD from general availability to the end of 2013. */
export const AS_OF_MESSAGE = `must be a date written YYYY-MM-DD from ${GA_DATE} (general availability) to ${LAST_DATE}`;
const asOf = z.string().check(z.refine((text: string) => isIsoDate(text) && text >= GA_DATE && text <= LAST_DATE, AS_OF_MESSAGE));

/** The scenario schema. Its output is completed by parseScenario (the default contact). */
export const scenarioSchema = z.strictObject({
  tenant,
  partner: z.discriminatedUnion('platform', [lyncOnline, onPrem, messenger]),
  contact: z.optional(contact),
  modalities: z._default(
    z.array(modality).check(
      z.minLength(1, 'must list at least one modality'),
      z.refine((list: Modality[]) => new Set(list).size === list.length, 'lists a modality twice'),
    ),
    () => [...MODALITIES],
  ),
  asOf: z.optional(asOf),
});

// Compile-time guard: the schema's output (with the contact filled in) is the model's Scenario,
// and the model's ScenarioInput is accepted by it.
type SchemaOutput = z.output<typeof scenarioSchema>;
type Completed = Omit<SchemaOutput, 'contact' | 'asOf'> & { contact: string; asOf?: string };
const _outputIsScenario = (s: Completed): Scenario => s;
const _inputFits = (s: ScenarioInput): z.input<typeof scenarioSchema> => s;
void _outputIsScenario;
void _inputFits;

// ---------------------------------------------------------------------------------------------
// Friendly messages
// ---------------------------------------------------------------------------------------------

type Path = readonly PropertyKey[];

function fieldName(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'scenario' : out;
}

function valueAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  nonoptional: 'a value',
};

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: string[];
  options?: readonly unknown[];
}

function describe(issue: Issue, input: unknown): { field: string; message: string } {
  const here = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys?.[0] ?? '?';
      return { field: fieldName([...issue.path, key]), message: 'is not a known field (check its spelling)' };
    }
    case 'invalid_type':
      if (here === undefined) return { field: fieldName(issue.path), message: 'is missing' };
      return {
        field: fieldName(issue.path),
        message: `must be ${EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'something else'}, not ${kindOf(here)}`,
      };
    case 'invalid_value':
      return {
        field: fieldName(issue.path),
        message: `${here === undefined ? 'is missing' : `${kindOf(here)} is not allowed`}: use one of ${(issue.values ?? []).map((v) => `"${String(v)}"`).join(', ')}`,
      };
    case 'invalid_union': {
      const options = issue.options ?? [];
      const what = here === undefined ? 'is missing' : `${kindOf(here)} is not a known platform`;
      return { field: fieldName(issue.path), message: `${what}: use one of ${options.map((v) => `"${String(v)}"`).join(', ')}` };
    }
    case 'too_big':
      return { field: fieldName(issue.path), message: issue.message.startsWith('may') ? issue.message : `is too long (at most ${MAX_LIST} items)` };
    default:
      return { field: fieldName(issue.path), message: issue.message === 'Invalid input' ? 'is not valid' : issue.message };
  }
}

/** Control characters (a newline typed into a domain) are shown escaped: a message is one line. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The default contact: the partner's own address (user@partner.domain for Lync and OCS). */
export function defaultContact(partner: Scenario['partner']): string {
  return partner.platform === 'windows-live-messenger' ? partner.address : `user@${partner.domain}`;
}

/** Validates and normalises a scenario. Never throws. */
export function parseScenario(input: unknown): ParseResult {
  try {
    const r = scenarioSchema.safeParse(input);
    if (!r.success) {
      const issue = r.error.issues[0] as unknown as Issue | undefined;
      if (!issue) return { ok: false, field: 'scenario', message: 'is not valid' };
      const { field, message } = describe(issue, input);
      return { ok: false, field: oneLine(field), message: oneLine(message) };
    }
    const d = r.data;
    const scenario: Scenario = {
      tenant: d.tenant,
      partner: d.partner,
      contact: d.contact ?? defaultContact(d.partner),
      modalities: d.modalities,
      // Only when given: a scenario without it means general availability, exactly as before.
      ...(d.asOf !== undefined ? { asOf: d.asOf } : {}),
    };
    return { ok: true, scenario };
  } catch (error) {
    // A hostile value (a throwing getter, a proxy) must not escape the boundary.
    return { ok: false, field: 'scenario', message: `could not be read (${error instanceof Error ? error.name : 'unknown error'})` };
  }
}
