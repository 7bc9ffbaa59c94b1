/**
 * BIND `host` output (Linux, macOS), one or several queries, with or without the command line:
 *   `_sipfederationtls._tcp.contoso.com has SRV record 100 1 5061 sipfed.online.lync.com.`
 *   `sip.contoso.com is an alias for sipdir.online.lync.com.`
 *   `sipdir.online.lync.com has address 52.112.66.118` / `has IPv6 address …`
 *   `Host _sip._tls.contoso.com not found: 3(NXDOMAIN)`, `… not found: 2(SERVFAIL)`
 *   `contoso.com has no SRV record`, `;; connection timed out; no servers could be reached`
 * The `Using domain server:` block (when a server is named) describes the resolver, not an answer.
 */
import { readCommand } from './commands.ts';
import { emptyObservation, makeRecord, noteQuery, type DnsObservation, type QueryOutcome } from './model.ts';

const SRV = /^\s*(\S+)\s+has SRV record\s+(\d+\s+\d+\s+\d+\s+\S+)\s*$/i;
const ALIAS = /^\s*(\S+)\s+is an alias for\s+(\S+?)\.?\s*$/i;
const ADDRESS = /^\s*(\S+)\s+has (IPv6 )?address\s+(\S+)\s*$/i;
const MX = /^\s*(\S+)\s+mail is handled by\s+(\d+\s+\S+)\s*$/i;
const TXT = /^\s*(\S+)\s+descriptive text\s+(.+?)\s*$/i;
const NS = /^\s*(\S+)\s+name server\s+(\S+)\s*$/i;
const NOT_FOUND = /^\s*Host\s+(\S+?)\.?\s+not found:\s*(?:\d+\()?([A-Z]+)\)?/i;
const NO_RECORD = /^\s*(\S+)\s+has no\s+(\w+)\s+record/i;
const TIMED_OUT = /connection timed out|no servers could be reached|couldn't get address/i;

/** True when a line is something only `host` prints. */
export const HOST_LINE = /\s(?:has (?:SRV record|address|IPv6 address|no \w+ record)|is an alias for|mail is handled by)\s|^\s*Host \S+ not found:/im;

function outcomeOf(code: string): QueryOutcome {
  return /NXDOMAIN/i.test(code) ? 'nxdomain' : 'failed';
}

export function parseHost(text: string): DnsObservation {
  const obs = emptyObservation('host');
  let asked: { name: string; type: string | null } | null = null;
  let serverBlock = false;
  for (const line of text.split(/\r\n?|\n/)) {
    const command = readCommand(line);
    if (command?.tool === 'host') {
      asked = command.name ? { name: command.name, type: command.type } : null;
      if (asked && !command?.redirected) noteQuery(obs, { name: asked.name, type: asked.type, outcome: 'asked' });
      serverBlock = false;
      continue;
    }
    if (/^\s*Using domain server:/i.test(line)) {
      serverBlock = true;
      continue;
    }
    if (serverBlock) {
      if (line.trim() === '') serverBlock = false;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = SRV.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', 'SRV', m[2] ?? ''));
      noteQuery(obs, { name: m[1] ?? '', type: 'SRV', outcome: 'answered' });
    } else if ((m = ALIAS.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', 'CNAME', m[2] ?? ''));
      noteQuery(obs, { name: m[1] ?? '', type: null, outcome: 'answered' });
    } else if ((m = ADDRESS.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', m[2] ? 'AAAA' : 'A', m[3] ?? ''));
      noteQuery(obs, { name: m[1] ?? '', type: m[2] ? 'AAAA' : 'A', outcome: 'answered' });
    } else if ((m = MX.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', 'MX', m[2] ?? ''));
    } else if ((m = TXT.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', 'TXT', m[2] ?? ''));
    } else if ((m = NS.exec(line))) {
      obs.records.push(makeRecord(m[1] ?? '', 'NS', m[2] ?? ''));
    } else if ((m = NOT_FOUND.exec(line))) {
      const type = asked && asked.name.replace(/\.$/, '').toLowerCase() === (m[1] ?? '').toLowerCase() ? asked.type : null;
      noteQuery(obs, { name: m[1] ?? '', type, outcome: outcomeOf(m[2] ?? ''), detail: m[2] ?? '' });
    } else if ((m = NO_RECORD.exec(line))) {
      noteQuery(obs, { name: m[1] ?? '', type: (m[2] ?? '').toUpperCase(), outcome: 'no-data', detail: `no ${m[2] ?? ''} record` });
    } else if (TIMED_OUT.test(line) && asked) {
      noteQuery(obs, { name: asked.name, type: asked.type, outcome: 'failed', detail: line.replace(/^;;\s*/, '').trim() });
    }
  }
  return obs;
}
