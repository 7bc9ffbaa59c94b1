/**
 * The Starlight fork under guard: each file of ours that copies or follows a Starlight file names
 * it (`Upstream: @astrojs/starlight/…`); test/starlight-upstream.json records each upstream file's
 * hash at the installed version. An upgrade that changes one fails here with our files to re-read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { current, drift, hashSource, hashUpstream, normalise, ourFiles, RECORD, report, ROOT, type Installed } from '../../scripts/starlight-drift.mjs';

const record = JSON.parse(readFileSync(RECORD, 'utf8')) as Installed;
const installed = current();
const ours = ourFiles();

describe('Starlight drift', () => {
  it('every upstream file we follow is as recorded (else: re-read the files listed, then --update)', () => {
    const text = report(drift(record, installed, ours));
    expect(text, text).toBe('');
  });

  it('every override, chrome script and the chrome stylesheet names the Starlight file it follows', () => {
    const dir = join(ROOT, 'src', 'components', 'overrides');
    const expected = [
      ...readdirSync(dir).filter((f) => f.endsWith('.astro')).map((f) => `src/components/overrides/${f}`),
      ...readdirSync(join(dir, 'scripts')).map((f) => `src/components/overrides/scripts/${f}`),
      'src/styles/chrome.css',
    ];
    expect(expected.filter((f) => !(f in ours))).toEqual([]);
    for (const ups of Object.values(ours)) for (const u of ups) expect(installed.files[u], `${u} exists in the installed Starlight`).not.toBeNull();
  });

  it('fails naming our files when a recorded hash differs', () => {
    const upstream = 'dist/components/PageFrame.astro';
    const tampered: Installed = { ...record, files: { ...record.files, [upstream]: '0'.repeat(64) } };
    const d = drift(tampered, installed, ours);
    expect(d.changed.map((c) => c.upstream)).toEqual([upstream]);
    const text = report(d);
    expect(text).toContain('src/components/overrides/PageFrame.astro');
    expect(text).toContain('src/components/overrides/scripts/sidebar-pane.ts');
    expect(text).toContain('src/styles/chrome.css');
  });
});

describe('the drift hash reads source, not bytes', () => {
  const upstreams = Object.keys(installed.files).filter((u) => installed.files[u] !== null);
  const source = (u: string) => readFileSync(join(ROOT, 'node_modules', '@astrojs', 'starlight', u), 'utf8');

  it('hashes each recorded upstream file by its normalised source', () => {
    for (const u of upstreams) expect(hashUpstream(u), u).toBe(hashSource(source(u)));
  });

  it('a release that only re-indents, re-wraps or changes line endings flags no file', () => {
    const indent = fc.constantFrom('', ' ', '  ', '    ', '\t', '\t\t');
    fc.assert(
      fc.property(fc.constantFrom(...upstreams), fc.array(indent, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean(), (u, indents, crlf, trailing) => {
        const lines = source(u).split('\n');
        const reformatted = lines.map((line, n) => indents[n % indents.length] + line.trimStart() + (trailing ? '  ' : '')).join(crlf ? '\r\n' : '\n');
        return hashSource(reformatted) === hashSource(source(u));
      }),
      { numRuns: 200 },
    );
  });

  it('a release that swaps quote style, adds trailing commas and semicolons, or breaks a call over lines flags nothing', () => {
    const before = `import { a } from 'x';\nconst t = { label: 'Menu', items: [1, 2] }\nfoo(a, t)\nconst s = "it's";\n<a href="/x" class='y'>Next page</a>`;
    const after = `import { a } from "x"\nconst t = {\n  label: "Menu",\n  items: [\n    1,\n    2,\n  ],\n};\nfoo(\n  a,\n  t,\n);\nconst s = 'it\\'s';\n<a href='/x' class="y">\n  Next\n  page\n</a>`;
    expect(normalise(after)).toBe(normalise(before));
  });

  it('the reformatting Starlight 0.42.9 shipped (markup unwrapped from its parentheses, build comments, inline styles) flags nothing', () => {
    // From dist/components/TableOfContents.astro and Search.astro, 0.42.4 and 0.42.9.
    const before = `{\n\ttoc && (\n\t\t<starlight-toc data-min-h={toc.minHeadingLevel}>\n\t\t\t<nav aria-labelledby="starlight__on-this-page">\n\t\t\t\t<TableOfContentsList toc={toc.items} />\n\t\t\t</nav>\n\t\t</starlight-toc>\n\t)\n}\n{\n\tsublist.map((entry) => (\n\t\t<li>{entry.label}</li>\n\t))\n}\n<dialog style="padding:0"><kbd style="display: none;"></kbd></dialog>\n//#region src/x.ts\nconst a = 1;\n//#endregion`;
    const after = `{toc && <starlight-toc data-min-h={toc.minHeadingLevel}>\n\t<nav aria-labelledby="starlight__on-this-page">\n\t\t<TableOfContentsList toc={toc.items} />\n\t</nav>\n</starlight-toc>}\n{sublist.map((entry) => <li>{entry.label}</li>)}\n<dialog style="padding: 0"><kbd style="display: none"></kbd></dialog>\n// src/x.ts\nconst a = 1`;
    expect(normalise(after)).toBe(normalise(before));
    expect(normalise('<a href="https://starlight.astro.build">x</a> https://a.example/ b'), 'a URL is not a comment').not.toBe(normalise('<a href="https://starlight.astro.build">x</a> https://a.example/ c'));
  });

  it('any change to a word, a value, a name or the markup does flag the file', () => {
    const base = `const t = { label: 'Menu', width: 18 };\n<nav aria-label="Main"><slot /></nav>\n.sl-flex { gap: 1rem; }`;
    const edits = [
      base.replace('Menu', 'Main menu'),
      base.replace('18', '20'),
      base.replace('label:', 'title:'),
      base.replace('<nav', '<div').replace('</nav>', '</div>'),
      base.replace('gap: 1rem', 'gap: 2rem'),
      base.replace('{ gap', '{ display: flex; gap'),
      base.replace("'Menu'", "'Me nu'"),
      base + '\n<hr />',
      base.replace('<slot />', '<slot name="x" />'),
    ];
    for (const edited of edits) expect(hashSource(edited), edited).not.toBe(hashSource(base));
  });

  it('a real upstream file with one name changed flags it', () => {
    for (const u of upstreams) {
      const text = source(u);
      const word = normalise(text).split('\u0001').find((t) => /^[A-Za-z_]\w{3,}$/.test(t));
      expect(word, `${u} has a name in its code`).toBeDefined();
      expect(hashSource(text.replaceAll(new RegExp(`\\b${word}\\b`, 'g'), `${word}X`)), u).not.toBe(hashSource(text));
    }
  });
});

describe('Starlight through its public doors only', () => {
  /** Every source, test, script and bench file of ours (not node_modules, not built output). */
  const files = ['src', 'test', 'scripts', 'bench'].flatMap((top) => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'node_modules' || e.name === 'reference' ? [] : walk(join(dir, e.name))) : /\.(astro|ts|tsx|mts|mjs|css)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    return walk(join(ROOT, top));
  });
  const exported = Object.keys((JSON.parse(readFileSync(join(ROOT, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports);
  const isExported = (sub: string) => exported.some((e) => (e.endsWith('/*') ? sub.startsWith(e.slice(1, -1)) : `.${sub}` === e || (sub === '' && e === '.')));

  it('imports only what @astrojs/starlight exports, never a file by its path inside node_modules', () => {
    const offenders: string[] = [];
    for (const file of files) {
      if (file.endsWith('starlight-drift.test.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const [, spec = ''] of text.matchAll(/(?:import|from|import\()\s*['"]([^'"]*@astrojs\/starlight[^'"]*)['"]/g)) {
        const sub = spec.replace(/^.*@astrojs\/starlight/, '');
        if (spec.includes('node_modules') || !isExported(sub)) offenders.push(`${file.slice(ROOT.length + 1)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
