import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { reasonCodeRows } from './reason-codes.ts';

describe('reasonCodeRows', () => {
  it('lists every code the rules give once, under its kind, with every condition that gives it', () => {
    const rows = [...reasonCodeRows('blocker'), ...reasonCodeRows('warning')];
    expect(rows.map((r) => r.code).sort()).toEqual([...new Set(RULES.map((r) => r.code))].sort());
    for (const rule of RULES) {
      const row = reasonCodeRows(rule.kind).find((r) => r.code === rule.code);
      expect(row?.when, rule.id).toContain(rule.condition);
    }
  });
  it('keeps the rules order and joins rules that share a code (e.g. a Lync Online and an on-premises partner)', () => {
    const shared = reasonCodeRows('blocker').find((r) => r.code === 'partner-federation-disabled');
    expect(shared?.when.length).toBeGreaterThan(1);
    expect(reasonCodeRows('blocker')[0]?.code).toBe(RULES.find((r) => r.kind === 'blocker')?.code);
  });
});
