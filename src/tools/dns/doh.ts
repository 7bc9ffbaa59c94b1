/**
 * Live lookup through DNS-over-HTTPS in its JSON form (`accept: application/dns-json`), as both
 * Cloudflare and Google serve it: `GET <endpoint>?name=…&type=SRV` → `{ Status, Answer: [{ name,
 * type, TTL, data }] }`. Each question goes to the first endpoint and falls back to the next on a
 * timeout, a network or HTTP error, a malformed answer, or SERVFAIL/REFUSED; NXDOMAIN and NOERROR
 * are real answers and end the question. Nothing here rejects: failures become `failed` questions.
 */
import { normaliseDomain } from '../../rules/address.ts';
import { checkObservation, type CheckOptions, type DnsReport } from './check.ts';
import { EXPECTED_RECORDS, recordName } from './records.ts';
import { emptyObservation, makeRecord, type Checked, type DnsObservation, type DnsQuery, type DnsRecord } from './model.ts';

export const DEFAULT_DOH_ENDPOINTS: readonly string[] = ['https://cloudflare-dns.com/dns-query', 'https://dns.google/resolve'];
export const DEFAULT_TIMEOUT_MS = 5000;

export interface DohOptions {
  /** Tried in order; the default is Cloudflare, then Google. */
  endpoints?: readonly string[];
  /** Per request. */
  timeoutMs?: number;
  /** Injected for tests and for environments without a global fetch. */
  fetch?: typeof fetch;
  /** Cancels every request (the widget's "stop" button, or a new lookup replacing this one). */
  signal?: AbortSignal;
}

const TYPE_NUMBERS: Record<number, string> = { 1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 12: 'PTR', 15: 'MX', 16: 'TXT', 28: 'AAAA', 33: 'SRV' };
const RCODES: Record<number, string> = { 0: 'NOERROR', 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED' };

export interface DohResult {
  query: DnsQuery;
  records: DnsRecord[];
  /** Which endpoint gave the final answer; null when none did. */
  endpoint: string | null;
}

/** Asks one question, endpoint after endpoint. Never rejects. */
export async function queryDoh(name: string, type: string, options: DohOptions = {}): Promise<DohResult> {
  const endpoints = options.endpoints ?? DEFAULT_DOH_ENDPOINTS;
  const problems: string[] = [];
  for (const endpoint of endpoints) {
    if (options.signal?.aborted) {
      problems.push('cancelled');
      break;
    }
    const answer = await askOnce(endpoint, name, type, options);
    if (!answer.ok) {
      problems.push(`${hostOf(endpoint)}: ${answer.message}`);
      continue;
    }
    const { status, records } = answer.value;
    if (status === 0 || status === 3) {
      const own = records.some((r) => r.name === name);
      const outcome = status === 3 ? 'nxdomain' : own ? 'answered' : 'no-data';
      return { query: { name, type, outcome, ...(status === 3 ? { detail: 'NXDOMAIN' } : {}) }, records, endpoint };
    }
    problems.push(`${hostOf(endpoint)}: the resolver answered ${RCODES[status] ?? `status ${status}`}`);
  }
  return { query: { name, type, outcome: 'failed', detail: problems.join('; ') || 'no resolver endpoint is configured' }, records: [], endpoint: null };
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

async function askOnce(endpoint: string, name: string, type: string, options: DohOptions): Promise<Checked<{ status: number; records: DnsRecord[] }>> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, message: 'the endpoint is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'the endpoint is not an http(s) URL' };
  url.searchParams.set('name', name);
  url.searchParams.set('type', type);
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = (): void => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await doFetch(url.toString(), { headers: { accept: 'application/dns-json' }, signal: controller.signal });
    if (!response.ok) return { ok: false, message: `HTTP ${response.status}` };
    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch {
      return { ok: false, message: 'the answer is not JSON' };
    }
    return readDohJson(body);
  } catch {
    if (timedOut) return { ok: false, message: `no answer within ${timeoutMs / 1000} s` };
    if (options.signal?.aborted) return { ok: false, message: 'cancelled' };
    return { ok: false, message: 'the request failed (network error or blocked by the browser)' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** Reads a DoH JSON body; a body without a numeric Status, or with a mangled Answer, is malformed. */
export function readDohJson(body: unknown): Checked<{ status: number; records: DnsRecord[] }> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, message: 'the answer is not a DNS JSON object' };
  const { Status: status, Answer: answer } = body as { Status?: unknown; Answer?: unknown };
  if (typeof status !== 'number' || !Number.isInteger(status)) return { ok: false, message: 'the answer has no Status' };
  if (answer !== undefined && !Array.isArray(answer)) return { ok: false, message: 'the answer\'s Answer is not a list' };
  const records: DnsRecord[] = [];
  for (const entry of answer ?? []) {
    const { name, type, data, TTL: ttl } = (entry ?? {}) as { name?: unknown; type?: unknown; data?: unknown; TTL?: unknown };
    if (typeof name !== 'string' || typeof type !== 'number' || typeof data !== 'string') {
      return { ok: false, message: 'an answer record lacks its name, type or data' };
    }
    records.push(makeRecord(name, TYPE_NUMBERS[type] ?? `TYPE${type}`, data, typeof ttl === 'number' ? ttl : null));
  }
  return { ok: true, value: { status, records } };
}

/**
 * Looks up the four Lync Online names of a domain, in parallel. When sip./lyncdiscover. has no
 * CNAME, asks for its A record too, so an A record left there is reported as "wrong", not "missing".
 * Fails only when the domain is invalid or no question got any answer at all.
 */
export async function lookupDomain(domain: string, options: DohOptions = {}): Promise<Checked<DnsObservation>> {
  const checked = normaliseDomain(domain);
  if (!checked.ok) return { ok: false, message: `The domain ${checked.message}.` };
  const name = checked.value;
  const results = await Promise.all(
    EXPECTED_RECORDS.map(async (expected) => {
      const fqdn = recordName(expected, name);
      const first = await queryDoh(fqdn, expected.type, options);
      if (expected.type === 'CNAME' && first.query.outcome === 'no-data') {
        const a = await queryDoh(fqdn, 'A', options);
        return [first, a];
      }
      return [first];
    }),
  );
  const flat = results.flat();
  const obs = emptyObservation('doh');
  obs.domainHint = name;
  for (const r of flat) {
    obs.queries.push(r.query);
    obs.records.push(...r.records);
  }
  if (flat.every((r) => r.query.outcome === 'failed')) {
    const detail = flat[0]?.query.detail ?? '';
    return { ok: false, message: `No DNS-over-HTTPS resolver answered (${detail}). Try again, or paste the output of nslookup instead.` };
  }
  return { ok: true, value: obs };
}

/** Looks the domain up and checks it: the whole job of the live form. */
export async function checkDomainLive(domain: string, options: DohOptions & CheckOptions = {}): Promise<Checked<DnsReport>> {
  const obs = await lookupDomain(domain, options);
  if (!obs.ok) return obs;
  return checkObservation(obs.value, { domain: obs.value.domainHint });
}
