/**
 * The claims register: every factual statement of the article, by paragraph, and where the project
 * covers it (rule ids, pages) or why it is narrative. The article's sentences the project relies on
 * live in the repository (article.json: each quoted sentence with its paragraph, its section and the
 * article's public address), so these tests run on a clone alone. Fails when a quote is not among
 * the article's stored sentences, a rule cites no source or misquotes it, a statement is uncovered,
 * or a page it names does not exist (unless marked planned). Where the working copy of the article
 * sits beside the repository (../shared/seed/), one more test checks the stored sentences against it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateInput, MATRIX, MODALITIES, ON_PREM_PLATFORMS, PLATFORMS, RULES, type Fix, type Rule, type ScenarioInput } from '../rules/index.ts';
import { SETTINGS } from '../rules/settings.ts';
import { CATALOGUE } from '../tools/trace/catalogue.ts';
import { checkEvidence } from '../../test/unit/evidence-pages.ts';
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

// ---------------------------------------------------------------------------------------------
// Fixes are claims too: each fix's rule → the evidence it rests on; and the screen labels they name
// ---------------------------------------------------------------------------------------------

type Evidence = { paragraph: number; quote: string } | { evidence: string };
interface FixClaim {
  rule: string;
  claim: string;
  evidence: Evidence[];
}
interface LabelClaim {
  label: string;
  status: 'confirmed' | 'unconfirmed';
  pattern?: string;
  evidence: Evidence[];
}
const fixClaims = (register as unknown as { fixes: FixClaim[] }).fixes;
const labels = (register as unknown as { labels: LabelClaim[] }).labels;
const HEDGE = new RegExp((register as unknown as { hedge: string }).hedge);

/** Fails (with why) when an evidence entry does not hold: a quote not in the article, a heading that does not exist. */
function evidenceProblem(e: Evidence): string | null {
  if ('paragraph' in e) return quoted(e.paragraph, e.quote) ? null : `quote not in paragraph ${e.paragraph}: ${e.quote}`;
  return checkEvidence(e.evidence);
}

/** Every fix the rules give for the stored scenarios, each on-premises one also on every on-premises platform. */
function allFixes(): Fix[] {
  const dir = join(root, 'test', 'scenarios');
  const seen = new Map<string, Fix>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const input = (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { input: ScenarioInput }).input;
    const variants: ScenarioInput[] = [input];
    const partner = input.partner;
    if (partner.platform !== 'lync-online' && partner.platform !== 'windows-live-messenger')
      for (const platform of ON_PREM_PLATFORMS) variants.push({ ...input, partner: { ...partner, platform } });
    for (const v of variants) {
      const r = evaluateInput(v);
      if (r.ok) for (const fix of r.evaluation.fixes) seen.set(JSON.stringify(fix), fix);
    }
  }
  return [...seen.values()];
}
const FIXES = allFixes();
const fixText = (fix: Fix) => [fix.title, ...fix.steps, ...fix.commands.map((c) => c.code)].join('\n');

describe('fixes as claims', () => {
  const mapped = new Map(fixClaims.map((f) => [f.rule, f]));

  it('maps every blocker rule\'s fix, once, to evidence that holds', () => {
    const blockers = RULES.filter((r) => r.kind === 'blocker').map((r) => r.id);
    expect(blockers.filter((id) => !mapped.has(id)), 'rules whose fix the register does not map').toEqual([]);
    expect(fixClaims.map((f) => f.rule).filter((id) => !ruleIds.has(id)), 'register entries for no rule').toEqual([]);
    expect(mapped.size).toBe(fixClaims.length);
    for (const f of fixClaims) {
      expect(f.claim.length, f.rule).toBeGreaterThan(10);
      expect(f.evidence.length, f.rule).toBeGreaterThan(0);
      for (const e of f.evidence) expect(evidenceProblem(e), f.rule).toBeNull();
    }
  });

  it('every fix the rules give for the stored scenarios is one the register maps', () => {
    expect(FIXES.length).toBeGreaterThan(20);
    expect([...new Set(FIXES.map((f) => f.rule))].filter((id) => !mapped.has(id))).toEqual([]);
  });

  it('would fail for a new rule with a fix and no entry', () => {
    const extra = { ...RULES[0]!, id: 'a-new-rule' } as unknown as Rule;
    const unmapped = [...RULES, extra].filter((r) => r.kind === 'blocker' && !mapped.has(r.id)).map((r) => r.id);
    expect(unmapped).toEqual(['a-new-rule']);
  });
});

describe('screen labels', () => {
  it('each label cites evidence that holds', () => {
    for (const l of labels) {
      expect(l.evidence.length, l.label).toBeGreaterThan(0);
      for (const e of l.evidence) expect(evidenceProblem(e), l.label).toBeNull();
      if (l.status === 'unconfirmed') expect(l.pattern, l.label).toBeTruthy();
    }
  });

  /** Every text that names a label: fixes (steps and commands), the diagnosis's questions, the trace explainer's fixes. */
  const known = { tenantDomain: 'contoso.com', partnerAddress: 'user@fabrikam.com', partnerDomain: 'fabrikam.com' };
  const texts: [string, string][] = [
    ...FIXES.map((f) => [`fix ${f.rule}`, fixText(f)] as [string, string]),
    ...SETTINGS.map((s) => [`question ${s.path}`, `${s.question(known)}\n${s.howTo(known)}`] as [string, string]),
    ...CATALOGUE.map((e) => [`code ${e.code}`, e.fix] as [string, string]),
  ];

  it.each(labels.filter((l) => l.status === 'unconfirmed').map((l) => [l.label, l] as const))('"%s" (unconfirmed) appears only hedged', (_name, l) => {
    const pattern = new RegExp(l.pattern!);
    for (const [where, text] of texts) if (pattern.test(text)) expect(text, `${where} names "${l.label}" without saying it is not confirmed`).toMatch(HEDGE);
  });

  it('hedges once per step or command, not per word', () => {
    for (const fix of FIXES)
      for (const part of [...fix.steps, ...fix.commands.map((c) => c.code)]) expect((part.match(new RegExp(HEDGE, 'g')) ?? []).length, `${fix.rule}: ${part}`).toBeLessThanOrEqual(1);
  });

  it('the check catches an unhedged label', () => {
    const userInformation = new RegExp(labels.find((l) => l.label === 'User Information')!.pattern!);
    const text = 'On the User Information tab, select the user and choose Edit.';
    expect(userInformation.test(text) && !HEDGE.test(text)).toBe(true);
  });
});
