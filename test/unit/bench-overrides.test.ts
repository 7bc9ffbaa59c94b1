/** bench/overrides.ts: which overrides it finds, and how it counts what one saves. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWeights, overrideNames, type PageWeight } from '../../bench/overrides.ts';

const root = join(import.meta.dirname, '..', '..');
const site = (entries: [string, PageWeight][]) => new Map(entries);

describe('override savings', () => {
  it('finds every override astro.config.mjs lists, each with its file', async () => {
    const names = await overrideNames(root);
    expect(names).toContain('Sidebar');
    expect(names).toContain('PageFrame');
    expect(new Set(names).size).toBe(names.length);
  });

  it('counts only the pages the override changes, Starlight minus ours, by kind', () => {
    const ours = site([
      ['/', { html: 1000, css: 5000, js: 300 }],
      ['/a/', { html: 2000, css: 5000, js: 300 }],
      ['/b/', { html: 3000, css: 5000, js: 300 }],
    ]);
    const starlight = site([
      ['/', { html: 1000, css: 5000, js: 300 }],
      ['/a/', { html: 2300, css: 5100, js: 300 }],
      ['/b/', { html: 3100, css: 5100, js: 500 }],
    ]);
    expect(compareWeights('X', ours, starlight)).toEqual({ name: 'X', pagesChanged: 2, pagesTotal: 3, html: 200, css: 100, js: 100, total: 400 });
  });

  it('reports an override that changes nothing as saving nothing', () => {
    const same = site([['/', { html: 1, css: 2, js: 3 }]]);
    expect(compareWeights('Y', same, same)).toMatchObject({ pagesChanged: 0, total: 0 });
  });
});
