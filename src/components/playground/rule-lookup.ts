import type { Evaluation, ReasonCode, Rule, RuleId, WarningCode } from '../../rules/index.ts';
import { RULES } from '../../rules/index.ts';

const BY_ID = new Map<RuleId, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule | undefined {
  return BY_ID.get(id);
}

/**
 * The rule that produced `code` in this evaluation. Several rules can yield one code (the same
 * check on another platform); the trace says which of them fired.
 */
export function ruleForCode(evaluation: Evaluation, code: ReasonCode | WarningCode): Rule | undefined {
  for (const step of evaluation.trace) {
    if (step.status !== 'fail' && step.status !== 'warn') continue;
    const rule = BY_ID.get(step.rule);
    if (rule?.code === code) return rule;
  }
  return RULES.find((rule) => rule.code === code);
}
