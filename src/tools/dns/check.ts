/**
 * Compares what a paste or a live lookup saw with the records a Lync Online domain needs, record
 * by record: ok, missing, or wrong (target, port, protocol, record type), each with the fix in
 * plain words. Priority and weight never make a record wrong (target and port must match).
 */
import { normaliseDomain } from '../../rules/address.ts';
import { EXPECTED_RECORDS, expectedValue, recordName, type ExpectedRecord, type RecordId } from './records.ts';
import { parsePaste, type ParseOptions } from './parse.ts';
import { parseSrvData, type Checked, type DnsObservation, type DnsQuery, type DnsRecord, type InputFormat } from './model.ts';

export type RecordStatus = 'ok' | 'missing' | 'wrong';

export interface RecordCheck {
  id: RecordId;
  name: string;
  type: 'SRV' | 'CNAME';
  status: RecordStatus;
  /** `5061 sipfed.online.lync.com` for SRV records, the target host for CNAMEs. */
  expected: string;
  /** What was there, in the same form; null when nothing was. */
  found: string | null;
  /** False for lyncdiscover (added after GA): reported, but never a failure. */
  required: boolean;
  /** True only for the federation SRV record. */
  federation: boolean;
  role: string;
  /** What is wrong, in plain words; null when the record is fine. */
  problem: string | null;
  fix: string | null;
  note?: string;
  /** Our evidence page's heading for this record's values (its sources are named there). */
  evidence: string;
}

export interface UncheckedRecord {
  id: RecordId;
  name: string;
  type: 'SRV' | 'CNAME';
  expected: string;
  required: boolean;
  federation: boolean;
  /** Why this record could not be judged from the input. */
  reason: string;
  /** The command that would check it. */
  howToCheck: string;
  /** What is uncertain about the record itself (the sip CNAME at GA), as for a checked record. */
  note?: string;
}

export interface DnsReport {
  domain: string | null;
  format: InputFormat;
  /** The records the input answers for, in the order of EXPECTED_RECORDS. */
  records: RecordCheck[];
  /** The records the input says nothing about (or whose lookup failed): neither ok nor missing. */
  notChecked: UncheckedRecord[];
  /** Federation needs only the federation SRV record: its verdict, or unknown when not checked. */
  federation: 'ok' | 'broken' | 'unknown';
  summary: string;
}

export interface CheckOptions {
  /** Overrides the domain read from the input. */
  domain?: string | null;
}

/** Parses a paste, then checks it: the whole job of the paste box and the CLI. */
export function checkPaste(text: string, options: CheckOptions & ParseOptions = {}): Checked<DnsReport> {
  const parsed = parsePaste(text, options);
  if (!parsed.ok) return parsed;
  return checkObservation(parsed.value, options);
}

export function checkObservation(obs: DnsObservation, options: CheckOptions = {}): Checked<DnsReport> {
  let domain: string | null;
  if (options.domain) {
    const checked = normaliseDomain(options.domain);
    if (!checked.ok) return { ok: false, message: `The domain ${checked.message}.` };
    domain = checked.value;
  } else {
    domain = inferDomain(obs);
  }
  const records = attributeNamelessRecords(obs.records, domain);
  const checks: RecordCheck[] = [];
  const notChecked: UncheckedRecord[] = [];
  for (const expected of EXPECTED_RECORDS) {
    const name = recordName(expected, domain);
    const here = records.filter((r) => r.name === name);
    const verdict = judge(expected, name, here, records, domain);
    if (verdict) {
      checks.push(verdict);
      continue;
    }
    const questions = obs.queries.filter((q) => q.name === name);
    const failed = questions.find((q) => q.outcome === 'failed');
    const covered = (obs.complete && inZone(name, obs.domainHint ?? domain)) || questions.some((q) => covers(q, expected));
    if (covered) {
      checks.push(missing(expected, name, domain));
    } else {
      notChecked.push({
        id: expected.id,
        name,
        type: expected.type,
        expected: expectedValue(expected),
        required: expected.required,
        federation: expected.federation,
        reason: failed
          ? `The lookup of ${name} failed${failed.detail ? ` (${failed.detail})` : ''}, so this record could not be checked.`
          : questions.some((q) => q.outcome === 'asked')
            ? `The paste shows the command that asks about ${name} but not its answer (cut off, or sent to a file), so this record is not checked.`
            : `The input does not ask about ${name}${expected.type === 'SRV' && questions.length > 0 ? ' as an SRV record' : ''}.`,
        howToCheck: `nslookup -type=${expected.type.toLowerCase()} ${name}`,
        ...(expected.note ? { note: expected.note } : {}),
      });
    }
  }
  const fed = checks.find((c) => c.federation);
  const federation = fed === undefined ? 'unknown' : fed.status === 'ok' ? 'ok' : 'broken';
  return { ok: true, value: { domain, format: obs.format, records: checks, notChecked, federation, summary: summarise(federation, domain, fed) } };
}

/** A question covers a record when its answer would have shown it. */
function covers(q: DnsQuery, expected: ExpectedRecord): boolean {
  if (q.outcome === 'failed' || q.outcome === 'asked') return false;
  if (q.outcome === 'nxdomain') return true;
  // A CNAME answers a question of any type; an SRV record only an SRV (or ANY) question.
  return expected.type === 'CNAME' || q.type === 'SRV' || q.type === 'ANY';
}

function inZone(name: string, zone: string | null): boolean {
  return zone === null || name === zone || name.endsWith(`.${zone}`);
}

const LABELS = /^(_sipfederationtls\._(?:tcp|tls|udp)|_sip\._(?:tls|tcp|udp)|sip|lyncdiscover)\.(.+)$/;

/** The domain the input is about: read from the Lync names it asks about, else its zone origin. */
export function inferDomain(obs: DnsObservation): string | null {
  const counts = new Map<string, number>();
  const names = [...obs.queries.map((q) => q.name), ...obs.records.map((r) => r.name ?? '')];
  for (const name of names) {
    const m = LABELS.exec(name);
    if (!m) continue;
    const candidate = normaliseDomain(m[2] ?? '');
    if (!candidate.ok) continue;
    // The federation record's domain counts most: it is the one the checker is about.
    const weight = m[1]?.startsWith('_sipfederationtls') ? 100 : 1;
    counts.set(candidate.value, (counts.get(candidate.value) ?? 0) + weight);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  if (obs.domainHint) {
    const hint = normaliseDomain(obs.domainHint);
    if (hint.ok) return hint.value;
  }
  const asked = [...new Set(obs.queries.map((q) => q.name))];
  if (asked.length === 1) {
    const only = normaliseDomain(asked[0] ?? '');
    if (only.ok) return only.value;
  }
  return null;
}

/**
 * `dig +short` prints data without names. Such a line is given to the expected record its value
 * fits (sipfed or port 5061: the federation record, …); one that fits none goes to the first
 * record of its type still without data, the one the reader most likely asked about.
 */
function attributeNamelessRecords(records: DnsRecord[], domain: string | null): DnsRecord[] {
  if (!records.some((r) => r.name === null)) return records;
  const named = records.filter((r) => r.name !== null);
  const taken = new Set<RecordId>();
  const assign = (r: DnsRecord, id: RecordId): void => {
    const expected = EXPECTED_RECORDS.find((e) => e.id === id);
    if (!expected) return;
    taken.add(id);
    named.push({ ...r, name: recordName(expected, domain) });
  };
  const nameless = records.filter((r) => r.name === null && (r.type === 'SRV' || r.type === 'CNAME'));
  const leftovers: DnsRecord[] = [];
  for (const r of nameless) {
    const srv = parseSrvData(r.data);
    if (r.type === 'SRV' && (srv?.target === 'sipfed.online.lync.com' || srv?.port === 5061)) assign(r, 'federation-srv');
    else if (r.type === 'SRV' && (srv?.target === 'sipdir.online.lync.com' || srv?.port === 443)) assign(r, 'sign-in-srv');
    else if (r.type === 'CNAME' && r.data === 'sipdir.online.lync.com') assign(r, 'sign-in-cname');
    else if (r.type === 'CNAME' && r.data === 'webdir.online.lync.com') assign(r, 'lyncdiscover-cname');
    else leftovers.push(r);
  }
  for (const r of leftovers) {
    const free = EXPECTED_RECORDS.find((e) => e.type === r.type && !taken.has(e.id));
    if (free) assign(r, free.id);
  }
  return named;
}

function srvText(data: string): string {
  const srv = parseSrvData(data);
  return srv ? `${srv.port} ${srv.target}` : data;
}

/** Judges the records found at (or beside) the expected name; null when there is nothing to judge. */
function judge(expected: ExpectedRecord, name: string, here: DnsRecord[], all: DnsRecord[], domain: string | null): RecordCheck | null {
  const base = {
    id: expected.id,
    name,
    type: expected.type,
    expected: expectedValue(expected),
    required: expected.required,
    federation: expected.federation,
    role: expected.role,
    ...(expected.note ? { note: expected.note } : {}),
    evidence: expected.evidence,
  };
  const ok = (found: string): RecordCheck => ({ ...base, status: 'ok', found, problem: null, fix: null });
  const wrong = (found: string, problem: string, fix: string): RecordCheck => ({ ...base, status: 'wrong', found, problem, fix });
  const own = here.filter((r) => r.type === expected.type);

  if (expected.type === 'SRV' && own.length > 0) {
    const srvs = own.map((r) => ({ r, srv: parseSrvData(r.data) }));
    const found = own.map((r) => srvText(r.data)).join(', ');
    const good = srvs.filter((s) => s.srv?.target === expected.target && s.srv.port === expected.port);
    if (good.length === srvs.length) return ok(found);
    const bad = srvs.find((s) => !good.includes(s));
    const srv = bad?.srv;
    if (good.length > 0) {
      return wrong(found, `Besides the right record, ${name} has another SRV record (${srvText(bad?.r.data ?? '')}); partners may pick it.`,
        `Delete the SRV record pointing to ${srv ? `${srv.target} port ${srv.port}` : 'the other target'}, keeping ${expectedValue(expected)}.`);
    }
    const problems: string[] = [];
    const fixes: string[] = [];
    if (srv && srv.target !== expected.target) {
      const zone = domain ?? '';
      if (zone !== '' && srv.target === `${expected.target}.${zone}`) {
        problems.push(`the target is ${srv.target}: it was written without its final dot, so the zone appended ${zone}`);
        fixes.push(`write the target as ${expected.target}. with the final dot`);
      } else {
        problems.push(`the target is ${srv.target}, not ${expected.target}`);
        fixes.push(`change the target to ${expected.target}`);
      }
    }
    if (srv && srv.port !== expected.port) {
      problems.push(`the port is ${srv.port}, not ${expected.port}`);
      fixes.push(`change the port to ${expected.port}`);
    }
    if (!srv) problems.push(`its data "${bad?.r.data ?? ''}" is not priority, weight, port and target`);
    return wrong(found, capitalise(`${problems.join('; ')}.`), capitalise(`${fixes.length > 0 ? fixes.join(' and ') : `recreate it as ${addInstructions(expected, domain)}`}.`));
  }

  if (expected.type === 'CNAME' && own.length > 0) {
    const targets = own.map((r) => r.data);
    const found = targets.join(', ');
    if (targets.every((t) => t === expected.target)) return ok(found);
    const other = targets.find((t) => t !== expected.target) ?? '';
    return wrong(found, `${name} points to ${other}, not ${expected.target}.`, `Change the CNAME record ${expected.label} to point to ${expected.target}.`);
  }

  // The right name holds a record of another type: a CNAME where an SRV belongs, an A record
  // (often left over from an on-premises server) where a CNAME belongs.
  const other = here.find((r) => r.type !== expected.type && r.type !== 'SOA' && r.type !== 'NS');
  if (other) {
    const found = `${other.type} ${other.data}`;
    return wrong(found, `${name} has ${/^[AEFHILMNORSX]/.test(other.type) ? 'an' : 'a'} ${other.type} record (${other.data}) instead of ${expected.type === 'SRV' ? 'an SRV' : 'a CNAME'} record.`,
      `Delete the ${other.type} record and add ${addInstructions(expected, domain)}.`);
  }

  // The right service published under the wrong protocol (`_sipfederationtls._udp`, `_sip._tcp`).
  if (expected.type === 'SRV' && expected.service && expected.protocol) {
    const suffix = domain ? `.${domain}` : '';
    const sibling = all.find((r) => {
      const m = /^(_[a-z0-9-]+)\.(_[a-z]+)(.*)$/.exec(r.name ?? '');
      return r.type === 'SRV' && m !== null && m[1] === expected.service && m[2] !== expected.protocol && m[3] === suffix;
    });
    if (sibling) {
      const protocol = /^_[a-z0-9-]+\.(_[a-z]+)/.exec(sibling.name ?? '')?.[1] ?? '';
      return wrong(`${sibling.name}: ${srvText(sibling.data)}`, `The record is published with protocol ${protocol} (${sibling.name}); it must be ${expected.protocol}.`,
        `Recreate it with service ${expected.service} and protocol ${expected.protocol}: ${addInstructions(expected, domain)}.`);
    }
  }
  return null;
}

function missing(expected: ExpectedRecord, name: string, domain: string | null): RecordCheck {
  const why: Record<RecordId, string> = {
    'federation-srv': "Partners whose servers find domains by DNS (another Lync Online company among them, we infer) look this record up to find you; without it they cannot reach you (their side logs ms-diagnostics 1008, Unable to resolve DNS SRV record). An on-premises Edge set up with sipfed.online.lync.com as its proxy goes there directly.",
    'sign-in-srv': 'Lync clients look this record up to sign in.',
    'sign-in-cname': 'Lync clients fall back to this name when the sign-in SRV record is not found.',
    'lyncdiscover-cname': 'Optional: mobile clients and autodiscover use it; it came after GA and does not affect federation.',
  };
  return {
    id: expected.id,
    name,
    type: expected.type,
    status: 'missing',
    expected: expectedValue(expected),
    found: null,
    required: expected.required,
    federation: expected.federation,
    role: expected.role,
    problem: `There is no ${expected.type} record ${name}. ${why[expected.id]}`,
    fix: `${expected.required ? 'Add' : 'If you use mobile clients, add'} ${addInstructions(expected, domain)}.`,
    ...(expected.note ? { note: expected.note } : {}),
    evidence: expected.evidence,
  };
}

/** The record as a DNS host's form asks for it. */
function addInstructions(expected: ExpectedRecord, domain: string | null): string {
  const at = domain ? `@ (${domain})` : '@ (your domain)';
  if (expected.type === 'SRV') {
    return `an SRV record at your DNS host: service ${expected.service}, protocol ${expected.protocol}, name ${at}, priority ${expected.priority}, weight ${expected.weight}, port ${expected.port}, target ${expected.target}`;
  }
  return `a CNAME record at your DNS host: name ${expected.label}, pointing to ${expected.target}`;
}

function summarise(federation: DnsReport['federation'], domain: string | null, fed: RecordCheck | undefined): string {
  const who = domain ?? 'this domain';
  if (federation === 'ok') return `The federation record is in place: partners whose servers find domains by DNS can find ${who} at sipfed.online.lync.com.`;
  if (federation === 'broken') {
    return fed?.status === 'missing'
      ? `The federation record is missing: partners whose servers find domains by DNS (other Lync Online companies among them, we infer) cannot find ${who}, so federation with them fails.`
      : `The federation record is wrong: partners whose servers find domains by DNS will not reach Lync Online for ${who}. ${fed?.fix ?? ''}`.trim();
  }
  return `The input does not show the federation record (_sipfederationtls._tcp${domain ? `.${domain}` : ''}); check it to know whether partners can find ${who}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
