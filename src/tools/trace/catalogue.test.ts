import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/rules.ts';
import { cite } from '../../rules/sources.ts';
import { CATALOGUE, lookupCode } from './catalogue.ts';

// The catalogue is the project's own data: the codes it explains, each with the reason phrase as
// Lync writes it. These tests hold it to itself and to the rules module, so they pass on any clone.
// Where the team's working reference sits beside the repository (../shared, not published), one
// more test checks that the codes and reason phrases still match its table.

describe('CATALOGUE', () => {
  it('lists each code once, in ascending order', () => {
    const codes = CATALOGUE.map((e) => e.code);
    expect(codes).toEqual([...new Set(codes)].sort((a, b) => a - b));
  });
  it.each(CATALOGUE.map((e) => [e.code, e] as const))('gives %i a reason phrase as Lync writes it, a meaning and a source', (_code, entry) => {
    expect(entry.code).toBeGreaterThanOrEqual(1000);
    expect(entry.code).toBeLessThan(1100);
    // Lync's reason phrases are one line as Lync writes it, not our wording.
    expect(entry.reason).toMatch(/^\S[^\n]*\S$/);
    expect(entry.meaning.trim()).not.toBe('');
    expect(cite(entry.source).links.length).toBeGreaterThan(0);
    expect(lookupCode(entry.code)).toBe(entry);
  });
  it('points only to codes the rules module yields', () => {
    const codes = new Set<string>(RULES.map((rule) => rule.code));
    for (const entry of CATALOGUE) {
      for (const rule of [entry.rule, ...(entry.alsoRules ?? [])]) if (rule !== null) expect(codes, `code ${entry.code}`).toContain(rule);
    }
  });
});

const reference = new URL('../../../../shared/reference/facts.md', import.meta.url);

describe.runIf(existsSync(reference))('CATALOGUE against the working reference (only where ../shared exists)', () => {
  it('has the reference table\'s codes and reason phrases, no more, no less', () => {
    // Read inside the test: a skipped describe still runs its body to collect the tests.
    const table = [...readFileSync(reference, 'utf8').matchAll(/^\| (\d{4}) \| (.+?) \| (.+?) \|$/gm)].map((m) => ({ code: Number(m[1]), reason: m[2] ?? '' }));
    expect(table.length).toBeGreaterThan(10);
    expect(CATALOGUE.map((e) => [e.code, e.reason])).toEqual(table.map((t) => [t.code, t.reason]));
  });
});

describe('lookupCode', () => {
  it('knows nothing outside the table', () => {
    expect(lookupCode(1006)).toBeUndefined();
    expect(lookupCode(52001)).toBeUndefined();
  });
});
