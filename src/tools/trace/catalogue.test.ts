import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, lookupCode } from './catalogue.ts';

// The catalogue must be reference facts §6's table, no more, no less.
const facts = readFileSync(new URL('../../../../shared/reference/facts.md', import.meta.url), 'utf8');
const table = [...facts.matchAll(/^\| (\d{4}) \| (.+?) \| (.+?) \|$/gm)].map((m) => ({ code: Number(m[1]), reason: m[2] ?? '', meaning: m[3] ?? '' }));

describe('CATALOGUE', () => {
  it('has exactly the codes of reference facts §6', () => {
    expect(table.length).toBeGreaterThan(10);
    expect(CATALOGUE.map((e) => e.code)).toEqual(table.map((t) => t.code));
  });
  it.each(table)('gives $code its reason text as the reference writes it', ({ code, reason, meaning }) => {
    const entry = lookupCode(code);
    expect(entry?.reason).toBe(reason);
    // The reference's meaning, without its markdown and its source note.
    expect(meaning.replace(/`/g, '').replace(/^\([^)]*\)\s*/, '')).toBe(entry?.meaning);
  });
  it('cites the source the reference gives: MS-OCER, or the 2012 blog source', () => {
    for (const entry of CATALOGUE) {
      const blog = table.find((t) => t.code === entry.code)?.meaning.includes('blog source') ?? false;
      expect(entry.source).toContain(blog ? 'blog' : 'MS-OCER');
    }
  });
  it('points only to rule ids the contract defines', () => {
    const contract = readFileSync(new URL('../../../../shared/contracts/scenario.md', import.meta.url), 'utf8');
    const codes = new Set([...contract.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
    for (const entry of CATALOGUE) {
      for (const rule of [entry.rule, ...(entry.alsoRules ?? [])]) if (rule !== null) expect(codes).toContain(rule);
    }
  });
});

describe('lookupCode', () => {
  it('knows nothing outside the table', () => {
    expect(lookupCode(1006)).toBeUndefined();
    expect(lookupCode(52001)).toBeUndefined();
  });
});
