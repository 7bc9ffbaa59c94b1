/**
 * The scenario files in test/scenarios/: each names what it shows and states the expected results
 * (works, exact reasons, certainty) and warnings. One test.each runs them all; a final test checks
 * that together they exercise every reason and warning code the rules can yield.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateInput, RULES } from '../../src/rules/index.ts';

interface ScenarioFile {
  description: string;
  input: unknown;
  expect: {
    results: { modality: string; works: boolean; reasons: string[]; certainty?: 'uncertain' }[];
    warnings: string[];
  };
}

const dir = join(import.meta.dirname, '..', 'scenarios');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, body: JSON.parse(readFileSync(join(dir, name), 'utf8')) as ScenarioFile }));

describe('scenario files', () => {
  // Each file pins the modalities it asks about, so adding a modality to the model does not change
  // what a stored scenario means (it would otherwise pick up the new one by default and fail).
  it.each(files)('$name pins its modalities', ({ body }) => {
    expect((body.input as { modalities?: unknown }).modalities, 'add "modalities" to the input').toEqual(body.expect.results.map((r) => r.modality));
  });

  it.each(files)('$name', ({ body }) => {
    const r = evaluateInput(body.input);
    if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
    const got = r.evaluation.results.map(({ modality, works, reasons, certainty }) => ({
      modality,
      works,
      reasons,
      ...(certainty ? { certainty } : {}),
    }));
    expect(got).toEqual(body.expect.results);
    expect(r.evaluation.warnings).toEqual(body.expect.warnings);
  });

  it('cover every code the rules yield, and the seed\'s four scenarios', () => {
    const seen = new Set<string>();
    for (const { body } of files) {
      for (const res of body.expect.results) for (const code of res.reasons) seen.add(code);
      for (const w of body.expect.warnings) seen.add(w);
    }
    const missing = [...new Set(RULES.map((r) => r.code))].filter((code) => !seen.has(code));
    expect(missing).toEqual([]);
    expect(files.filter((f) => f.name.startsWith('seed-'))).toHaveLength(4);
  });
});
