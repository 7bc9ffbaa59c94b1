/** evaluate (fast path, no validation) and evaluateInput (parse + evaluate). Implementation follows. */
import type { EvaluateInputResult, Evaluation, Scenario } from './model.ts';
import { parseScenario } from './schema.ts';

export function evaluate(scenario: Scenario): Evaluation {
  return { results: [], warnings: [], trace: [], fixes: [], scenario };
}

export function evaluateInput(input: unknown): EvaluateInputResult {
  const parsed = parseScenario(input);
  return parsed.ok ? { ok: true, evaluation: evaluate(parsed.scenario) } : parsed;
}
