/**
 * The two ways partner look-up gets the two federation SRV records: a live lookup through the DNS
 * checker's DNS-over-HTTPS resolvers (two questions, in parallel, only when the reader asks), or a
 * pasted nslookup / dig / Resolve-DnsName answer read by the DNS checker's parsers. Both end in the
 * same readings. Never rejects.
 */
import { parsePaste } from '../dns/parse.ts';
import { queryDoh, type DohOptions } from '../dns/doh.ts';
import { emptyObservation, type DnsObservation } from '../dns/model.ts';
import { answerFor, checkDomain, federationRecordName, readPartnerRecord, readYourRecord, type PartnerReading, type RecordAnswer, type YourRecordStatus } from './read-record.ts';

export interface PartnerLookup {
  yours: { domain: string; answer: RecordAnswer; status: YourRecordStatus; words: string } | null;
  partner: PartnerReading;
  /** Which resolver answered (live), or the paste's format. */
  via: string;
}

export type LookupResult = { ok: true; value: PartnerLookup } | { ok: false; message: string };

/** The two domains as typed: yours is optional, theirs is required. */
function domains(yours: string, theirs: string): { ok: true; yours: string | null; theirs: string } | { ok: false; message: string } {
  if (theirs.trim() === '') return { ok: false, message: "Type the partner's SIP domain, such as fabrikam.com." };
  const t = checkDomain(theirs);
  if (!t.ok) return { ok: false, message: `Their domain: ${t.message}` };
  if (yours.trim() === '') return { ok: true, yours: null, theirs: t.value };
  const y = checkDomain(yours);
  if (!y.ok) return { ok: false, message: `Your domain: ${y.message}` };
  return { ok: true, yours: y.value, theirs: t.value };
}

function reading(yours: string | null, theirs: string, obs: DnsObservation, via: string): PartnerLookup {
  const mine = yours === null ? null : (() => {
    const answer = answerFor(yours, obs);
    return { domain: yours, answer, ...readYourRecord(answer) };
  })();
  return { yours: mine, partner: readPartnerRecord(theirs, answerFor(theirs, obs), yours), via };
}

/** Looks both records up live: the only network use, and only the two record names are sent. */
export async function lookUpPartner(yours: string, theirs: string, options: DohOptions = {}): Promise<LookupResult> {
  const d = domains(yours, theirs);
  if (!d.ok) return d;
  const names = [d.theirs, ...(d.yours !== null && d.yours !== d.theirs ? [d.yours] : [])].map(federationRecordName);
  const results = await Promise.all(names.map((name) => queryDoh(name, 'SRV', options)));
  const obs = emptyObservation('doh');
  for (const r of results) {
    obs.queries.push(r.query);
    obs.records.push(...r.records);
  }
  const endpoint = results.find((r) => r.endpoint !== null)?.endpoint ?? null;
  return { ok: true, value: reading(d.yours, d.theirs, obs, endpoint === null ? 'no resolver answered' : new URL(endpoint).host) };
}

/** Reads a pasted answer (one or both records, as nslookup, dig or Resolve-DnsName printed them). */
export function readPartnerPaste(yours: string, theirs: string, paste: string): LookupResult {
  const d = domains(yours, theirs);
  if (!d.ok) return d;
  const obs = parsePaste(paste);
  if (!obs.ok) return obs;
  return { ok: true, value: reading(d.yours, d.theirs, obs.value, obs.value.format) };
}

/** The commands that ask the same question by hand, for the reader who prefers to paste. */
export function lookupCommands(domain: string): string[] {
  const name = federationRecordName(domain);
  return [`nslookup -type=srv ${name}`, `dig SRV ${name}`, `Resolve-DnsName -Type SRV ${name}`];
}
