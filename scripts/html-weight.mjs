#!/usr/bin/env node
/**
 * How heavy is each built page's HTML, and what in it weighs? For every .html under dist/ (or the
 * folder given as first argument) it prints the page's gzip size (level 9, as bench/measure-bytes.ts
 * and a static host's pre-compression) and, for each part of Starlight's chrome and ours, the gzip
 * bytes the page would lose without that part: gzip(page) − gzip(page with every match of the part
 * cut out). Parts overlap (an icon inside the sidebar counts in both), so they do not add up.
 *
 *   node scripts/html-weight.mjs [dist] [--json file]      measure, optionally save the figures
 *   node scripts/html-weight.mjs [dist] --compare file     measure and print before → after
 *   node scripts/html-weight.mjs [dist] --parts            add the per-part table
 *
 * It reports; it never fails.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** bench/budgets.ts's htmlGzip (10 kB since issue 14); a copy, since this script runs as plain JavaScript. */
const HTML_BUDGET = 10_000;

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const jsonOut = option('--json');
const compareWith = option('--compare');
const showParts = args.includes('--parts');
const root = args.find((a) => !a.startsWith('--')) ?? 'dist';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Inline scripts (no src), named by what they do. The first test that matches names the script. */
const SCRIPT_KINDS = [
  ['theme provider', (s) => s.includes('StarlightThemeProvider =') || s.includes('StarlightThemeProvider=')],
  ['theme picker', (s) => s.includes('starlight-theme-select') || s.includes('updatePickers()')],
  ['language picker', (s) => s.includes('starlight-lang-select')],
  ['search shortcut', (s) => s.includes('data-open-modal')],
  ['mobile menu', (s) => s.includes('sl-sidebar-pane')],
  ['sidebar state', (s) => /_starlightScrollRestore|sl-sidebar-state|sl-sidebar-restore/.test(s)],
  ['table of contents', (s) => s.includes('starlight-toc')],
  ['astro-island runtime', (s) => s.includes('astro-island') || s.includes('Astro.') || s.includes('astro:')],
];

/** The name of the first kind whose test the script passes. */
const kindOf = (script) => SCRIPT_KINDS.find(([, test]) => test(script))?.[0];

/** Each part: a name and a function returning the substrings (matches) to cut out. */
const all = (re) => (html) => [...html.matchAll(re)].map((m) => m[0]);
const inlineScripts = all(/<script\b(?![^>]*\ssrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script>/gi);
const PARTS = [
  ['<head>', all(/<head>[\s\S]*?<\/head>/gi)],
  ['  head meta/link tags', (html) => (/<head>[\s\S]*?<\/head>/i.exec(html)?.[0] ?? '').match(/<(?:meta|link)\b[^>]*>/gi) ?? []],
  ['  of which the CSP <meta>', all(/<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/gi)],
  ['inline scripts (all)', inlineScripts],
  ...SCRIPT_KINDS.map(([name]) => [`  ${name}`, (html) => inlineScripts(html).filter((s) => kindOf(s) === name)]),
  ['  other inline scripts', (html) => inlineScripts(html).filter((s) => kindOf(s) === undefined)],
  ['inline <svg> (all)', all(/<svg\b[\s\S]*?<\/svg>/gi)],
  ['inline <style>', all(/<style\b[^>]*>[\s\S]*?<\/style>/gi)],
  ['ToC, desktop', all(/<starlight-toc\b[\s\S]*?<\/starlight-toc>/gi)],
  ['ToC, mobile', all(/<mobile-starlight-toc\b[\s\S]*?<\/mobile-starlight-toc>/gi)],
  ['sidebar <nav>', all(/<nav class="sidebar[\s\S]*?<\/sl-sidebar-pane>\s*<\/nav>/gi)],
  ['header', all(/<header\b[\s\S]*?<\/header>/gi)],
  ['scoped classes astro-*', all(/ astro-[a-z0-9]{8}\b|class="astro-[a-z0-9]{8}"/g)],
  ['<main> (the content)', all(/<main\b[\s\S]*?<\/main>/gi)],
];

function pagesOf(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function measure(file) {
  const html = readFileSync(file, 'utf8');
  const total = gzip(html);
  const parts = {};
  for (const [name, find] of PARTS) {
    const matches = find(html);
    if (matches.length === 0) continue;
    let rest = html;
    for (const m of matches) rest = rest.replace(m, '');
    parts[name.trim()] = total - gzip(rest);
  }
  return { raw: Buffer.byteLength(html), gzip: total, parts };
}

const results = {};
for (const file of pagesOf(root)) results['/' + relative(root, file).replace(/index\.html$/, '')] = measure(file);

const before = compareWith ? JSON.parse(readFileSync(compareWith, 'utf8')) : undefined;
const pad = (v, n) => String(v).padStart(n);
const names = Object.keys(results);
const width = Math.max(...names.map((n) => n.length));
console.log(`HTML, gzip -9 bytes${before ? ' (before → after, change)' : ''}; budget: ${HTML_BUDGET} (bench/budgets.ts)`);
for (const name of names) {
  const r = results[name];
  const b = before?.[name];
  const change = b ? `  ${pad(b.gzip, 6)} → ${pad(r.gzip, 6)}  ${pad((r.gzip - b.gzip > 0 ? '+' : '') + (r.gzip - b.gzip), 6)}` : pad(r.gzip, 7);
  console.log(`${name.padEnd(width)} ${change}  ${r.gzip <= HTML_BUDGET ? '✓' : '✗'}  (raw ${r.raw})`);
}
const sum = (rs) => Object.values(rs).reduce((s, r) => s + r.gzip, 0);
console.log(`${'total'.padEnd(width)} ${before ? `  ${pad(sum(before), 6)} → ${pad(sum(results), 6)}` : pad(sum(results), 7)}`);

if (showParts) {
  const partNames = PARTS.map(([n]) => n);
  console.log('\nGzip bytes the page would lose without each part (parts overlap; the top-level rows do not add up):');
  for (const name of names) {
    console.log(`\n${name}  (${results[name].gzip})`);
    for (const part of partNames) {
      const v = results[name].parts[part.trim()];
      if (v === undefined) continue;
      const b = before?.[name]?.parts?.[part.trim()];
      console.log(`  ${part.padEnd(26)} ${b !== undefined ? `${pad(b, 6)} → ` : ''}${pad(v, 6)}`);
    }
  }
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
