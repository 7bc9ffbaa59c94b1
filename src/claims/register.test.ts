/**
 * The claims register: every factual statement of the seed, by paragraph, and where the project
 * covers it (rule ids, pages) or why it is narrative. Fails when a quote is not in the seed, a rule
 * cites no source or misquotes it, a statement is uncovered, or a page it names does not exist
 * (unless marked planned).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATRIX, MODALITIES, PLATFORMS, RULES } from '../rules/index.ts';
import register from './register.json' with { type: 'json' };

interface Statement {
  id: string;
  paragraph: number;
  quote: string;
  narrative?: string;
  rules?: string[];
  pages?: { path: string; planned?: boolean }[];
}

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, '..', 'shared', 'seed', 'federation-101-in-lync-online.txt'), 'utf8');
/** The seed's paragraphs: blocks separated by blank lines, numbered from 1. */
const paragraphs = seed.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
const statements = register.statements as Statement[];
const ruleIds = new Set<string>(RULES.map((r) => r.id));

describe('claims register', () => {
  it('has unique statement ids', () => {
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('accounts for every paragraph of the seed', () => {
    const seen = new Set(statements.map((s) => s.paragraph));
    const missing = paragraphs.map((_, i) => i + 1).filter((n) => !seen.has(n));
    expect(missing).toEqual([]);
  });

  it.each(statements.map((s) => [s.id, s] as const))('%s quotes its paragraph and is covered or narrative', (_id, s) => {
    expect(paragraphs[s.paragraph - 1] ?? '', `quote not in paragraph ${s.paragraph}`).toContain(s.quote);
    if (s.narrative !== undefined) {
      expect(s.narrative.length).toBeGreaterThan(0);
      return;
    }
    const rules = s.rules ?? [];
    const pages = s.pages ?? [];
    expect(rules.length + pages.length, 'covered by no rule and no page').toBeGreaterThan(0);
    // The site must teach every factual statement: a rule alone (a verdict) is not enough.
    expect(pages.filter((page) => !page.planned).length, 'no published page covers it').toBeGreaterThan(0);
    for (const id of rules) expect(ruleIds.has(id), `unknown rule ${id}`).toBe(true);
    for (const page of pages) {
      expect(page.path).toMatch(/^content\/.+\.mdx?$/);
      if (!page.planned) expect(existsSync(join(root, page.path)), `missing page ${page.path}`).toBe(true);
    }
  });
});

describe('rule sources', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s cites a source that holds', (_id, rule) => {
    expect(rule.source).toBeDefined();
    if (rule.source.kind === 'seed') {
      expect(paragraphs[rule.source.paragraph - 1] ?? '', `quote not in paragraph ${rule.source.paragraph}`).toContain(rule.source.quote);
    } else {
      expect(rule.source.section).toMatch(/^§\d+$/);
      expect(rule.source.note.length).toBeGreaterThan(10);
    }
  });

  it('the modality matrix quotes the seed faithfully too', () => {
    for (const p of PLATFORMS)
      for (const m of MODALITIES) {
        const src = MATRIX[p][m].source;
        if (src.kind === 'seed') expect(paragraphs[src.paragraph - 1] ?? '').toContain(src.quote);
      }
  });

  it('every rule is named by the register or rests on the reference file', () => {
    const named = new Set(statements.flatMap((s) => s.rules ?? []));
    const orphans = RULES.filter((r) => r.source.kind === 'seed' && !named.has(r.id)).map((r) => r.id);
    expect(orphans).toEqual([]);
  });
});
