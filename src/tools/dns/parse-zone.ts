/**
 * BIND zone files, and anything else written as resource-record lines (`dig +noall +answer`,
 * a DNS host's export): `$ORIGIN`, `$TTL`, `@`, relative names, owner names carried over from
 * the line above, parentheses spanning lines, `;` comments, TTL and class in either order.
 */
import { RECORD_TYPES, canonicalHost, emptyObservation, makeRecord, noteQuery, type DnsObservation, type DnsRecord } from './model.ts';

interface LogicalLine {
  /** The line began with white space: its owner is the previous record's owner. */
  inheritsOwner: boolean;
  tokens: string[];
}

/** Splits zone text into logical lines: comments removed, parenthesised continuations joined. */
export function zoneLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let depth = 0;
  let pending: LogicalLine | null = null;
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = stripComment(raw);
    const tokens: string[] = [];
    for (const m of line.matchAll(/"(?:[^"\\]|\\.)*"|[()]|[^\s()"]+/g)) {
      const token = m[0];
      if (token === '(') depth++;
      else if (token === ')') depth = Math.max(0, depth - 1);
      else tokens.push(token);
    }
    if (pending) pending.tokens.push(...tokens);
    else if (tokens.length > 0) pending = { inheritsOwner: /^[ \t]/.test(line), tokens };
    if (pending && depth === 0) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out;
}

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) return line.slice(0, i);
  }
  return line;
}

const CLASSES = new Set(['IN', 'CH', 'HS', 'CS', 'ANY']);
const TTL = /^\d+[smhdw]?(?:\d+[smhdw])*$/i;

/** `3600`, `1h`, `1h30m` → seconds; null when it is not a TTL. */
export function ttlSeconds(token: string): number | null {
  if (!TTL.test(token)) return null;
  if (/^\d+$/.test(token)) return Number(token);
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
  let total = 0;
  for (const m of token.toLowerCase().matchAll(/(\d+)([smhdw])/g)) total += Number(m[1]) * (unit[m[2] ?? 's'] ?? 1);
  return total;
}

/** Makes a zone name absolute: `@` is the origin, a name without a trailing dot is relative to it. */
export function absoluteName(name: string, origin: string | null): string {
  if (name === '@') return origin ?? '@';
  if (name.endsWith('.')) return canonicalHost(name);
  // No origin known (no $ORIGIN, no --domain): keep the relative name; the check matches it by label.
  return origin ? `${canonicalHost(name)}.${origin}` : canonicalHost(name);
}

export interface RrLineResult {
  record: DnsRecord;
  owner: string;
}

/**
 * Reads one resource record from its tokens: [owner] [ttl] [class] type rdata…, TTL and class in
 * either order. Null when the tokens are not a record (no known type where one must be).
 */
export function readRr(tokens: readonly string[], inheritsOwner: boolean, previousOwner: string | null, origin: string | null, defaultTtl: number | null): RrLineResult | null {
  let i = 0;
  let owner = previousOwner;
  if (!inheritsOwner) {
    const first = tokens[0];
    if (first === undefined) return null;
    // An owner may be omitted even without leading white space when the line starts with a TTL,
    // class or type (DNS hosts' exports do this).
    if (RECORD_TYPES.has(first.toUpperCase()) || CLASSES.has(first.toUpperCase()) || (ttlSeconds(first) !== null && previousOwner !== null)) {
      owner = previousOwner;
    } else {
      owner = absoluteName(first, origin);
      i = 1;
    }
  }
  if (owner === null) return null;
  let ttl = defaultTtl;
  for (let k = 0; k < 2 && i < tokens.length; k++) {
    const t = tokens[i] ?? '';
    if (CLASSES.has(t.toUpperCase())) i++;
    else if (ttlSeconds(t) !== null) {
      ttl = ttlSeconds(t);
      i++;
    }
  }
  const type = (tokens[i] ?? '').toUpperCase();
  if (!RECORD_TYPES.has(type)) return null;
  const rdata = tokens.slice(i + 1);
  if (rdata.length === 0) return null;
  let data = rdata.join(' ');
  if (type === 'SRV' && rdata.length === 4) data = `${rdata.slice(0, 3).join(' ')} ${absoluteTarget(rdata[3] ?? '', origin)}`;
  else if ((type === 'CNAME' || type === 'NS' || type === 'PTR') && rdata.length === 1) data = absoluteTarget(rdata[0] ?? '', origin);
  return { record: makeRecord(owner, type, data, ttl), owner };
}

/**
 * A target without a trailing dot is relative in a zone file: `sipfed.online.lync.com` in the
 * contoso.com zone means `sipfed.online.lync.com.contoso.com`, a classic mistake the check reports.
 */
function absoluteTarget(target: string, origin: string | null): string {
  if (target === '@') return origin ?? '@';
  if (target.endsWith('.') || origin === null) return canonicalHost(target);
  return `${canonicalHost(target)}.${origin}`;
}

/** True when a line reads as a resource record, whatever the origin: used by the format detector. */
export function looksLikeRrLine(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  const at = tokens.findIndex((t) => RECORD_TYPES.has(t.toUpperCase()));
  if (at < 1 || at > 3 || at === tokens.length - 1) return false;
  return tokens.slice(1, at).every((t) => CLASSES.has(t.toUpperCase()) || ttlSeconds(t) !== null) && /^[\w.@*-]+$/.test(tokens[0] ?? '');
}

export function parseZone(text: string, origin: string | null = null): DnsObservation {
  const obs = emptyObservation('zone');
  // A Windows DNS Server zone file names its zone in its header comment only:
  // `;  Database file contoso.com.dns for contoso.com zone.`
  const windows = origin === null ? /^\s*;\s*Database file\s+\S+\s+for\s+(\S+?)\.?\s+zone\b/im.exec(text) : null;
  let currentOrigin = windows?.[1] ? canonicalHost(windows[1]) : origin;
  if (currentOrigin !== null && windows) obs.domainHint = currentOrigin;
  let defaultTtl: number | null = null;
  let previousOwner: string | null = null;
  let sawSoaOrOrigin = false;
  // Names read while no origin was known; made absolute at the end if the SOA names the zone.
  const relative: DnsRecord[] = [];
  let ownerRelative = false;
  for (const line of zoneLines(text)) {
    const head = line.tokens[0] ?? '';
    if (/^\$ORIGIN$/i.test(head)) {
      currentOrigin = canonicalHost(line.tokens[1] ?? '') || currentOrigin;
      obs.domainHint ??= currentOrigin;
      sawSoaOrOrigin = true;
      continue;
    }
    if (/^\$TTL$/i.test(head)) {
      defaultTtl = ttlSeconds(line.tokens[1] ?? '') ?? defaultTtl;
      continue;
    }
    if (head.startsWith('$')) continue; // $INCLUDE, $GENERATE: nothing to read offline
    const rr = readRr(line.tokens, line.inheritsOwner, previousOwner, currentOrigin, defaultTtl);
    if (!rr) continue;
    const previousOwnerBefore = previousOwner;
    previousOwner = rr.owner;
    if (rr.record.type === 'SOA') {
      sawSoaOrOrigin = true;
      if (rr.owner !== '@' && obs.domainHint === null && rr.owner.includes('.')) obs.domainHint = rr.owner;
    }
    // An owner written without its final dot is relative; a line without an owner inherits it.
    if (!line.inheritsOwner && rr.owner !== previousOwnerBefore) ownerRelative = !(line.tokens[0] ?? '').endsWith('.');
    if (currentOrigin === null && ownerRelative) relative.push(rr.record);
    obs.records.push(rr.record);
  }
  // A file without $ORIGIN whose SOA names the zone (`contoso.com. IN SOA …`): its relative names
  // and `@` belong to that zone.
  const zone = obs.domainHint;
  if (zone !== null && origin === null) {
    for (const record of relative) record.name = record.name === '@' ? zone : `${record.name}.${zone}`;
  }
  for (const record of obs.records) noteQuery(obs, { name: record.name ?? '', type: record.type, outcome: 'answered' });
  // A whole zone lists every record, so what it lacks is missing; a lone SOA or NS line (an
  // authority section pasted from dig or drill) is no zone file, and proves nothing absent.
  obs.complete = sawSoaOrOrigin && (windows !== null || /^\s*\$ORIGIN\s/im.test(text) || obs.records.some((r) => r.type !== 'SOA' && r.type !== 'NS'));
  return obs;
}
