#!/usr/bin/env node
/**
 * Starlight drift: every file of ours that copies or follows a Starlight file names it in a line
 * `Upstream: @astrojs/starlight/<path>` near its top. This hashes each named upstream file at the
 * installed version and compares with test/starlight-upstream.json. When an upgrade changes one,
 * the drift test fails with the list of our files to re-read against the new upstream.
 *
 * The hash is of the file's normalised token stream, not its bytes (see `normalise`): a release
 * that only reformats (re-indents, swaps quote style, adds or drops trailing commas, semicolons or
 * the parentheses around markup, re-wraps lines, rewrites comments) flags nothing; a changed word,
 * name, value or markup does.
 *
 *   node scripts/starlight-drift.mjs            report (exit 1 on drift)
 *   node scripts/starlight-drift.mjs --update   record the installed version's hashes (after re-reading)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
export const RECORD = join(ROOT, 'test', 'starlight-upstream.json');
const PACKAGE = '@astrojs/starlight';
const UPSTREAM_LINE = /Upstream: @astrojs\/starlight\/(\S+?)(?:\s*\*\/)?$/gm;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(astro|ts|tsx|css|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Our file (repo-relative) → the upstream paths (inside the package) it names. */
export function ourFiles(root = ROOT) {
  const out = {};
  for (const file of filesUnder(join(root, 'src'))) {
    const head = readFileSync(file, 'utf8').slice(0, 4000);
    const ups = [...head.matchAll(UPSTREAM_LINE)].map((m) => m[1]);
    if (ups.length) out[relative(root, file)] = ups;
  }
  return out;
}

export function installedVersion(root = ROOT) {
  return JSON.parse(readFileSync(join(root, 'node_modules', PACKAGE, 'package.json'), 'utf8')).version;
}

/**
 * The source as a formatter cannot change it: a token stream of words, numbers, punctuation and
 * strings, cut the same way however the source is laid out. Left out, because a formatter or the
 * package's build adds, drops or rewrites them without changing what the file does:
 * - whitespace between tokens, and inside a string all whitespace except one space between two
 *   words ("padding:0" and "padding: 0" are the same; "Next page" and "Nextpage" are not);
 * - comments (`//`, `/* … *​/`, `<!-- -->`; a `//` right after `:` is a URL, not a comment);
 * - the quote style: 'a', "a" and `a` (without `${`) are the same string;
 * - semicolons (also one that ends a string: an inline style's last declaration), and a comma
 *   before a closing bracket (a trailing comma);
 * - the parentheses a formatter puts around markup (`( <nav …> … </nav> )` in an .astro file).
 * One tokeniser for .ts, .js, .astro and .css: it need not parse, only cut any layout of the same
 * source into the same tokens. Markup text is cut into words, so re-wrapped prose is the same too.
 */
export function normalise(source) {
  const tokens = [];
  const text = source.replace(/\r\n?/g, '\n');
  const isWord = (ch) => /[\p{L}\p{N}_$]/u.test(ch ?? '');
  /** Whitespace kept only between two word characters, as one space. */
  const squash = (s) => s.trim().replace(/\s+/g, (space, at) => (isWord(s[at - 1]) && isWord(s[at + space.length]) ? ' ' : ''));
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && text[i + 1] === '/' && text[i - 1] !== ':') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (c === '<' && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end === -1 ? text.length : end + 3;
    } else if (c === '"' || c === "'" || c === '`') {
      // A quote opens a string; ' and " end at the line's end if unclosed (an apostrophe in prose).
      let j = i + 1;
      let body = '';
      while (j < text.length && text[j] !== c && !(c !== '`' && text[j] === '\n')) {
        if (text[j] === '\\' && j + 1 < text.length) {
          const next = text[j + 1];
          body += next === '"' || next === "'" || next === '`' ? next : '\\' + next;
          j += 2;
        } else body += text[j++];
      }
      const closed = text[j] === c;
      const plain = c !== '`' || !body.includes('${');
      const quote = plain ? '"' : '`';
      tokens.push(quote + squash(body).replace(/;$/, '').replace(/"/g, '\\"') + (closed ? quote : ''));
      i = closed ? j + 1 : j;
    } else if (isWord(c)) {
      let j = i + 1;
      while (j < text.length && isWord(text[j])) j++;
      tokens.push(text.slice(i, j));
      i = j;
    } else {
      tokens.push(c);
      i++;
    }
  }
  // Parentheses around markup: an opening one right before `<`, and the one that closes it.
  const dropped = new Set();
  const open = [];
  tokens.forEach((t, k) => {
    if (t === '(') open.push(k);
    else if (t === ')' && open.length > 0) {
      const start = open.pop();
      if (tokens[start + 1] === '<') dropped.add(start).add(k);
    }
  });
  return tokens
    .filter((t, k) => !dropped.has(k) && t !== ';' && !(t === ',' && /^[)\]}>]$/.test(tokens[k + 1] ?? '')))
    .join('\u0001');
}

/**
 * sha256 of an upstream file's normalised source (`normalise`) at the installed version, or null
 * when the file no longer exists.
 */
export function hashUpstream(path, root = ROOT) {
  const file = join(root, 'node_modules', PACKAGE, path);
  return existsSync(file) ? hashSource(readFileSync(file, 'utf8')) : null;
}

/** sha256 of a source text's normalised token stream. */
export function hashSource(source) {
  return createHash('sha256').update(normalise(source)).digest('hex');
}

/** The installed state: { version, files: { upstream path: hash } } for every upstream we name. */
export function current(root = ROOT) {
  const files = {};
  for (const ups of Object.values(ourFiles(root))) for (const u of ups) files[u] = hashUpstream(u, root);
  return { version: installedVersion(root), files: Object.fromEntries(Object.entries(files).sort()) };
}

/**
 * Compares a record with the installed state. Returns the drifted upstream files, each with our
 * files that follow it (to re-read), and upstreams named but not recorded.
 */
export function drift(record, installed, ours) {
  const changed = [];
  const unrecorded = [];
  for (const [upstream, hash] of Object.entries(installed.files)) {
    const followers = Object.entries(ours).filter(([, ups]) => ups.includes(upstream)).map(([f]) => f);
    if (!(upstream in record.files)) unrecorded.push({ upstream, followers });
    else if (record.files[upstream] !== hash) changed.push({ upstream, followers, gone: hash === null });
  }
  return { changed, unrecorded, from: record.version, to: installed.version };
}

/** A message listing our files to re-read, or '' when nothing drifted. */
export function report(d) {
  const lines = [];
  if (d.changed.length) {
    lines.push(`Starlight files changed since ${d.from} (installed: ${d.to}). Re-read these files of ours against the new upstream:`);
    const toRead = [...new Set(d.changed.flatMap((c) => c.followers))].sort();
    for (const f of toRead) lines.push(`  ${f}  (follows ${d.changed.filter((c) => c.followers.includes(f)).map((c) => c.upstream + (c.gone ? ' [removed]' : '')).join(', ')})`);
  }
  if (d.unrecorded.length) lines.push(`Upstream files named but not recorded: ${d.unrecorded.map((u) => u.upstream).join(', ')}`);
  if (lines.length) lines.push('When they are brought up to date: node scripts/starlight-drift.mjs --update');
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const installed = current();
  if (process.argv.includes('--update')) {
    writeFileSync(RECORD, JSON.stringify(installed, null, 2) + '\n');
    console.log(`recorded ${Object.keys(installed.files).length} Starlight ${installed.version} files in ${relative(ROOT, RECORD)}`);
  } else {
    const text = report(drift(JSON.parse(readFileSync(RECORD, 'utf8')), installed, ourFiles()));
    console.log(text || `no drift: ${Object.keys(installed.files).length} upstream files as recorded`);
    process.exitCode = text ? 1 : 0;
  }
}
