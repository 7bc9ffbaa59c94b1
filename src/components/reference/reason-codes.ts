import { RULES, type Rule } from '../../rules/index.ts';

export interface ReasonCodeRow {
  code: Rule['code'];
  /** Each rule's condition giving that code, in the rules' order (several rules may share a code). */
  when: string[];
}

/**
 * The reason or warning codes the rules give, one row a code in the order the rules first give it,
 * with the condition of every rule that gives it: the scenario-format page's tables, read from the
 * rules so that a new rule is listed without an edit to the page.
 */
export function reasonCodeRows(kind: Rule['kind']): ReasonCodeRow[] {
  const rows = new Map<Rule['code'], string[]>();
  for (const rule of RULES) if (rule.kind === kind) rows.set(rule.code, [...(rows.get(rule.code) ?? []), rule.condition]);
  return [...rows].map(([code, when]) => ({ code, when }));
}
