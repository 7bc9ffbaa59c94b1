/**
 * No style of ours asks `:has()` of the root or the body. Chromium cannot tell which markup
 * changes such a rule depends on, so every element a widget adds or removes, on any page, makes it
 * restyle the root and test the rule over the whole document: on the partner inventory, a phone
 * (CPU ×4) spent up to 8 ms of each change on it (a Chromium trace of bench inventory-table, issue
 * 32). A page that needs a page-wide style says so in its frontmatter, and PageFrame.astro marks the
 * page (`wide`, for the playground).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(css|astro|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Each line of a style sheet (or a component's styles) whose selector asks :has() of :root, html or body. */
export function rootHasSelectors(source: string): { line: number; text: string }[] {
  return source.split('\n').flatMap((text, i) => (/(^|[\s,>~+(])(:root|html|body)(\[[^\]]*\]|\.[\w-]+|:(?!has\()[\w-]+(\([^)]*\))?)*:has\(/.test(text) ? [{ line: i + 1, text: text.trim() }] : []));
}

describe('no :has() on the root or the body', () => {
  it('finds one where it is written (the rule the playground had, and forms like it)', () => {
    expect(rootHasSelectors(':root:has(.lf-playground-page) {').map((f) => f.line)).toEqual([1]);
    expect(rootHasSelectors('a {}\nhtml[data-theme="dark"]:has(dialog[open]) {}\n  body.x:has(> .y),').map((f) => f.line)).toEqual([2, 3]);
    expect(rootHasSelectors('.sl-theme:has(option:checked) {}\n.page[data-wide] {}\n.body:has(x) {}\ntbody:has(tr) {}')).toEqual([]);
  });

  it('is in no style sheet or component under src/', () => {
    const found = filesUnder(join(root, 'src')).flatMap((file) => rootHasSelectors(readFileSync(file, 'utf8')).map((f) => `${relative(root, file)}:${f.line}: ${f.text}`));
    expect(found).toEqual([]);
  });
});
