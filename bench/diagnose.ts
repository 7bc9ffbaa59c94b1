/**
 * npm run bench -- --only diagnose, or npx tsx bench/diagnose.ts (also run by npm run bench). First the
 * issue's measure: questions per failing modality of the kept scenarios, met as a reader meets the page
 * (measureReader below). Then the diagnosis answered truthfully from
 * every scenario of test/scenarios/ and 2,000 generated ones (fixed seed), once per modality. Prints
 * the mean and worst number of questions against the number of fields the playground needs for the
 * same scenario, whether every run ended at evaluate's verdict and first blocker, and the time to
 * compute one next step (p50, p99, worst); then one JSON line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseScenario } from '../src/rules/index.ts';
import type { Modality, Scenario } from '../src/rules/index.ts';
import { diagnoseInput } from '../src/rules/diagnose-input.ts';
import { ALL_MODALITIES, scenarioArb } from '../test/unit/arbitraries.ts';
import { evaluate } from '../src/rules/index.ts';
import { answerFrom, answerLikeReader, expectedOutcome, startAnswers, type KeptScenario } from '../test/unit/diagnose-oracle.ts';

const dir = new URL('../test/scenarios/', import.meta.url);
const kept: Scenario[] = [];
const keptFiles: KeptScenario[] = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const file = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { scenario?: unknown; input?: unknown };
  const raw = file.scenario ?? file.input ?? file;
  const parsed = parseScenario(raw);
  if (parsed.ok) {
    kept.push(parsed.scenario);
    keptFiles.push({ name, scenario: parsed.scenario, raw });
  }
}
const generated = fc.sample(scenarioArb, { numRuns: 2000, seed: 18 });

/** The fields the playground needs for this scenario: every leaf of the scenario (a list is one field). */
function fields(s: Scenario): number {
  const count = (v: unknown): number => (typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.values(v).reduce((n: number, x) => n + count(x), 0) : 1);
  return count({ ...s, modalities: ['one'] });
}

interface Figures {
  runs: number;
  meanQuestions: number;
  worstQuestions: number;
  meanFields: number;
  agree: number;
  /** Runs that asked fewer questions than the playground has fields for that scenario. */
  fewer: number;
}

function measure(set: readonly Scenario[]): Figures {
  let questions = 0;
  let worst = 0;
  let fieldSum = 0;
  let agree = 0;
  let runs = 0;
  let fewer = 0;
  for (const s of set) {
    for (const m of ALL_MODALITIES as Modality[]) {
      const run = answerFrom(s, m);
      runs++;
      questions += run.asked.length;
      worst = Math.max(worst, run.asked.length);
      fieldSum += fields(s);
      if (run.asked.length < fields(s)) fewer++;
      const last = run.last;
      const key = last.kind === 'outcome' ? (last.works ? 'works' : last.reasons[0]) : 'none';
      if (last.kind === 'outcome' && last.decided && key === expectedOutcome(s, m)) agree++;
    }
  }
  return { runs, meanQuestions: questions / runs, worstQuestions: worst, meanFields: fieldSum / runs, agree, fewer };
}

/**
 * The measure (issue 29): the kept scenarios, every modality that fails, the diagnosis met as
 * a reader meets it (symptom, your domain and the address typed, then each question answered from the
 * scenario, "I don't know" where the file is silent). Goal: mean <= 6, worst <= 10.
 */
function measureReader(set: readonly KeptScenario[]) {
  let runs = 0;
  let questions = 0;
  let worst = 0;
  let worstRun = '';
  let agree = 0;
  let open = 0;
  for (const k of set) {
    for (const m of ALL_MODALITIES as Modality[]) {
      const result = evaluate({ ...k.scenario, modalities: [m] }).results[0];
      if (result === undefined || result.works) continue;
      const run = answerLikeReader(k, m);
      runs++;
      questions += run.asked.length;
      if (run.asked.length > worst) {
        worst = run.asked.length;
        worstRun = `${k.name} (${m})`;
      }
      const last = run.last;
      if (last.kind === 'outcome' && !last.decided) open++;
      const key = last.kind === 'outcome' && last.decided ? (last.works ? 'works' : last.reasons[0]) : 'open';
      if (key === expectedOutcome(k.scenario, m)) agree++;
    }
  }
  return { runs, meanQuestions: runs === 0 ? 0 : questions / runs, worstQuestions: worst, worstRun, agree, open };
}

const reader = measureReader(keptFiles);
const row0 = (k: string, v: string) => console.log(`${k.padEnd(34)} ${v}`);
row0('failing modalities, as a reader', `${reader.runs} runs (kept scenario × failing modality; "I don't know" where the file is silent)`);
row0('  questions, mean / worst', `${reader.meanQuestions.toFixed(2)} / ${reader.worstQuestions}   (goal: <= 6 / <= 10; worst: ${reader.worstRun})`);
row0('  ended at evaluate\'s first blocker', `${reader.agree} of ${reader.runs} (${reader.open} left open by "I don't know")`);

const keptFigures = measure(kept);
const genFigures = measure(generated);

// The time to compute one next step, from the start (the widest walk: nothing answered yet) and mid-way.
const times: number[] = [];
for (const s of generated.slice(0, 500)) {
  for (const m of ['presence', 'im'] as Modality[]) {
    const answers = startAnswers(s);
    const a = process.hrtime.bigint();
    diagnoseInput({ modality: m, answers });
    times.push(Number(process.hrtime.bigint() - a) / 1e6);
  }
}
times.sort((x, y) => x - y);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;

const row = (k: string, v: string) => console.log(`${k.padEnd(34)} ${v}`);
for (const [name, f] of [['kept scenarios (test/scenarios)', keptFigures], ['generated scenarios', genFigures]] as const) {
  row(name, `${f.runs} runs (scenario × modality)`);
  row('  questions, mean / worst', `${f.meanQuestions.toFixed(2)} / ${f.worstQuestions}   (playground fields: ${f.meanFields.toFixed(1)} on average)`);
  row('  ended at evaluate\'s outcome', `${f.agree} of ${f.runs}`);
  row('  fewer questions than fields', `${f.fewer} of ${f.runs}`);
}
row('next step, p50 / p99 / worst', `${pct(0.5).toFixed(2)} / ${pct(0.99).toFixed(2)} / ${(times[times.length - 1] ?? 0).toFixed(2)} ms (first question, nothing answered)`);
console.log(
  JSON.stringify({
    reader,
    kept: keptFigures,
    generated: genFigures,
    nextStepP50Ms: +pct(0.5).toFixed(3),
    nextStepP99Ms: +pct(0.99).toFixed(3),
    nextStepWorstMs: +(times[times.length - 1] ?? 0).toFixed(3),
  }),
);
