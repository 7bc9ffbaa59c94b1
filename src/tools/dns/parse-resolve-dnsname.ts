/**
 * PowerShell `Resolve-DnsName` output in both of PowerShell's layouts, often mixed in one paste
 * (PowerShell prints the first record type as a table and records of other types as lists):
 *   table  `Name  Type  TTL  Section  NameTarget  Priority Weight Port` + a dashes line + rows
 *   list   `Name       : _sipfederationtls._tcp.contoso.com` / `Type : SRV` / `NameTarget : …` blocks
 * and its errors: `Resolve-DnsName : <name> : DNS name does not exist`.
 * Only records in the Answer section count; an SOA in the Authority section means "no such record".
 */
import { readCommand } from './commands.ts';
import { canonicalHost, emptyObservation, makeRecord, noteQuery, type DnsObservation, type QueryOutcome } from './model.ts';

const TABLE_HEADER = /^\s*Name\s+Type\s+TTL\s+Section\b/i;
const DASHES = /^\s*-{2,}(?:\s+-{2,})*\s*$/;
const LIST_LINE = /^\s*([A-Za-z0-9]+)\s*:\s?(.*)$/;
const ERROR = /Resolve-DnsName\s*:\s*(\S+)\s*:\s*(.+?)\s*$/i;
const ERROR_ID = /^\s*\+\s*CategoryInfo\s*:\s*\w+:\s*\((\S+?):String\)/i;
const FQID = /FullyQualifiedErrorId\s*:\s*(\w+)/i;

type Fields = Record<string, string>;

function errorOutcome(text: string): QueryOutcome {
  if (/does not exist|NAME_ERROR|Non-existent/i.test(text)) return 'nxdomain';
  if (/no records|NO_RECORDS|INFO_NO_RECORDS/i.test(text)) return 'no-data';
  return 'failed';
}

export function parseResolveDnsName(text: string): DnsObservation {
  const obs = emptyObservation('resolve-dnsname');
  let type: string | null = null;
  let lastQuestion: string | null = null;
  let columns: Array<{ key: string; start: number }> | null = null;
  let headerKeys: string[] = [];
  let block: Fields = {};
  let errorName: string | null = null;
  let csvKeys: string[] | null = null;

  // Columns may be cut short with "..." when a name is wider than its column; the question asked
  // is then the best reading of it.
  const fullName = (name: string): string => {
    const cut = /^(.*?)(?:\.\.\.|…)$/.exec(name);
    if (!cut) return name;
    const prefix = (cut[1] ?? '').toLowerCase();
    return obs.queries.find((q) => q.name.startsWith(prefix))?.name ?? prefix;
  };
  const addFields = (f: Fields): void => {
    const name = f['name'];
    const recordType = (f['type'] ?? f['querytype'] ?? '').toUpperCase();
    if (!name || !recordType) return;
    const owner = fullName(name);
    const section = (f['section'] ?? 'Answer').toLowerCase();
    if (section !== 'answer') {
      if (recordType === 'SOA' && lastQuestion) noteQuery(obs, { name: lastQuestion, type, outcome: 'no-data' });
      return;
    }
    let data: string | undefined;
    if (recordType === 'SRV') data = `${f['priority'] ?? 0} ${f['weight'] ?? 0} ${f['port'] ?? 0} ${f['nametarget'] ?? ''}`;
    else if (recordType === 'CNAME') data = f['namehost'];
    else if (recordType === 'A') data = f['ip4address'] ?? f['ipaddress'];
    else if (recordType === 'AAAA') data = f['ip6address'] ?? f['ipaddress'];
    else data = f['namehost'] ?? f['nametarget'] ?? f['strings'] ?? f['ipaddress'];
    if (!data) return;
    obs.records.push(makeRecord(owner, recordType, data));
    noteQuery(obs, { name: owner, type: recordType, outcome: 'answered' });
  };
  const flushBlock = (): void => {
    addFields(block);
    block = {};
  };

  const lines = text.split(/\r\n?|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const command = readCommand(line);
    if (command?.tool === 'resolve-dnsname') {
      flushBlock();
      columns = null;
      type = command.type;
      lastQuestion = command.name ? canonicalHost(command.name) : null;
      if (command.name && !command.redirected) noteQuery(obs, { name: command.name, type, outcome: 'asked' });
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = ERROR.exec(line))) {
      noteQuery(obs, { name: m[1] ?? '', type, outcome: errorOutcome(m[2] ?? ''), detail: m[2] ?? '' });
      continue;
    }
    if ((m = ERROR_ID.exec(line))) {
      errorName = m[1] ?? null;
      continue;
    }
    if ((m = FQID.exec(line))) {
      if (errorName) noteQuery(obs, { name: errorName, type, outcome: errorOutcome(m[1] ?? ''), detail: m[1] ?? '' });
      errorName = null;
      continue;
    }
    // Export-Csv's file shown with `type`: a quoted header, then one quoted row per record.
    if (/^\s*#TYPE\s/i.test(line)) continue;
    if (/^\s*"[A-Za-z0-9]+"(?:,"[A-Za-z0-9]+")+\s*$/.test(line)) {
      flushBlock();
      columns = null;
      csvKeys = (splitCsv(line) ?? []).map((k) => k.toLowerCase());
      continue;
    }
    if (csvKeys) {
      const cells = /^\s*"/.test(line) ? splitCsv(line) : null;
      if (cells && cells.length === csvKeys.length) {
        const fields: Fields = {};
        csvKeys.forEach((k, n) => {
          if ((cells[n] ?? '') !== '') fields[k] = cells[n] ?? '';
        });
        addFields(fields);
        continue;
      }
      csvKeys = null;
    }
    if (TABLE_HEADER.test(line)) {
      flushBlock();
      headerKeys = line.trim().split(/\s+/).map((k) => k.toLowerCase());
      const dashes = lines[i + 1] ?? '';
      columns = DASHES.test(dashes) ? [...dashes.matchAll(/-+/g)].map((d, k) => ({ key: headerKeys[k] ?? '', start: d.index ?? 0 })) : null;
      if (columns) i++;
      else columns = headerKeys.map((key) => ({ key, start: -1 }));
      continue;
    }
    if (columns) {
      if (line.trim() === '') {
        columns = null;
        continue;
      }
      addFields(readRow(line, columns, headerKeys));
      continue;
    }
    if (line.trim() === '') {
      flushBlock();
      continue;
    }
    if ((m = LIST_LINE.exec(line))) {
      const key = (m[1] ?? '').toLowerCase();
      // A new `Name :` starts a new record even without a blank line between the blocks.
      if (key === 'name' && block['name'] !== undefined) flushBlock();
      block[key] = (m[2] ?? '').trim();
    }
  }
  flushBlock();
  for (const q of obs.queries) {
    if ((q.outcome === 'no-data' || q.outcome === 'asked') && obs.records.some((r) => r.name === q.name)) q.outcome = 'answered';
  }
  return obs;
}

/** One CSV line as Export-Csv writes it (every cell quoted, "" for a quote); null when it is not one. */
function splitCsv(line: string): string[] | null {
  const cells: string[] = [];
  const re = /\s*"((?:[^"]|"")*)"\s*(,|$)/y;
  let at = 0;
  const text = line.trim();
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return null;
    cells.push((m[1] ?? '').replace(/""/g, '"'));
    at = re.lastIndex;
    if (m[2] === '' ) break;
  }
  return cells;
}

/**
 * Reads a table row by the dash columns' positions; when the paste lost its alignment (tabs,
 * collapsed spaces), falls back to the words in header order.
 */
function readRow(line: string, columns: Array<{ key: string; start: number }>, keys: string[]): Fields {
  const words = line.trim().split(/\s+/);
  const aligned = columns.every((c) => c.start >= 0) && words.length !== keys.length;
  const fields: Fields = {};
  if (!aligned) {
    keys.forEach((k, i) => {
      if (words[i] !== undefined) fields[k] = words[i] ?? '';
    });
    return fields;
  }
  columns.forEach((c, i) => {
    const end = columns[i + 1]?.start ?? line.length;
    const value = line.slice(c.start, end).trim();
    if (value !== '') fields[c.key] = value;
  });
  return fields;
}
