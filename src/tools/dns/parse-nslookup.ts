/**
 * nslookup output, Windows and Linux (BIND) alike, one or several queries, command lines and the
 * interactive mode (`> set type=srv`) included:
 *   Windows  `_sipfederationtls._tcp.contoso.com  SRV service location:` + `priority = 100` … `svr hostname = …`
 *            `Name: sipdir.online.lync.com` + `Aliases: sip.contoso.com` (a CNAME chain)
 *            `*** UnKnown can't find …: Non-existent domain`
 *   Linux    `_sipfederationtls._tcp.contoso.com  service = 100 1 5061 sipfed.online.lync.com.`
 *            `sip.contoso.com  canonical name = sipdir.online.lync.com.`
 *            `** server can't find …: NXDOMAIN`, `*** Can't find …: No answer`
 *   Errors   `DNS request timed out.`, `*** Request to UnKnown timed-out`, `;; connection timed out; no
 *            servers could be reached`, `*** No internal type for both IPv4 and IPv6 Addresses …`: the
 *            question being asked (command line or interactive) failed or got no data.
 */
import { readCommand, readInteractiveQuestion, readInteractiveSetType } from './commands.ts';
import { emptyObservation, makeRecord, noteQuery, type DnsObservation, type QueryOutcome } from './model.ts';

const SRV_HEAD = /^\s*(\S+)\s+SRV service location:\s*$/i;
const SRV_FIELD = /^\s*(priority|weight|port|svr hostname)\s*=\s*(\S+)\s*$/i;
const LINUX_SRV = /^\s*(\S+)\s+service\s*=\s*(\d+\s+\d+\s+\d+\s+\S+)\s*$/i;
const CANONICAL = /^\s*(\S+)\s+canonical name\s*=\s*(\S+)\s*$/i;
const INTERNET = /^\s*(\S+)\s+(internet address|AAAA IPv6 address|has AAAA address)\s*=?\s*(\S+)\s*$/i;
const NAME = /^Name:\s*(\S+)\s*$/i;
const ADDRESS = /^(?:Address(?:es)?):\s*(\S+)\s*$/i;
const ALIASES = /^Aliases:\s*(\S+)\s*$/i;
const CONTINUATION = /^\s+(\S+)\s*$/;
const CANT_FIND = /can't find\s+(\S+?):\s*(.+?)\s*$/i;
const TIMED_OUT = /^\s*(?:\*{3}\s*Request to \S+ timed-out|;;\s*connection timed out|.*no servers could be reached)/i;
/** Windows prints this also when the resolver's own name lookup times out, before `Server:`. */
const REQUEST_TIMED_OUT = /^\s*DNS request timed out/i;
const NO_INTERNAL_TYPE = /^\s*\*{3}\s*No (?:internal type for both IPv4 and IPv6 Addresses \(A\+AAAA\) records|\w+ \(?\w*\)? ?records?) available for\s+(\S+?)\.?\s*$/i;

function errorOutcome(reason: string): QueryOutcome {
  if (/non-existent domain|NXDOMAIN/i.test(reason)) return 'nxdomain';
  if (/no answer|no .*records|no data/i.test(reason)) return 'no-data';
  return 'failed'; // SERVFAIL, REFUSED, timeouts, "No response from server"
}

export function parseNslookup(text: string): DnsObservation {
  const obs = emptyObservation('nslookup');
  let type: string | null = null;
  let srvOwner: string | null = null;
  let srv: Record<string, string> = {};
  let answerName: string | null = null;
  let inServerBlock = false;
  let list: 'addresses' | 'aliases' | null = null;
  let aliases: string[] = [];
  /** The question being asked now: from the command line or the interactive prompt. */
  let current: string | null = null;
  let serverSeen = false;

  const flushSrv = (): void => {
    if (srvOwner && srv['svr hostname']) {
      const data = `${srv['priority'] ?? 0} ${srv['weight'] ?? 0} ${srv['port'] ?? 0} ${srv['svr hostname']}`;
      obs.records.push(makeRecord(srvOwner, 'SRV', data));
      noteQuery(obs, { name: srvOwner, type: 'SRV', outcome: 'answered' });
    }
    srvOwner = null;
    srv = {};
  };
  // Windows lists a CNAME chain as `Aliases:` under the final `Name:`: alias 1 → alias 2 → … → Name.
  const flushAliases = (): void => {
    if (answerName && aliases.length > 0) {
      const chain = [...aliases, answerName];
      for (let i = 0; i + 1 < chain.length; i++) obs.records.push(makeRecord(chain[i] ?? '', 'CNAME', chain[i + 1] ?? ''));
      noteQuery(obs, { name: aliases[0] ?? '', type: null, outcome: 'answered' });
    }
    aliases = [];
  };

  for (const line of text.split(/\r\n?|\n/)) {
    const command = readCommand(line);
    // The authority's SOA with no answer before it: the name exists but has no record of this type.
    if (current && /^\s*primary name server\s*=/i.test(line) && !obs.records.some((r) => r.name === current?.toLowerCase().replace(/\.$/, ''))) {
      noteQuery(obs, { name: current, type, outcome: 'no-data' });
    }
    if (command?.tool === 'nslookup') {
      flushSrv();
      flushAliases();
      answerName = null;
      type = command.type;
      current = command.name;
      serverSeen = false;
      if (command.name && !command.redirected) noteQuery(obs, { name: command.name, type, outcome: 'asked' });
      continue;
    }
    const setType = readInteractiveSetType(line);
    if (setType) {
      type = setType;
      continue;
    }
    const question = readInteractiveQuestion(line);
    if (question) {
      flushSrv();
      flushAliases();
      answerName = null;
      current = question;
      serverSeen = false;
      noteQuery(obs, { name: question, type, outcome: 'asked' });
      continue;
    }
    if (/^Server:\s/i.test(line)) {
      inServerBlock = true; // the `Server:` / `Address:` lines name the resolver, not an answer
      serverSeen = true;
      continue;
    }
    if (line.trim() === '') {
      flushSrv();
      inServerBlock = false;
      list = null;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = SRV_HEAD.exec(line))) {
      flushSrv();
      srvOwner = m[1] ?? null;
    } else if (srvOwner && (m = SRV_FIELD.exec(line))) {
      srv[(m[1] ?? '').toLowerCase()] = m[2] ?? '';
    } else if ((m = LINUX_SRV.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', 'SRV', m[2] ?? ''));
      noteQuery(obs, { name: m[1] ?? '', type: 'SRV', outcome: 'answered' });
    } else if ((m = CANONICAL.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', 'CNAME', m[2] ?? ''));
      noteQuery(obs, { name: m[1] ?? '', type: null, outcome: 'answered' });
    } else if ((m = INTERNET.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', /AAAA/i.test(m[2] ?? '') ? 'AAAA' : 'A', m[3] ?? ''));
    } else if ((m = NO_INTERNAL_TYPE.exec(line))) {
      noteQuery(obs, { name: m[1] ?? '', type, outcome: 'no-data', detail: line.replace(/^\s*\*+\s*/, '').trim() });
    } else if (TIMED_OUT.test(line) || (serverSeen && REQUEST_TIMED_OUT.test(line))) {
      if (current) noteQuery(obs, { name: current, type, outcome: 'failed', detail: line.replace(/^[\s*;]+/, '').trim() });
    } else if ((m = CANT_FIND.exec(line))) {
      noteQuery(obs, { name: m[1] ?? '', type, outcome: errorOutcome(m[2] ?? ''), detail: m[2] ?? '' });
    } else if (inServerBlock) {
      continue;
    } else if ((m = NAME.exec(line))) {
      flushAliases();
      answerName = m[1] ?? null;
      list = null;
    } else if (answerName && (m = ADDRESS.exec(line))) {
      obs.records.push(makeRecord(answerName, m[1]?.includes(':') ? 'AAAA' : 'A', m[1] ?? ''));
      list = 'addresses';
    } else if (answerName && (m = ALIASES.exec(line))) {
      aliases.push(m[1] ?? '');
      list = 'aliases';
    } else if (list && (m = CONTINUATION.exec(line))) {
      if (list === 'aliases') aliases.push(m[1] ?? '');
      else if (answerName) obs.records.push(makeRecord(answerName, m[1]?.includes(':') ? 'AAAA' : 'A', m[1] ?? ''));
    }
  }
  flushSrv();
  flushAliases();
  // A question asked on the command line and never answered or refused got no data.
  for (const q of obs.queries) {
    if ((q.outcome === 'no-data' || q.outcome === 'asked') && obs.records.some((r) => r.name === q.name)) q.outcome = 'answered';
  }
  return obs;
}
