/**
 * The claims register: every factual statement of the article, by paragraph, and where the project
 * covers it (rule ids, pages) or why it is narrative. The article's sentences the project relies on
 * live in the repository (article.json: each quoted sentence with its paragraph, its section and the
 * article's public address), so these tests run on a clone alone. Fails when a quote is not among
 * the article's stored sentences, a rule cites no source or misquotes it, a statement is uncovered,
 * or a page it names does not exist (unless marked planned). Where the working copy of the article
 * sits beside the repository (../shared/seed/), one more test checks the stored sentences against it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATRIX, MODALITIES, PLATFORMS, RULES } from '../rules/index.ts';
import article from './article.json' with { type: 'json' };
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
const stored = article.paragraphs as Record<string, string[]>;
/** True when `quote` is one of the article's stored sentences of that paragraph, or part of one. */
const quoted = (paragraph: number, quote: string) => (stored[String(paragraph)] ?? []).some((q) => q.includes(quote));
const statements = register.statements as Statement[];
const ruleIds = new Set<string>(RULES.map((r) => r.id));

describe('the article as stored', () => {
  it('names its public address, and a section for every paragraph', () => {
    expect(article.address).toMatch(/^https?:\/\/www\.ultimate-communications\.com\/2011\/07\//);
    const covered = new Set(article.sections.flatMap((s) => Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i)));
    for (let n = 1; n <= article.paragraphCount; n++) expect(covered.has(n), `paragraph ${n} has no section`).toBe(true);
  });

  it('stores quotations, not the whole article', () => {
    for (const [n, quotes] of Object.entries(stored)) {
      expect(Number(n)).toBeLessThanOrEqual(article.paragraphCount);
      for (const q of quotes) expect(q.length, `paragraph ${n}: ${q.slice(0, 40)}…`).toBeLessThanOrEqual(320);
    }
  });

  const seedFile = join(root, '..', 'shared', 'seed', 'federation-101-in-lync-online.txt');
  it.runIf(existsSync(seedFile))('matches the working copy in ../shared, when there is one', () => {
    const seed = readFileSync(seedFile, 'utf8');
    const paragraphs = seed.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
    expect(paragraphs.length).toBe(article.paragraphCount);
    for (const [n, quotes] of Object.entries(stored))
      for (const q of quotes) expect(paragraphs[Number(n) - 1] ?? '', `not in paragraph ${n}`).toContain(q);
  });
});

describe('claims register', () => {
  it('has unique statement ids', () => {
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('accounts for every paragraph of the article', () => {
    const seen = new Set(statements.map((s) => s.paragraph));
    const missing = Array.from({ length: article.paragraphCount }, (_, i) => i + 1).filter((n) => !seen.has(n));
    expect(missing).toEqual([]);
  });

  it.each(statements.map((s) => [s.id, s] as const))('%s quotes its paragraph and is covered or narrative', (_id, s) => {
    expect(quoted(s.paragraph, s.quote), `quote not in paragraph ${s.paragraph}`).toBe(true);
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
      expect(quoted(rule.source.paragraph, rule.source.quote), `quote not in paragraph ${rule.source.paragraph}`).toBe(true);
    } else {
      expect(rule.source.evidence).toMatch(/^[a-z-]+#[a-z0-9-]+$/);
      expect(rule.source.note.length).toBeGreaterThan(10);
    }
  });

  it('the modality matrix quotes the seed faithfully too', () => {
    for (const p of PLATFORMS)
      for (const m of MODALITIES) {
        const src = MATRIX[p][m].source;
        if (src.kind === 'seed') expect(quoted(src.paragraph, src.quote), `${p} ${m}`).toBe(true);
      }
  });

  it('every rule is named by the register or rests on the reference file', () => {
    const named = new Set(statements.flatMap((s) => s.rules ?? []));
    const orphans = RULES.filter((r) => r.source.kind === 'seed' && !named.has(r.id)).map((r) => r.id);
    expect(orphans).toEqual([]);
  });
});
