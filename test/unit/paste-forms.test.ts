/**
 * The three paste tools (DNS checker, trace explainer, Edge reader) over every fixture, as the
 * CLIs read a file (bytes decoded by decodeText, as the browser's file read is):
 *   - metamorphic: what mail clients, forums and consoles do around a paste changes no result
 *     (quoting 1-3 levels, indenting, CRLF/CR, a BOM, UTF-16 LE/BE, tabs, trailing spaces, prompts,
 *     banners and a transcript header, an e-mail reply around it, unrelated output before and
 *     after, console wrapping at 80 columns);
 *   - deletion (fast-check): removing lines only moves results toward unknown: no verdict becomes
 *     more favourable, no record turns from "not checked" into "missing" (or "ok"), no failure code
 *     appears that the whole paste did not show. One exception, because it is a different real
 *     paste: removing every line of one record a Get-Cs… command printed (an allowed-domain entry,
 *     a later listing of the same settings, or the latest line of a property a session listed twice)
 *     shows the list without it, or the state before a change, which may decide a blocker (never
 *     that something works).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/tools/dns/index.ts';
import { judgePartner, readEdgeConfig, toPartner } from '../../src/tools/edge-config/index.ts';
import { decodeText } from '../../src/tools/trace/decode.ts';
import { explainTrace } from '../../src/tools/trace/explain.ts';

type Tool = 'dns' | 'trace' | 'edge-config';
const TOOLS: Tool[] = ['dns', 'trace', 'edge-config'];

const dir = (tool: Tool) => new URL(`../fixtures/${tool}/`, import.meta.url);
const fixtures = (tool: Tool) =>
  readdirSync(dir(tool))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, decodeText(readFileSync(new URL(f, dir(tool))))] as const);

/** What each tool concludes, without line numbers or the lines it set aside (wrapping moves those). */
function result(tool: Tool, text: string): unknown {
  if (tool === 'dns') {
    const r = checkPaste(text);
    if (!r.ok) return { refused: true };
    const v = r.value;
    return { domain: v.domain, federation: v.federation, records: v.records.map((c) => [c.id, c.status]), notChecked: v.notChecked.map((c) => c.id) };
  }
  if (tool === 'trace') {
    const r = explainTrace(text);
    if (!r.ok) return { refused: true };
    const v = r.value;
    return {
      messages: v.messages,
      findings: v.findings.map((f) => [f.code, f.status, f.callId, f.occurrences, f.matchedBy, f.known]),
      client: v.clientDiagnostics.map((c) => [c.code, c.status, c.callId]),
      undiagnosed: v.undiagnosed.map((u) => [u.status, u.callId]),
    };
  }
  const r = readEdgeConfig(text);
  if (!r.ok) return { refused: true };
  const mapped = toPartner(r.value);
  const verdict = judgePartner(mapped, 'contoso.com');
  return { partner: mapped.partner, notRead: mapped.notRead, verdict: verdict.modalities.map((m) => [m.modality, m.decided, m.works, m.reasons]) };
}

const lines = (text: string) => text.split(/\r\n|\r|\n/);
const each = (text: string, f: (line: string) => string) => lines(text).map(f).join('\n');
const bytesOf = (text: string, encoding: 'utf16le' | 'utf16be' | 'utf8bom'): Uint8Array => {
  if (encoding === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};
const wrap80 = (text: string) => each(text, (l) => (l.length <= 80 ? l : (l.match(/.{1,80}/g) ?? [l]).join('\n')));
const quote = (depth: number) => (text: string) => each(text, (l) => `${'> '.repeat(depth)}${l}`.replace(/ $/, ''));
const TRANSCRIPT = ['**********************', 'Windows PowerShell transcript start', 'Start time: 20111126091200', 'Username  : CONTOSO\\admin', 'Machine   : EDGE01 (Microsoft Windows NT 6.1.7601 Service Pack 1)', '**********************', 'Transcript started, output file is C:\\temp\\edge.txt', ''].join('\n');
const TRANSCRIPT_END = ['', '**********************', 'Windows PowerShell transcript end', 'End time: 20111126091500', '**********************'].join('\n');

/** Each transformation: a name, and the text the tool then reads. */
const TRANSFORMS: Array<[string, (text: string) => string]> = [
  ['quoted with "> "', quote(1)],
  ['quoted two levels', quote(2)],
  ['quoted three levels, ">>>" style', (t) => each(t, (l) => `>>> ${l}`.replace(/ $/, ''))],
  ['indented four spaces', (t) => each(t, (l) => (l === '' ? '' : `    ${l}`))],
  ['CRLF line ends', (t) => lines(t).join('\r\n')],
  ['CR line ends', (t) => lines(t).join('\r')],
  ['a BOM (UTF-8 file)', (t) => decodeText(bytesOf(t, 'utf8bom'))],
  ['UTF-16 LE file', (t) => decodeText(bytesOf(lines(t).join('\r\n'), 'utf16le'))],
  ['UTF-16 BE file', (t) => decodeText(bytesOf(lines(t).join('\r\n'), 'utf16be'))],
  ['tabs for four spaces', (t) => t.replace(/ {4}/g, '\t')],
  ['trailing spaces', (t) => each(t, (l) => `${l}   `)],
  ['a PowerShell prompt and banner before, a prompt after', (t) => `Windows PowerShell\nCopyright (C) 2009 Microsoft Corporation. All rights reserved.\n\nPS C:\\Users\\admin>\n\n${t}\n\nPS C:\\Users\\admin>`],
  ['a Start-Transcript header and footer', (t) => `${TRANSCRIPT}\n${t}\n${TRANSCRIPT_END}`],
  [
    'an e-mail reply around it',
    (t) =>
      `From: Bob Admin <bob@fabrikam.com>\nSent: Tuesday, November 29, 2011 10:02 AM\nTo: Alice <alice@contoso.com>\nSubject: RE: federation\n\nSee below.\n\nOn Tue, Nov 29, 2011 at 9:40 AM, Alice <alice@contoso.com> wrote:\n${quote(1)(t)}\n\n--\nBob Admin | Fabrikam IT\n+1 555 0100`,
  ],
  ['unrelated output before and after', (t) => `C:\\>ipconfig\n\nWindows IP Configuration\n\n   Host Name . . . . . . . . . . . . : PC042\n\n${t}\n\nC:\\>echo done\ndone`],
  ['console wrapping at 80 columns', wrap80],
];

/**
 * Forms still misread, each with why (run as it.fails: the day one is fixed, its test says so).
 */
const KNOWN_GAPS = new Set([
  // A kdig answer line wider than 80 columns cut into pieces: the DNS reader joins only pieces of
  // exactly 80 characters, and the piece boundary falls inside the record's data.
  'kdig-srv.txt: console wrapping at 80 columns',
  // A CLSLogger frame line over 160 characters wrapped into three pieces: the frame's start is lost.
  'clslogger-1034.txt: console wrapping at 80 columns',
  // The Windows zone file indented as a whole: not yet understood.
  'windows-dns-zone.txt: indented four spaces',
  // Removing $ORIGIN from a BIND zone makes a target written without its final dot read as absolute.
  'zone.txt: deletion',
]);

describe.each(TOOLS)('%s: every fixture, every transformation, the same result', (tool) => {
  for (const [file, text] of fixtures(tool)) {
    const expected = result(tool, text);
    it(`${file} is read (not refused)`, () => {
      expect(expected).not.toEqual({ refused: true });
    });
    for (const [name, transform] of TRANSFORMS) {
      (KNOWN_GAPS.has(`${file}: ${name}`) ? it.fails : it)(`${file}: ${name}`, () => {
        expect(result(tool, transform(text))).toEqual(expected);
      });
    }
  }
});

// Deletion: toward unknown only.
const DNS_RANK: Record<string, number> = { broken: 0, unknown: 1, ok: 2 };

function noMoreThan(tool: Tool, before: unknown, after: unknown, removedEntry = false): void {
  if ((after as { refused?: boolean }).refused) return; // refusing is the most unknown of all
  expect((before as { refused?: boolean }).refused, 'a paste that was refused is read once lines are removed').not.toBe(true);
  if (tool === 'dns') {
    const b = before as { federation: string; records: [string, string][]; notChecked: string[] };
    const a = after as typeof b;
    // Federation: the same, unknown, or worse than a known answer; never known from unknown.
    if (b.federation === 'unknown') expect(a.federation).toBe('unknown');
    else expect(a.federation === b.federation || a.federation === 'unknown' || (DNS_RANK[a.federation] ?? 0) < (DNS_RANK[b.federation] ?? 0)).toBe(true);
    for (const id of b.notChecked) expect(a.notChecked, `${id} was not checked; it must not become missing or ok`).toContain(id);
    for (const [id, status] of b.records) {
      const now = a.records.find(([i]) => i === id)?.[1];
      if (status !== 'ok') expect(now, `${id} was ${status}`).not.toBe('ok');
    }
    return;
  }
  if (tool === 'trace') {
    const b = before as { findings: [number, unknown, unknown, unknown, unknown, boolean][]; client: [number][] };
    const a = after as typeof b;
    // A federation code the site explains never appears from less text. (An unknown code on a
    // request can land on the error response above it once the request's start line is gone: it is
    // shown as unknown, never explained.)
    const codes = new Set(b.findings.map((f) => f[0]));
    for (const f of a.findings) if (f[5]) expect(codes, `code ${f[0]} appeared only after lines were removed`).toContain(f[0]);
    const client = new Set(b.client.map((c) => c[0]));
    for (const c of a.client) expect(client).toContain(c[0]);
    return;
  }
  const b = before as { verdict: [string, boolean, boolean | null, string[]][] };
  const a = after as typeof b;
  for (const [modality, decided, works] of b.verdict) {
    const now = a.verdict.find(([m]) => m === modality);
    if (!now) continue;
    const [, nowDecided, nowWorks] = now;
    if (!decided) {
      // Removing a whole record a Get-Cs… command printed (one Get-CsAllowedDomain entry, or a later
      // listing of the Edge's settings) leaves another real paste: one that shows the list without
      // that entry, or the state before the change. That paste may decide a blocker the whole one
      // left open, but never that something works.
      if (removedEntry) expect(nowDecided && nowWorks, `${modality} was not decided; removing an entry must not make it work`).not.toBe(true);
      else expect(nowDecided, `${modality} was not decided; removing lines must not decide it`).toBe(false);
    } else if (nowDecided && works === false) expect(nowWorks, `${modality} did not work; removing lines must not make it work`).toBe(false);
  }
}

/**
 * The lines of each property a session listed more than once (listed, changed with Set-Cs…, listed
 * again): removing its latest line leaves a paste of the state before the change.
 */
function relistedProperties(all: readonly string[]): number[][] {
  const at = new Map<string, number[]>();
  all.forEach((line, i) => {
    const m = /^\s*([A-Za-z]+)\s+:/.exec(line);
    if (m && m[1] !== 'Identity') at.set(m[1]!, [...(at.get(m[1]!) ?? []), i]);
  });
  return [...at.values()].filter((lines) => lines.length > 1);
}

/** The lines of each record a Get-Cs… command printed (records between blank lines). */
function listingEntries(all: readonly string[]): number[][] {
  const entries: number[][] = [];
  let inListing = false;
  let current: number[] = [];
  const close = () => {
    if (current.length > 0) entries.push(current);
    current = [];
  };
  all.forEach((line, i) => {
    if (/^\s*PS [^>]*>/.test(line)) {
      close();
      inListing = /Get-Cs\w+/i.test(line);
    } else if (inListing) {
      if (line.trim() === '') close();
      else current.push(i);
    }
  });
  close();
  return entries;
}

describe.each(TOOLS)('%s: removing lines only moves results toward unknown', (tool) => {
  for (const [file, text] of fixtures(tool)) {
    (KNOWN_GAPS.has(`${file}: deletion`) ? it.fails : it)(file, () => {
      const all = lines(text);
      const entries = listingEntries(all);
      const relisted = relistedProperties(all);
      const before = result(tool, text);
      fc.assert(
        fc.property(fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }), (keep) => {
          const kept = all.filter((_, i) => keep[i] !== false).join('\n');
          const removedEntry =
            tool === 'edge-config' &&
            (entries.some((entry) => entry.every((i) => keep[i] === false)) || relisted.some((lines) => keep[lines[lines.length - 1]!] === false && lines.some((i) => keep[i] !== false)));
          noMoreThan(tool, before, result(tool, kept), removedEntry);
        }),
        { numRuns: 60 },
      );
    });
  }
});
