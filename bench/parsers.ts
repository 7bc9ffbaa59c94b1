/**
 * npx tsx bench/parsers.ts (run by npm run bench) — the paste readers' throughput, each on a generated large paste just under
 * its size limit (2 million characters): the Edge configuration reader on a Management Shell
 * session (every cmdlet, list and table output, a few hundred allowed domains per session), and the
 * DNS checker's parser on a paste mixing nslookup (one-shot and interactive), dig, host,
 * Resolve-DnsName and zone files. Best of 3 runs, in MB/s (the trace explainer's figure is
 * bench/trace.ts). Prints one JSON line: { bench, parsers: [{ parser, mb, seconds, mbPerSecond, … }] }.
 */
import { readFileSync } from 'node:fs';
import { parsePaste } from '../src/tools/dns/parse.ts';
import { readEdgeConfig } from '../src/tools/edge-config/read.ts';
import { toPartner } from '../src/tools/edge-config/partner.ts';

const LIMIT = 1_990_000;
const fixture = (dir: string, name: string) => readFileSync(new URL(`../test/fixtures/${dir}/${name}`, import.meta.url), 'utf8');

function fill(piece: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const p = piece(i);
    if (size + p.length > LIMIT) break;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

const session = fixture('edge-config', 'session-list.txt');
const table = fixture('edge-config', 'format-table.txt');
const edgePaste = fill((i) => {
  const domains = Array.from({ length: 20 }, (_, k) => `Identity          : partner${i}-${k}.example.com\r\nDomain            : partner${i}-${k}.example.com\r\nProxyFqdn         : sip.partner${i}-${k}.example.com\r\nComment           :\r\nMarkForMonitoring : False\r\n\r\n`).join('');
  return `${session}\r\nPS C:\\> Get-CsAllowedDomain\r\n\r\n${domains}${i % 5 === 0 ? `${table}\r\n` : ''}`;
});

const dnsSamples = ['nslookup-windows.txt', 'nslookup-interactive-windows.txt', 'nslookup-linux.txt', 'host.txt', 'dig-full.txt', 'dig-short.txt', 'resolve-table.txt', 'resolve-list.txt', 'zone.txt'].map((name) => fixture('dns', name));
const dnsPaste = fill((i) => `${(dnsSamples[i % dnsSamples.length] ?? '').replaceAll('contoso.com', `d${i}.example.com`)}\n\n`);

function measure(parser: string, text: string, run: () => Record<string, number>): Record<string, unknown> {
  run(); // warm up the JIT
  const times: number[] = [];
  let figures: Record<string, number> = {};
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    figures = run();
    times.push((performance.now() - t0) / 1000);
  }
  const seconds = Math.min(...times);
  const mb = text.length / (1024 * 1024);
  return { parser, mb: Number(mb.toFixed(2)), ...figures, seconds: Number(seconds.toFixed(3)), mbPerSecond: Number((mb / seconds).toFixed(1)) };
}

const parsers = [
  measure('edge-config', edgePaste, () => {
    const r = readEdgeConfig(edgePaste);
    if (!r.ok) throw new Error(r.message);
    toPartner(r.value);
    return { allowedDomains: r.value.allowedDomains.length, unread: r.value.unread.length };
  }),
  measure('dns', dnsPaste, () => {
    const r = parsePaste(dnsPaste);
    if (!r.ok) throw new Error(r.message);
    return { records: r.value.records.length, queries: r.value.queries.length };
  }),
];
console.log(JSON.stringify({ bench: 'paste-parsers', parsers }));
