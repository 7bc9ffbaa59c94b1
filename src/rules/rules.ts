/**
 * RULES: every federation rule as data, in the order an admin troubleshoots: DNS, your federation,
 * your user, their side, the address, the modality. The trace and the reasons follow this order.
 *
 * Each rule: a stable id, the seed passage (or reference section) it rests on, its condition, the
 * code it yields, a one-sentence explanation, check(ctx) ("does this apply?") and fix(ctx).
 */
import type { Rule, RuleId, Stage } from './model.ts';
import { ADDRESS_RULES } from './rules-address.ts';
import { PARTNER_RULES } from './rules-partner.ts';
import { TENANT_RULES } from './rules-tenant.ts';

export const STAGES: readonly Stage[] = ['dns', 'your-federation', 'your-user', 'their-side', 'address', 'modality'];

const stageIndex = (s: Stage): number => STAGES.indexOf(s);

/** All rules, stable-sorted by stage (the files list them in troubleshooting order within a stage). */
export const RULES: readonly Rule[] = [...TENANT_RULES, ...PARTNER_RULES, ...ADDRESS_RULES]
  .map((rule, i) => ({ rule, i }))
  .sort((a, b) => stageIndex(a.rule.stage) - stageIndex(b.rule.stage) || a.i - b.i)
  .map(({ rule }) => rule);

const BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

/** The rule with this id (undefined for an unknown id). */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id as RuleId);
}
