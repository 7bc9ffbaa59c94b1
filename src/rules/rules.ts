/**
 * RULES: every federation rule as data, in the order an admin troubleshoots: DNS, your federation,
 * your user, their side, the address, the modality. The trace and the reasons follow this order.
 *
 * Each rule: a stable id, the seed passage (or reference section) it rests on, its condition, the
 * code it yields, a one-sentence explanation, check(ctx) ("does this apply?") and fix(ctx).
 */
import type { Premise, Rule, RuleId, Stage } from './model.ts';
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

/**
 * The rules in causal order: the troubleshooting order above, except that a rule never comes before
 * a rule that defeats what it presupposes (model.ts, Premise). A stable topological sort: each step
 * takes the first rule, in the given order, whose premises no rule still waiting can defeat.
 * Throws on a cycle, so a contradictory declaration fails every test at once.
 */
export function causalOrder<R extends Rule>(rules: readonly R[]): R[] {
  const waiting = [...rules];
  const out: R[] = [];
  while (waiting.length > 0) {
    const defeated = new Set<Premise>();
    for (const r of waiting) if (r.defeats !== undefined) defeated.add(r.defeats);
    const i = waiting.findIndex((r) => !(r.presupposes ?? []).some((p) => defeated.has(p) && waiting.some((w) => w !== r && w.defeats === p)));
    if (i < 0) throw new Error(`the rules' premises form a cycle: ${waiting.map((r) => r.id).join(', ')}`);
    out.push(...waiting.splice(i, 1));
  }
  return out;
}

/** Every rule in causal order: evaluate's reasons and fixes, and the diagnosis's walk, follow it. */
export const CAUSAL_ORDER: readonly Rule[] = causalOrder(RULES);

/** The rules whose firing defeats one of `rule`'s premises. */
export function defeatersOf(rule: Rule, rules: readonly Rule[] = RULES): Rule[] {
  const pre = rule.presupposes ?? [];
  return rules.filter((r) => r !== rule && r.defeats !== undefined && pre.includes(r.defeats));
}

const BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

/** The rule with this id (undefined for an unknown id). */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id as RuleId);
}
