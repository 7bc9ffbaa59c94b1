/**
 * Confidence words agree with the evidence pages (issue 30):
 * - every footnote that gives an evidence link a confidence word ("sourced", "inferred",
 *   "uncertain", "later") gives one its evidence section (or page) gives;
 * - every rule, matrix cell, history note and trace-catalogue entry whose source is an evidence
 *   section claims no more than that section: its confidence is one the section gives;
 * - a rule whose evidence is inferred or uncertain says so in its own words (its note, and its
 *   explanation or each fix it prints for the stored scenarios), so a widget or CLI never states
 *   flat what the page hedges.
 * Each check is proved able to fail on a bad sample at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateInput, MATRIX, MODALITIES, PLATFORMS, RULES } from '../rules/index.ts';
import { HISTORY } from '../rules/history.ts';
import type { Source } from '../rules/model.ts';
import { CATALOGUE } from '../tools/trace/catalogue.ts';
import { confidenceProblem, evidenceWords, HEDGE, paragraphWords, sectionWords, type GivenConfidence } from './confidence.ts';
import { buildContentClaims, ROOT } from './content-claims.ts';

const WORDS = evidenceWords();
const CLAIMS = buildContentClaims();

function sourcesOfOutputs(): [string, Source][] {
  return [
    ...RULES.map((r) => [`rule ${r.id}`, r.source] as [string, Source]),
    ...PLATFORMS.flatMap((p) => MODALITIES.map((m) => [`matrix ${p} ${m}`, MATRIX[p][m].source] as [string, Source])),
    ...HISTORY.map((h) => [`history ${h.id}`, h.source] as [string, Source]),
    ...CATALOGUE.map((e) => [`ms-diagnostics ${e.code}`, e.source] as [string, Source]),
  ];
}

function sourceProblem(where: string, source: Source): string | null {
  if (source.kind !== 'evidence') return null;
  const [page, anchor] = source.evidence.split('#') as [string, string | undefined];
  const problem = confidenceProblem(WORDS, page, anchor ?? null, source.confidence as GivenConfidence);
  return problem ? `${where}: ${problem}` : null;
}

describe('footnote confidence words match their evidence pages', () => {
  it.each(CLAIMS.pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
    const problems: string[] = [];
    for (const [id, ev] of Object.entries(page.footnotes))
      for (const e of ev.evidence) {
        if (e.confidence === null) continue;
        const problem = confidenceProblem(WORDS, e.page, e.anchor, e.confidence);
        if (problem) problems.push(`[^${id}] ${problem}`);
      }
    expect(problems).toEqual([]);
  });
});

describe('widgets and CLIs say no more than the pages', () => {
  it('each rule, matrix cell, history note and code entry has a confidence its evidence section gives', () => {
    const problems = sourcesOfOutputs().map(([where, s]) => sourceProblem(where, s)).filter((p) => p !== null);
    expect(problems).toEqual([]);
  });

  it('a rule or cell whose evidence is inferred or uncertain says so in its note', () => {
    const flat = sourcesOfOutputs()
      .filter(([, s]) => s.kind === 'evidence' && (s.confidence === 'inferred' || s.confidence === 'uncertain'))
      .filter(([, s]) => s.kind === 'evidence' && !HEDGE.test(s.note))
      .map(([where, s]) => `${where}: ${s.kind === 'evidence' ? s.note : ''}`);
    expect(flat).toEqual([]);
  });

  it('every fix a hedged rule prints for the stored scenarios hedges too (in the fix or the explanation)', () => {
    const dir = join(ROOT, 'test', 'scenarios');
    const hedged = new Map(RULES.filter((r) => r.source.kind === 'evidence' && (r.source.confidence === 'inferred' || r.source.confidence === 'uncertain')).map((r) => [r.id as string, r]));
    const flat: string[] = [];
    let seen = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const out = evaluateInput((JSON.parse(readFileSync(join(dir, name), 'utf8')) as { input: unknown }).input);
      if (!out.ok) continue;
      for (const fix of out.evaluation.fixes) {
        const rule = hedged.get(fix.rule);
        if (!rule) continue;
        seen++;
        if (!HEDGE.test(`${fix.title} ${fix.steps.join(' ')}`) && !HEDGE.test(rule.explanation)) flat.push(`${name}: ${fix.rule}: ${fix.title}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(flat).toEqual([]);
  });
});

describe('the confidence checks fail on bad samples', () => {
  const page = ['---', 'title: x', '---', '', '## Route', '', '**Inferred.** A model.[^a]', '', '## Values', '', '**Sourced.** Port 5061.[^b]', '', '## Default', '', '**Where the sources disagree.** Default.[^c]'].join('\n');
  const words = new Map([['sample', sectionWords(page)]]);

  it('reads the words each section gives', () => {
    expect([...paragraphWords('**Sourced** for R2, **inferred** for OCS 2007: …')].sort()).toEqual(['inferred', 'sourced']);
    expect([...paragraphWords('**Sourced (later history).** …')].sort()).toEqual(['later', 'sourced']);
    expect(paragraphWords('A plain paragraph, **Sourced.** in the middle.').size).toBe(0);
  });
  it('a footnote saying "sourced" for an inferred section fails; the right word passes', () => {
    expect(confidenceProblem(words, 'sample', 'route', 'sourced')).toMatch(/says "sourced" but sample#route gives inferred/);
    expect(confidenceProblem(words, 'sample', 'route', 'inferred')).toBeNull();
    expect(confidenceProblem(words, 'sample', 'values', 'uncertain')).not.toBeNull();
    expect(confidenceProblem(words, 'sample', 'default', 'uncertain')).toBeNull();
    expect(confidenceProblem(words, 'sample', null, 'uncertain')).toBeNull();
    expect(confidenceProblem(words, 'sample', 'nowhere', 'sourced')).toMatch(/no section/);
  });
  it('a rule source claiming more than its section fails', () => {
    const bad: Source = { kind: 'evidence', evidence: 'on-premises#route-and-permission', confidence: 'sourced', note: 'Block wins.' };
    expect(sourceProblem('sample rule', bad)).toMatch(/says "sourced"/);
  });
  it('an inferred note without a hedge word is caught', () => {
    expect(HEDGE.test('Public IM is a form of federation, so Messenger contacts are cut off.')).toBe(false);
    expect(HEDGE.test('Public IM is a form of federation, so we infer Messenger contacts are cut off.')).toBe(true);
  });
});
