/**
 * What readers are shown never cites our unpublished working notes: no "§", no "facts", no
 * "(seed)", no "reason code" as a source, in anything the rules, the widgets' citations, the forum
 * answers or the command-line tools print, for every stored scenario (test/scenarios/*.json) and
 * every stored paste (test/fixtures/). The sources themselves are checked in sources.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepJson } from '../../src/cli/diagnose.ts';
import { run as evaluateCli } from '../../src/cli/evaluate.ts';
import { evaluateInput, RULES, type Scenario } from '../../src/rules/index.ts';
import { cite, citationText } from '../../src/rules/sources.ts';
import { diagnoseAnswer } from '../../src/share/diagnose-answer.ts';
import { forumAnswer } from '../../src/share/forum-answer.ts';
import { checkPaste } from '../../src/tools/dns/check.ts';
import { evaluatePartner, readEdgeConfig, toPartner } from '../../src/tools/edge-config/index.ts';
import { decodeText } from '../../src/tools/trace/decode.ts';
import { explainTrace } from '../../src/tools/trace/explain.ts';
import { answerFrom } from './diagnose-oracle.ts';

const root = join(import.meta.dirname, '..', '..');
const LINK = 'https://lync.example.org/playground/?v=1';

/** What an internal citation looks like; the message names the first offending snippet. */
const INTERNAL = [/§/, /\bfacts\b/i, /seed\)/i, /reason code/i];
export function internalCitation(text: string): string | null {
  for (const pattern of INTERNAL) {
    const m = pattern.exec(text);
    if (m) return `${pattern}: …${text.slice(Math.max(0, m.index - 60), m.index + 40)}…`;
  }
  return null;
}

const scenarios = readdirSync(join(root, 'test', 'scenarios'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, input: (JSON.parse(readFileSync(join(root, 'test', 'scenarios', name), 'utf8')) as { input: unknown }).input }));
const fixtures = (dir: string) => readdirSync(join(root, 'test', 'fixtures', dir)).map((name) => ({ name, text: decodeText(readFileSync(join(root, 'test', 'fixtures', dir, name))) }));

describe('the check itself', () => {
  it('catches each form of internal citation', () => {
    expect(internalCitation('Reference facts §2 (sourced): x')).not.toBeNull();
    expect(internalCitation('the scenario contract\'s reason codes')).not.toBeNull();
    expect(internalCitation('hotmail.com (seed)')).not.toBeNull();
    expect(internalCitation('Federation 101 in Lync Online, “Federation scenarios”')).toBeNull();
  });
});

describe('outputs for every stored scenario', () => {
  it.each(scenarios)('$name: evaluate CLI, forum answers, the step list\'s sources, the diagnosis and its answer', ({ input }) => {
    const cli = evaluateCli(['-'], () => JSON.stringify(input));
    expect(cli.code).toBe(0);
    const texts: string[] = [cli.stdout];
    const r = evaluateInput(input);
    if (!r.ok) throw new Error(r.message);
    for (const format of ['markdown', 'text', 'bbcode'] as const) texts.push(forumAnswer(r.evaluation, LINK, format));
    for (const step of r.evaluation.trace) {
      const rule = RULES.find((x) => x.id === step.rule);
      if (rule) texts.push(citationText(cite(rule.source), LINK), rule.condition, rule.explanation);
    }
    const scenario: Scenario = r.evaluation.scenario;
    for (const modality of scenario.modalities) {
      const run = answerFrom(scenario, modality);
      texts.push(JSON.stringify(stepJson(run.last)));
      if (run.last.kind === 'outcome') texts.push(diagnoseAnswer({ you: scenario.tenant.domain, them: 'them' }, [], run.last, LINK, 'markdown'));
    }
    for (const text of texts) expect(internalCitation(text)).toBeNull();
  });
});

describe('the tools\' outputs for every stored paste', () => {
  it.each(fixtures('dns'))('DNS checker: $name', ({ text }) => {
    const r = checkPaste(text);
    expect(internalCitation(JSON.stringify(r))).toBeNull();
  });
  it.each(fixtures('trace'))('trace explainer: $name', ({ text }) => {
    const r = explainTrace(text);
    expect(internalCitation(JSON.stringify(r))).toBeNull();
  });
  it.each(fixtures('edge-config'))('Edge reader: $name', ({ text }) => {
    const read = readEdgeConfig(text);
    if (!read.ok) return expect(internalCitation(read.message)).toBeNull();
    const evaluated = evaluatePartner(toPartner(read.value).partner, 'contoso.com');
    expect(internalCitation(JSON.stringify([read, evaluated]))).toBeNull();
  });
});

describe('the command-line tools as run', () => {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const cli = (script: string, ...args: string[]) => spawnSync(process.execPath, [tsx, join(root, 'src', 'cli', script), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  it('check-dns, explain-trace and read-edge-config print no internal citation', () => {
    const outs = [
      cli('check-dns.ts', join(root, 'test', 'fixtures', 'dns', 'mixed-forum.txt')),
      cli('explain-trace.ts', join(root, 'test', 'fixtures', 'trace', 'ocslogger-1005.txt')),
      cli('read-edge-config.ts', join(root, 'test', 'fixtures', 'edge-config', 'example-no-route.txt'), '--tenant', 'contoso.com'),
    ];
    for (const out of outs) {
      expect(out.status, out.stderr).toBe(0);
      expect(internalCitation(out.stdout)).toBeNull();
    }
    // The trace explainer's citation is public: MS-OCER's address and our evidence page.
    expect(outs[1]!.stdout).toContain('/reference/evidence/troubleshooting/#ms-diagnostics-codes');
  }, 60_000);
});
