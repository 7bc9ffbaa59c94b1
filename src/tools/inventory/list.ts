/**
 * A pasted list of partner domains, in any of the forms admins have at hand:
 * - one domain per line (an address `user@domain` counts as its domain; `#` starts a comment);
 * - CSV (comma, semicolon or tab): the domain first, optionally the partner's kind second, a header
 *   row allowed;
 * - Get-CsAllowedDomain / Get-CsBlockedDomain output from the Lync Server Management Shell, read by
 *   the Edge configuration reader's own code (src/tools/edge-config).
 * Each domain is checked by the rules' domain check; duplicates are kept once. A kind is taken only
 * where the reader gave one; an allowed-domain entry's ProxyFqdn hints at one (sipfed.online.lync.com:
 * a Lync Online tenant) and is reported as a hint, not a kind. Never throws.
 */
import { normaliseDomain, PLATFORMS, PLATFORM_NAMES } from '../../rules/index.ts';
import type { Platform } from '../../rules/index.ts';
import { PLATFORM_PARAM } from '../../share/param-values.ts';
import { readEdgeConfig } from '../edge-config/read.ts';

export interface ListedPartner {
  domain: string;
  /** The kind the reader gave (CSV second column), or null. */
  platform: Platform | null;
  /** What the paste hinted about the kind, in words (an allowed-domain entry's ProxyFqdn), or null. */
  hint: string | null;
  /** Which list of a Lync Server paste it came from. */
  list?: 'allowed' | 'blocked';
  line: number;
}

export interface ListProblem {
  line: number;
  text: string;
  message: string;
}

export interface PartnerList {
  format: 'lines' | 'csv' | 'edge';
  partners: ListedPartner[];
  problems: ListProblem[];
}

export const MAX_LIST_CHARS = 2_000_000;
const SIPFED = 'sipfed.online.lync.com';

/** Words a reader may write for a kind: the contract's names, the link words, the labels and short names, other short forms. */
const KIND_WORDS: ReadonlyMap<string, Platform> = new Map<string, Platform>([
  ...PLATFORMS.flatMap((p) => [[p, p], [PLATFORM_PARAM[p], p], [PLATFORM_NAMES[p].label.toLowerCase(), p], [PLATFORM_NAMES[p].short.toLowerCase(), p]] as [string, Platform][]),
  // Other words admins use for a kind, beyond its names in PLATFORM_NAMES.
  ['office 365', 'lync-online'],
  ['o365', 'lync-online'],
  ['lync 2010', 'lync-server-2010'],
  ['messenger', 'windows-live-messenger'],
  ['wlm', 'windows-live-messenger'],
]);

/** A kind as written, or null when the words are not one (the caller says so). */
export function readKind(text: string): Platform | null {
  return KIND_WORDS.get(text.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** The short word for each kind a list may give (the link words), in the rules' order. */
export const KIND_PARAMS: readonly string[] = PLATFORMS.map((p) => PLATFORM_PARAM[p]);

const KINDS_HINT = `use one of ${KIND_PARAMS.join(', ')}, or leave it empty`;

function add(out: PartnerList, seen: Set<string>, line: number, text: string, rawDomain: string, platform: Platform | null, hint: string | null, list?: 'allowed' | 'blocked'): void {
  const value = rawDomain.includes('@') ? rawDomain.slice(rawDomain.lastIndexOf('@') + 1) : rawDomain;
  const d = normaliseDomain(value.trim().replace(/^["']|["']$/g, ''));
  if (!d.ok) {
    out.problems.push({ line, text, message: `the domain ${d.message}` });
    return;
  }
  if (seen.has(d.value)) {
    out.problems.push({ line, text, message: `${d.value} is listed already; kept once` });
    return;
  }
  seen.add(d.value);
  out.partners.push({ domain: d.value, platform, hint, line, ...(list ? { list } : {}) });
}

const EDGE_MARK = /^\s*(?:PS [^>]*>\s*)?Get-Cs(?:Allowed|Blocked)Domain\b|^\s*(?:Identity|Domain|ProxyFqdn)\s+:/im;

/** Reads a pasted list; see the module comment for the forms. */
export function parsePartnerList(text: string): PartnerList {
  if (text.length > MAX_LIST_CHARS) return { format: 'lines', partners: [], problems: [{ line: 1, text: '', message: `the paste is ${Math.round(text.length / 1e6)} MB; a list of partners is a few kilobytes` }] };
  const seen = new Set<string>();
  if (EDGE_MARK.test(text)) {
    const read = readEdgeConfig(text);
    if (read.ok && read.value.allowedDomains.length + read.value.blockedDomains.length > 0) {
      const out: PartnerList = { format: 'edge', partners: [], problems: [] };
      for (const a of read.value.allowedDomains) {
        const proxy = a.proxyFqdn?.toLowerCase().replace(/\.$/, '') ?? null;
        const hint = proxy === null ? null : proxy === SIPFED ? `allowed with ProxyFqdn ${SIPFED}: probably a Lync Online tenant` : `allowed with ProxyFqdn ${proxy}: probably their own Access Edge`;
        add(out, seen, a.line, a.domain, a.domain, null, hint, 'allowed');
      }
      for (const b of read.value.blockedDomains) add(out, seen, b.line, b.domain, b.domain, null, 'on the blocked list of the pasted Edge', 'blocked');
      return out;
    }
  }
  const lines = text.split(/\r\n|\r|\n/);
  const csv = lines.some((l) => /[,;\t]/.test(l.replace(/#.*$/, '')));
  const out: PartnerList = { format: csv ? 'csv' : 'lines', partners: [], problems: [] };
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/#.*$/, '').trim();
    if (text === '') return;
    if (!csv) {
      add(out, seen, line, raw.trim(), text, null, null);
      return;
    }
    const cells = text.split(/[,;\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const [first = '', second = ''] = cells;
    // A header row: its first cell names the column rather than a domain.
    if (out.partners.length === 0 && out.problems.length === 0 && /^(?:domain|partner|sip domain|name|identity)s?$/i.test(first)) return;
    if (first === '') {
      out.problems.push({ line, text: raw.trim(), message: 'the first column is empty: it must hold the domain' });
      return;
    }
    let platform: Platform | null = null;
    if (second !== '') {
      platform = readKind(second);
      if (platform === null) {
        out.problems.push({ line, text: raw.trim(), message: `"${second.slice(0, 40)}" is not a partner kind: ${KINDS_HINT}` });
        return;
      }
    }
    add(out, seen, line, raw.trim(), first, platform, null);
  });
  return out;
}
