import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { rewriteBuiltPages } from './built-pages.ts';

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function site(files: Record<string, string>): URL {
  root = mkdtempSync(join(tmpdir(), 'lf-built-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return pathToFileURL(`${root}/`);
}

describe('rewriteBuiltPages', () => {
  it('rewrites every HTML page, nested ones included, and counts the pages it changed', async () => {
    const dir = site({ 'index.html': '<p>a</p>', 'docs/page/index.html': '<p>b</p>', '404.html': '<p>keep</p>' });
    const result = await rewriteBuiltPages(dir, (html) => html.replace('<p>a</p>', '<p>A</p>').replace('<p>b</p>', '<p>B</p>'));
    expect(result).toEqual({ pages: 3, changed: 2 });
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('<p>A</p>');
    expect(readFileSync(join(root, 'docs/page/index.html'), 'utf8')).toBe('<p>B</p>');
    expect(readFileSync(join(root, '404.html'), 'utf8')).toBe('<p>keep</p>');
  });

  it('leaves files that are not HTML alone', async () => {
    const dir = site({ 'index.html': 'x', '_astro/a.js': 'x', 'sitemap.xml': 'x' });
    await rewriteBuiltPages(dir, () => 'y');
    expect(readFileSync(join(root, '_astro/a.js'), 'utf8')).toBe('x');
    expect(readFileSync(join(root, 'sitemap.xml'), 'utf8')).toBe('x');
  });
});
