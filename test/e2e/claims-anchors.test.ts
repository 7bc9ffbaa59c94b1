/**
 * The claims registers' anchors against the build: the unit test derives heading ids from the page
 * sources with github-slugger, as Astro does; this checks that assumption on the real HTML, so a
 * change in how the build writes ids (or a heading written in a component) cannot slip past.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import claims from '../../src/claims/content-claims.json' with { type: 'json' };
import register from '../../src/claims/register.json' with { type: 'json' };
import { siteUrl } from '../../src/claims/content-claims.ts';
import { DIST } from './dist.ts';

function idsOf(url: string): Set<string> {
  const file = join(DIST, url, 'index.html');
  expect(existsSync(file), `no built page ${url}`).toBe(true);
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

describe('claims anchors in the built pages', () => {
  it('every content claim\'s anchor is an id on its built page', () => {
    const missing = claims.pages.flatMap((p) => {
      const ids = idsOf(p.url);
      return p.claims.filter((c) => c.anchor !== null && !ids.has(c.anchor)).map((c) => `${p.url}#${c.anchor}`);
    });
    expect(missing).toEqual([]);
  });

  it('every article statement\'s page anchor is an id on its built page', () => {
    const pages = (register.statements as { pages?: { path: string; anchor?: string | null; planned?: boolean }[] }[]).flatMap((s) => s.pages ?? []);
    const missing = pages.filter((p) => !p.planned && p.anchor && !idsOf(siteUrl(p.path)).has(p.anchor)).map((p) => `${p.path}#${p.anchor}`);
    expect(missing).toEqual([]);
  });
});
