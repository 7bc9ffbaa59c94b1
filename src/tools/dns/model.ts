/**
 * What every DNS input (a pasted nslookup / dig / Resolve-DnsName / zone file, or a live
 * DNS-over-HTTPS lookup) is reduced to before the check: the records seen and the questions asked.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export type InputFormat = 'nslookup' | 'dig' | 'dig-short' | 'host' | 'resolve-dnsname' | 'zone' | 'doh' | 'mixed';

export interface DnsRecord {
  /** Owner name: lower case, no trailing dot. Null when the input did not say (dig +short). */
  name: string | null;
  /** Upper-case record type: SRV, CNAME, A, … */
  type: string;
  ttl: number | null;
  /**
   * Canonical data: SRV `priority weight port target`, CNAME/NS/PTR a host name, both with the
   * host lower-cased and without its trailing dot; other types as written.
   */
  data: string;
}

/** How one question fared; a name asked about with no answer is what makes a record "missing". */
/**
 * 'asked': the paste shows the command that asks, and no output of it at all (cut off, sent to a
 * file, or not pasted): nothing is known about the answer, so it makes no record missing.
 */
export type QueryOutcome = 'answered' | 'nxdomain' | 'no-data' | 'failed' | 'asked';

export interface DnsQuery {
  name: string;
  /** Null when the input did not say which type was asked (nslookup without -type). */
  type: string | null;
  outcome: QueryOutcome;
  detail?: string;
}

export interface DnsObservation {
  format: InputFormat;
  /** A domain the input itself names: a zone's $ORIGIN, or the live lookup's domain. */
  domainHint: string | null;
  /** A zone file lists every record of its domain, so anything absent from it is missing. */
  complete: boolean;
  records: DnsRecord[];
  queries: DnsQuery[];
  /** For a paste that holds several tools' output ('mixed'): each part's format, in order. */
  parts?: InputFormat[];
}

/** Lower case, trimmed, one trailing dot removed: how names and targets compare. */
export function canonicalHost(text: string): string {
  return text.trim().replace(/\.$/, '').toLowerCase();
}

export interface SrvData {
  priority: number;
  weight: number;
  port: number;
  target: string;
}

/** Reads SRV data `priority weight port target`; null when it is not in that shape. */
export function parseSrvData(data: string): SrvData | null {
  const m = /^\s*(\d{1,5})\s+(\d{1,5})\s+(\d{1,5})\s+(\S+)\s*$/.exec(data);
  if (!m) return null;
  return { priority: Number(m[1]), weight: Number(m[2]), port: Number(m[3]), target: canonicalHost(m[4] ?? '') };
}

/** Builds a record with canonical data; for SRV and host-valued types the target is folded. */
export function makeRecord(name: string | null, type: string, data: string, ttl: number | null = null): DnsRecord {
  const upper = type.toUpperCase();
  let canonical = data.trim();
  if (upper === 'SRV') {
    const srv = parseSrvData(canonical);
    if (srv) canonical = `${srv.priority} ${srv.weight} ${srv.port} ${srv.target}`;
  } else if (upper === 'CNAME' || upper === 'NS' || upper === 'PTR') {
    canonical = canonicalHost(canonical);
  }
  return { name: name === null ? null : canonicalHost(name), type: upper, ttl, data: canonical };
}

export function emptyObservation(format: InputFormat): DnsObservation {
  return { format, domainHint: null, complete: false, records: [], queries: [] };
}

const RANK: Record<QueryOutcome, number> = { asked: -1, 'no-data': 0, failed: 1, nxdomain: 2, answered: 3 };

/**
 * Adds a question unless the same name and type is already there. A command line first notes its
 * question as 'no-data'; what the output then shows (an error, an answer) is more telling, and an
 * answer most of all.
 */
export function noteQuery(obs: DnsObservation, query: DnsQuery): void {
  const name = canonicalHost(query.name);
  if (name === '') return;
  const same = obs.queries.find((q) => q.name === name && (q.type === query.type || q.type === null || query.type === null));
  if (!same) {
    obs.queries.push({ ...query, name });
    return;
  }
  if (RANK[query.outcome] > RANK[same.outcome]) {
    same.outcome = query.outcome;
    if (query.detail !== undefined) same.detail = query.detail;
    else delete same.detail;
  }
  if (same.type === null && query.type !== null) same.type = query.type;
}

/** Record types a line of output may carry; a word outside this set is not a type. */
export const RECORD_TYPES = new Set([
  'A', 'AAAA', 'CNAME', 'SRV', 'MX', 'NS', 'SOA', 'TXT', 'PTR', 'CAA', 'SPF', 'DNAME', 'HINFO', 'NAPTR', 'DS', 'DNSKEY', 'RRSIG', 'NSEC', 'NSEC3', 'HTTPS', 'SVCB',
]);
