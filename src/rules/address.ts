/**
 * Domains and addresses as the federation rules see them, and the Windows Live Messenger
 * "vanity" address form (seed: "add MSN/Live users that have vanity domains in this format
 * username(domain.com)@msn.com").
 *
 * Pure functions, no DOM: the rules, the widgets, the permalink decoder and the CLI share them.
 * Nothing here throws on bad input; every function returns a result with a reader-facing message.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const MAX_DOMAIN = 253;
const MAX_LABEL = 63;
const MAX_LOCAL = 64;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
// Characters that can never be part of a host name; checked before the URL parser sees the text,
// because the parser would silently cut "evil.com/x" down to "evil.com".
const NOT_IN_HOST = /[\s/\\?#@:%'"`$;&|<>()[\]{},*!^~=+]/u;
// RFC 5321 dot-atom, minus the characters that have no place in a SIP address typed into Lync
// (quotes, parentheses: the latter are reserved for the vanity form).
const LOCAL = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/;

/** Text a message quotes: control characters and line separators escaped (\u000a), so a message stays one line. */
function quote(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** A character as a message shows it: whitespace by name or code point, so a message stays one line. */
function nameOf(char: string): string {
  if (char === ' ') return 'a space';
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\t') return 'a tab';
  if (/\s/u.test(char)) return `the space character U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return char;
}

/**
 * Normalises a domain the way the rules compare domains: trimmed, one trailing dot removed,
 * lower case, internationalised names in their ASCII (punycode) form.
 */
export function normaliseDomain(input: string): Checked<string> {
  const text = input.trim().replace(/\.$/, '');
  if (text === '') return { ok: false, message: 'is empty: type a domain such as contoso.com' };
  if (text.length > MAX_DOMAIN * 4) return { ok: false, message: 'is too long to be a domain' };
  const bad = NOT_IN_HOST.exec(text);
  if (bad) return { ok: false, message: `contains "${nameOf(bad[0])}", which a domain cannot contain` };
  let ascii: string;
  try {
    // The WHATWG URL parser applies IDNA (UTS #46): "bücher.example" becomes "xn--bcher-kva.example".
    ascii = new URL(`http://${text}`).hostname;
  } catch {
    return { ok: false, message: `${quote(text)} is not a valid domain name` };
  }
  if (ascii.length > MAX_DOMAIN) return { ok: false, message: 'is longer than 253 characters' };
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, message: `${quote(text)} needs at least two parts, such as contoso.com` };
  for (const label of labels) {
    if (label === '') return { ok: false, message: `${quote(text)} has an empty part between dots` };
    if (label.length > MAX_LABEL) return { ok: false, message: `the part "${label.slice(0, 20)}…" is longer than 63 characters` };
    if (!LABEL.test(label)) return { ok: false, message: `the part ${quote(label)} may use only letters, digits and inner hyphens` };
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return { ok: false, message: `${quote(text)} looks like an IP address; federation needs a domain name` };
  }
  return { ok: true, value: ascii };
}

/** True when both domains are valid and name the same domain (case, trailing dot and IDN folded). */
export function sameDomain(a: string, b: string): boolean {
  const x = normaliseDomain(a);
  const y = normaliseDomain(b);
  return x.ok && y.ok && x.value === y.value;
}

/** A long list's Set, made once per list: one allow or block list is read for every partner checked against it. */
const LIST_SETS = new WeakMap<readonly string[], { length: number; set: ReadonlySet<string> }>();

/**
 * Whether a normalised domain is on a normalised allow or block list. A long list is read through a
 * Set made once for it (and again if the list grew): a partner inventory reads one 500-domain list
 * for each of 1,000 partners, which `includes` did in a third of bench:inventory's time.
 */
export function onDomainList(list: readonly string[], domain: string): boolean {
  if (list.length < 16) return list.includes(domain);
  let made = LIST_SETS.get(list);
  if (made?.length !== list.length) {
    made = { length: list.length, set: new Set(list) };
    LIST_SETS.set(list, made);
  }
  return made.set.has(domain);
}

export interface Address {
  user: string;
  domain: string;
}

/** Parses a plain address `user@domain` (a SIP URI's user part and domain, or a Messenger sign-in). */
export function parseAddress(input: string): Checked<Address> {
  const text = input.trim().replace(/^sip:/i, '');
  if (text === '') return { ok: false, message: 'is empty: type an address such as tommy@contoso.com' };
  const at = text.lastIndexOf('@');
  if (at < 0) return { ok: false, message: `${quote(text)} has no @: an address looks like user@domain.com` };
  const user = text.slice(0, at);
  if (user === '') return { ok: false, message: `${quote(text)} has nothing before the @` };
  if (user.length > MAX_LOCAL) return { ok: false, message: 'the part before the @ is longer than 64 characters' };
  if (!LOCAL.test(user)) {
    return { ok: false, message: `the part before the @ (${quote(user)}) may use letters, digits, dots, hyphens, underscores and plus signs` };
  }
  const domain = normaliseDomain(text.slice(at + 1));
  if (!domain.ok) return { ok: false, message: `the domain after the @ ${domain.message}` };
  return { ok: true, value: { user, domain: domain.value } };
}

export interface VanityAddress {
  user: string;
  /** The Messenger sign-in domain inside the parentheses. */
  domain: string;
}

const VANITY = /^([^()@\s]+)\(([^()@\s]+)\)@msn\.com\.?$/i;

/** True when the text has the vanity shape `user(domain)@msn.com`, valid or not. */
export function looksLikeVanity(input: string): boolean {
  return VANITY.test(input.trim().replace(/^sip:/i, ''));
}

/** Parses `user(domain.com)@msn.com` into the Messenger sign-in address it stands for. */
export function parseVanityAddress(input: string): Checked<VanityAddress> {
  const text = input.trim().replace(/^sip:/i, '');
  const match = VANITY.exec(text);
  if (!match) return { ok: false, message: `${quote(text)} is not in the form user(domain.com)@msn.com` };
  const inner = parseAddress(`${match[1]}@${match[2]}`);
  if (!inner.ok) return { ok: false, message: inner.message.replace('the domain after the @', 'the domain in the parentheses') };
  return { ok: true, value: inner.value };
}

/**
 * Microsoft's own Messenger domains, added to Lync as they are. hotmail.com and msn.com: seed;
 * live.com and passport.com: evidence: messenger#microsoft-addresses (inferred). Country variants:
 * only the two our sources name (hotmail.co.uk, live.co.uk; inferred); we found no full list, so
 * any other hotmail.XX or live.XX is not taken for Microsoft's (live.me, hotmail.io are not), and
 * the words for it say we cannot tell. outlook.com launched in 2012, after GA: outside this guide.
 */
/** The two the article names; every other Microsoft domain here is our inference. */
const ARTICLE_DOMAINS: ReadonlySet<string> = new Set(['hotmail.com', 'msn.com']);
const MICROSOFT_EXACT = new Set([...ARTICLE_DOMAINS, 'live.com', 'passport.com']);
const MICROSOFT_COUNTRY: ReadonlySet<string> = new Set(['hotmail.co.uk', 'live.co.uk']);
/** Shaped like a Hotmail or Live country domain, but not one our sources name. */
const COUNTRY_SHAPED = /^(?:hotmail|live)\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/**
 * Domains whose addresses did not exist in 2011: the guide decides nothing for them (no verdict, no
 * conversion), it says they are outside its period. outlook.com: launched in 2012 (evidence:
 * messenger#microsoft-addresses).
 */
export function outsidePeriod(domain: string): string | null {
  return domain === 'outlook.com'
    ? 'outlook.com addresses are outside this guide\'s period: the address did not exist in 2011 (Outlook.com opened as a preview at the end of July 2012), and no source says how Lync Online treated one, so this guide decides nothing for it, at any date'
    : null;
}

export type MessengerDomainKind = 'microsoft' | 'microsoft-country' | 'vanity';

/** Tells a Microsoft Messenger domain from a vanity (EASI) one. Expects a normalised domain. */
export function messengerDomainKind(domain: string): MessengerDomainKind {
  if (MICROSOFT_EXACT.has(domain)) return 'microsoft';
  if (MICROSOFT_COUNTRY.has(domain)) return 'microsoft-country';
  return 'vanity';
}

/**
 * How a Microsoft Messenger domain is named to the reader, with its confidence: the article names
 * hotmail.com and msn.com; the others are our inference (evidence: messenger#microsoft-addresses).
 */
export function microsoftDomainWords(domain: string): string {
  const inferred = !ARTICLE_DOMAINS.has(domain);
  return `${domain} is a Microsoft Messenger domain${inferred ? ' (the article names hotmail.com and msn.com; we infer the same for live.com, passport.com and the country versions our sources name, hotmail.co.uk and live.co.uk)' : ''}`;
}

/**
 * How a vanity domain is named to the reader. A Hotmail- or Live-shaped country domain our sources
 * do not name is said to be undecided, not Microsoft's and not certainly someone else's.
 */
export function vanityDomainWords(domain: string): string {
  return COUNTRY_SHAPED.test(domain)
    ? `${domain} is not among the Microsoft Messenger domains our sources name (hotmail.com, msn.com, live.com, passport.com, hotmail.co.uk, live.co.uk); we found no full list of Microsoft's country domains, so if ${domain} is one of them, add the address as it is instead`
    : `${domain} is not one of Microsoft's Messenger domains of 2011`;
}

/**
 * Mail domains of the other IM networks of the time, which Lync Online did not reach at GA (see the
 * evidence page "Messenger addresses and other networks": Messenger only; Google Talk and other XMPP networks through an on-premises gateway,
 * AOL and Yahoo! through on-premises PIC). An address there can still be a Windows Live ID, so this
 * only sharpens the caveat; it never refuses the conversion.
 */
const OTHER_NETWORKS: readonly [RegExp, string][] = [
  [/^(?:gmail|googlemail)\.com$/, 'Google Talk'],
  [/^yahoo\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/, 'Yahoo!'],
  [/^(?:aol|aim)\.com$/, 'AOL'],
];

/** The IM network whose mail domain this is, if it is one of the non-Microsoft networks of the time. */
export function otherImNetwork(domain: string): string | undefined {
  return OTHER_NETWORKS.find(([pattern]) => pattern.test(domain))?.[1];
}

/**
 * What the user(domain)@msn.com form rests on, said wherever the form is offered: it reaches a
 * Messenger account (a Windows Live ID) that signs in with that address, and nothing else.
 */
export function windowsLiveIdCaveat(signIn: string, domain: string): string {
  const network = otherImNetwork(domain);
  const base = `This form works only if ${signIn} is a Windows Live ID (a Messenger account signed in with that address).`;
  return network
    ? `${base} ${domain} is a ${network} address: ${network} was not reachable from Lync Online in 2011, so an account that is only on ${network} cannot be added this way.`
    : base;
}

export type Conversion =
  | { ok: true; direction: 'to-vanity'; signIn: string; typeInLync: string; domain: string; caveat: string }
  | { ok: true; direction: 'from-vanity'; signIn: string; typeInLync: string; domain: string; caveat: string }
  | { ok: true; direction: 'microsoft'; signIn: string; typeInLync: string; domain: string }
  | { ok: false; message: string };

/**
 * The converter behind the vanity-address widget: give it either form and it answers with the
 * Messenger sign-in address and the address to type in Lync.
 * - `tommy@mydomain.com`          → type `tommy(mydomain.com)@msn.com`
 * - `tommy(mydomain.com)@msn.com` → that is Messenger's `tommy@mydomain.com`
 * - `tommy@hotmail.com`           → a Microsoft address: type it as it is
 */
export function convertMessengerAddress(input: string): Conversion {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Type a Messenger address, such as tommy@mydomain.com or tommy(mydomain.com)@msn.com.' };
  if (looksLikeVanity(text)) {
    const vanity = parseVanityAddress(text);
    if (!vanity.ok) return { ok: false, message: `This looks like a vanity address, but ${vanity.message}.` };
    const { user, domain } = vanity.value;
    const outside = outsidePeriod(domain);
    if (outside) return { ok: false, message: `${outside}.` };
    if (messengerDomainKind(domain) !== 'vanity') {
      return { ok: false, message: `${microsoftDomainWords(domain)}: add ${user}@${domain} as it is, without the (…)@msn.com wrapping.` };
    }
    return { ok: true, direction: 'from-vanity', signIn: `${user}@${domain}`, typeInLync: `${user}(${domain})@msn.com`, domain, caveat: windowsLiveIdCaveat(`${user}@${domain}`, domain) };
  }
  if (/[()]/.test(text)) return { ok: false, message: 'Parentheses belong only in the form user(domain.com)@msn.com; check the brackets and the @msn.com ending.' };
  const parsed = parseAddress(text);
  if (!parsed.ok) return { ok: false, message: `Check the address: ${parsed.message}.` };
  const { user, domain } = parsed.value;
  const outside = outsidePeriod(domain);
  if (outside) return { ok: false, message: `${outside}.` };
  const signIn = `${user}@${domain}`;
  if (messengerDomainKind(domain) !== 'vanity') return { ok: true, direction: 'microsoft', signIn, typeInLync: signIn, domain };
  return { ok: true, direction: 'to-vanity', signIn, typeInLync: `${user}(${domain})@msn.com`, domain, caveat: windowsLiveIdCaveat(signIn, domain) };
}
