/**
 * evaluate: runs every rule on a scenario and decides, per modality, whether it works.
 * evaluateInput: parseScenario + evaluate, for untrusted input. Neither throws on valid input;
 * evaluateInput never throws.
 */
import { buildContext } from './context.ts';
import { applyHistory, GA_DATE } from './history.ts';
import { cellDoubt } from './matrix.ts';
import type {
  EvaluateInputResult,
  Evaluation,
  Fix,
  Modality,
  ModalityResult,
  ReasonCode,
  Rule,
  Scenario,
  TraceStep,
  Verdict,
  WarningCode,
} from './model.ts';
import { CAUSAL_ORDER, RULES } from './rules.ts';
import { parseScenario } from './schema.ts';

/** Blockers that belong to the modality itself rather than to anyone's settings. */
const MODALITY_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['file-transfer-not-federated', 'modality-not-supported-with-partner']);

/**
 * The decide step: a modality's verdict from the blockers found for it.
 *
 *   blockers found                                  | works | verdict
 *   ------------------------------------------------+-------+---------------
 *   none (the default: allowed unless a rule blocks)| true  | 'works'
 *   only modality codes (file transfer, matrix)     | false | 'not-supported'
 *   any other code                                  | false | 'blocked'
 */
export function decide(reasons: readonly ReasonCode[]): { works: boolean; verdict: Verdict } {
  if (reasons.length === 0) return { works: true, verdict: 'works' };
  for (const r of reasons) if (!MODALITY_CODES.has(r)) return { works: false, verdict: 'blocked' };
  return { works: false, verdict: 'not-supported' };
}

/** Where each rule of CAUSAL_ORDER sits in the trace (RULES' order), worked out once. */
const TRACE_SLOT: readonly number[] = CAUSAL_ORDER.map((r) => RULES.indexOf(r));

/**
 * The trace steps that say only a rule's id, stage and status ("not-applicable", "pass") are the
 * same in every evaluation: made once, frozen, and shared (most of a trace; allocating them anew
 * was a good part of an evaluation's time).
 */
const QUIET_STEP = {
  'not-applicable': CAUSAL_ORDER.map((rule): TraceStep => Object.freeze({ rule: rule.id, stage: rule.stage, status: 'not-applicable' })),
  pass: CAUSAL_ORDER.map((rule): TraceStep => Object.freeze({ rule: rule.id, stage: rule.stage, status: 'pass' })),
} as const;

/** True when the rule concerns at least one asked modality. */
function concernsAsked(rule: Rule, asked: readonly Modality[]): boolean {
  if (rule.modalities === undefined) return true;
  for (const m of rule.modalities) if (asked.includes(m)) return true;
  return false;
}

/** Evaluates a scenario that parseScenario has validated (no validation here: the fast path). */
export function evaluate(scenario: Scenario): Evaluation {
  const ctx = buildContext(scenario);
  const asked = scenario.modalities;
  const platform = scenario.partner.platform;
  const reasons: ReasonCode[][] = asked.map(() => []);
  const warnings: WarningCode[] = [];
  const fixes: Fix[] = [];

  // The rules run in causal order, so each modality's reasons (and the fixes) come in that order:
  // a blocker whose premise another present blocker defeats is never first. The trace keeps the
  // troubleshooting order of RULES.
  const steps: TraceStep[] = new Array<TraceStep>(RULES.length);
  for (let k = 0; k < CAUSAL_ORDER.length; k++) {
    const rule = CAUSAL_ORDER[k] as Rule;
    const slot = TRACE_SLOT[k] as number;
    if (!rule.platforms.includes(platform) || !concernsAsked(rule, asked)) {
      steps[slot] = QUIET_STEP['not-applicable'][k] as TraceStep;
      continue;
    }
    const fired = rule.check(ctx);
    if (fired === false || (fired !== true && fired.length === 0)) {
      steps[slot] = QUIET_STEP.pass[k] as TraceStep;
      continue;
    }
    if (rule.kind === 'warning') {
      if (!warnings.includes(rule.code)) warnings.push(rule.code);
      steps[slot] = { rule: rule.id, stage: rule.stage, status: 'warn' };
    } else {
      const hit: Modality[] = [];
      for (let i = 0; i < asked.length; i++) {
        const m = asked[i] as Modality;
        if (fired !== true && !fired.includes(m)) continue;
        const list = reasons[i] as ReasonCode[];
        if (!list.includes(rule.code)) list.push(rule.code);
        hit.push(m);
      }
      steps[slot] = fired === true ? { rule: rule.id, stage: rule.stage, status: 'fail' } : { rule: rule.id, stage: rule.stage, status: 'fail', modalities: hit };
    }
    for (const f of rule.fix(ctx)) fixes.push(f);
  }

  const results: ModalityResult[] = asked.map((modality, i) => {
    const list = reasons[i] as ReasonCode[];
    const { works, verdict } = decide(list);
    return { modality, works, reasons: list, verdict, ...cellDoubt(platform, modality) };
  });

  // The answer as of the scenario's date (general availability when it gives none).
  const asOf = scenario.asOf ?? GA_DATE;
  return applyHistory({ results, warnings, trace: steps, fixes, scenario, asOf }, asOf);
}

/** Validates untrusted input, then evaluates it. Never throws. */
export function evaluateInput(input: unknown): EvaluateInputResult {
  const parsed = parseScenario(input);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, evaluation: evaluate(parsed.scenario) };
  } catch (error) {
    return { ok: false, field: 'scenario', message: `could not be evaluated (${error instanceof Error ? error.message : 'unknown error'})` };
  }
}
