/**
 * `dig` output: the full form (header, QUESTION and ANSWER sections; several queries in one paste
 * are fine), `+noall +answer` lines, and `+short`, which prints only the data and so names nothing
 * unless the command line was pasted too.
 */
import { readCommand } from './commands.ts';
import { readRr, zoneLines } from './parse-zone.ts';
import { canonicalHost, emptyObservation, makeRecord, noteQuery, type DnsObservation, type QueryOutcome } from './model.ts';

/** dig and kdig say `status:`, drill says `rcode:`. */
const STATUS = /->>HEADER<<-.*\b(?:status|rcode):\s*([A-Z]+)/;
/** The header's answer count (`ANSWER: 1,` in dig, `ANSWER: 1;` in kdig). */
const ANSWER_COUNT = /\bANSWER:\s*(\d+)/;

function outcomeFor(status: string): QueryOutcome {
  if (status === 'NOERROR') return 'no-data'; // becomes 'answered' once an answer names it
  if (status === 'NXDOMAIN') return 'nxdomain';
  return 'failed';
}

export function parseDig(text: string): DnsObservation {
  const obs = emptyObservation('dig');
  let status = 'NOERROR';
  let section: 'none' | 'question' | 'answer' | 'other' = 'none';
  let commandName: string | null = null;
  /** Answers the header announced; a question whose answers the paste lost is unread, not empty. */
  let announced = 0;
  const pending: Array<{ name: string; type: string | null }> = [];
  const answeredNames = new Set<string>();
  const settle = (): void => {
    for (const q of pending.splice(0)) {
      const answered = answeredNames.has(canonicalHost(q.name));
      if (!answered) noteQuery(obs, { name: q.name, type: q.type, outcome: 'asked' });
    }
  };
  for (const line of text.split(/\r\n?|\n/)) {
    const command = /<<>>\s*DiG/i.test(line) ? readCommand(line.replace(/^.*<<>>\s*DiG\s*\S*\s*<<>>/i, 'dig ')) : readCommand(line);
    if (command?.tool === 'dig') {
      settle();
      commandName = command.name;
      status = 'NOERROR';
      section = 'none';
      continue;
    }
    const header = line.includes('->>HEADER<<-') ? STATUS.exec(line) : null;
    if (header) {
      settle();
      status = header[1] ?? 'NOERROR';
      announced = 0;
      continue;
    }
    const count = /^;;\s*flags:/i.test(line) ? ANSWER_COUNT.exec(line) : null;
    if (count) announced = Number(count[1]);
    if (/^;;\s*QUESTION SECTION/i.test(line)) section = 'question';
    else if (/^;;\s*ANSWER SECTION/i.test(line)) section = 'answer';
    else if (/^;;\s*(AUTHORITY|ADDITIONAL|OPT PSEUDOSECTION)/i.test(line)) section = 'other';
    else if (/connection timed out|no servers could be reached|communications error/i.test(line)) {
      if (commandName) noteQuery(obs, { name: commandName, type: null, outcome: 'failed', detail: line.replace(/^;;\s*/, '').trim() });
    } else if (section === 'question' && (/^;[^;]/.test(line) || /^;;\s+\S+\s+(?:\d+\s+)?IN\s+\w+\s*$/i.test(line))) {
      // dig writes `;name. IN SRV`; drill and kdig `;; name. IN SRV`.
      const [name, , type] = line.replace(/^;;?/, '').trim().split(/\s+/).filter((t) => !/^\d+$/.test(t));
      if (name && status === 'NOERROR' && announced > 0) pending.push({ name, type: type?.toUpperCase() ?? null });
      else if (name) noteQuery(obs, { name, type: type?.toUpperCase() ?? null, outcome: outcomeFor(status), ...(status !== 'NOERROR' ? { detail: status } : {}) });
    } else if (section !== 'other' && section !== 'question' && !line.startsWith(';')) {
      // Answer lines, or `+noall +answer` lines with no section headers at all.
      const logical = zoneLines(line)[0];
      const rr = logical ? readRr(logical.tokens, false, null, null, null) : null;
      if (rr) {
        obs.records.push(rr.record);
        if (rr.record.name !== null) answeredNames.add(rr.record.name);
        noteQuery(obs, { name: rr.owner, type: rr.record.type, outcome: 'answered' });
      }
    }
  }
  settle();
  return obs;
}

const SRV_DATA = /^\d{1,5}\s+\d{1,5}\s+\d{1,5}\s+\S+$/;
const HOST = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?\.)+[A-Za-z0-9-]*\.?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^[0-9a-f:]+:[0-9a-f:]*$/i;

/** True when a line can be a line of `dig +short` output. */
export function isShortLine(line: string): boolean {
  const t = line.trim();
  return SRV_DATA.test(t) || HOST.test(t) || IPV4.test(t) || IPV6.test(t) || /^"[^"]*"$/.test(t);
}

export function parseDigShort(text: string): DnsObservation {
  const obs = emptyObservation('dig-short');
  let name: string | null = null;
  let type: string | null = null;
  for (const line of text.split(/\r\n?|\n/)) {
    const command = readCommand(line);
    if (command) {
      name = command.name;
      type = command.type ?? 'A';
      if (name && !command.redirected) noteQuery(obs, { name, type, outcome: 'asked' });
      continue;
    }
    const t = line.trim();
    if (t === '' || !isShortLine(t)) continue;
    let recordType: string;
    if (SRV_DATA.test(t)) recordType = 'SRV';
    else if (IPV4.test(t)) recordType = 'A';
    else if (IPV6.test(t)) recordType = 'AAAA';
    else if (t.startsWith('"')) recordType = 'TXT';
    // A host name answers a CNAME question, or is the first link of a chain for any other type.
    else recordType = 'CNAME';
    // In a chain (`dig +short sip.contoso.com` prints the CNAME target, then its addresses), only
    // the first host name belongs to the queried name; later lines belong to the target.
    const owner = name !== null && obs.records.some((r) => r.name === canonicalHost(name ?? '') && r.type === 'CNAME') ? null : name;
    obs.records.push(makeRecord(owner, recordType, t));
    if (owner) noteQuery(obs, { name: owner, type, outcome: 'answered' });
  }
  for (const q of obs.queries) {
    if (obs.records.some((r) => r.name === q.name)) q.outcome = 'answered';
  }
  return obs;
}
