/**
 * The diagnosis against `evaluate`, over generated scenarios (fast-check):
 * - answering its questions truthfully from a full scenario ends at evaluate's verdict for the
 *   symptom's modality and at the same first blocker;
 * - every question it asks can change the outcome, judged by evaluate over the open settings;
 * - "I don't know" never leads to a wrong verdict: a decided outcome still matches evaluate;
 * - every rule's `reads` is complete: changing a setting it does not read never changes its check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/rules/context.ts';
import { isUnfixable, UNKNOWN } from '../../src/rules/diagnose.ts';
import { evaluate, ON_PREM_PLATFORMS, RULES } from '../../src/rules/index.ts';
import { isOnPrem } from '../../src/rules/model.ts';
import { causalOrder, CAUSAL_ORDER } from '../../src/rules/rules.ts';
import type { Modality, Rule, RuleId, Scenario, SettingPath } from '../../src/rules/index.ts';
import { SETTINGS } from '../../src/rules/settings.ts';
import { diagnoseInput } from '../../src/rules/diagnose-input.ts';
import { ALL_MODALITIES, scenarioArb } from './arbitraries.ts';
import { answerFrom, answerLikeReader, canChangeByEvaluate, expectedOutcome } from './diagnose-oracle.ts';

const modalityArb = fc.constantFrom<Modality>(...ALL_MODALITIES);
const outcomeKey = (step: ReturnType<typeof answerFrom>['last']) => (step.kind !== 'outcome' ? 'question' : step.works ? 'works' : (step.reasons[0] ?? 'none'));

describe('the diagnosis, answered truthfully from generated scenarios', () => {
  it('ends at the verdict and first blocker evaluate gives', () => {
    fc.assert(
      fc.property(scenarioArb, modalityArb, (s, m) => {
        const run = answerFrom(s, m);
        expect(run.last.kind).toBe('outcome');
        if (run.last.kind !== 'outcome') return;
        expect(run.last.decided).toBe(true);
        expect(outcomeKey(run.last)).toBe(expectedOutcome(s, m));
        expect(new Set(run.asked).size).toBe(run.asked.length);
      }),
      { numRuns: 600 },
    );
  });

  it('asks only questions whose answer can still change the outcome (judged by evaluate)', () => {
    fc.assert(
      fc.property(scenarioArb, modalityArb, (s, m) => {
        const run = answerFrom(s, m);
        run.asked.forEach((path, i) => {
          expect({ path, canChange: canChangeByEvaluate(s, m, run.before[i] as Record<string, unknown>, path) }).toEqual({ path, canChange: true });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('with "I don\'t know" answers, a decided outcome is still evaluate\'s, and an open one includes it', () => {
    fc.assert(
      fc.property(scenarioArb, modalityArb, fc.func(fc.boolean()), (s, m, dontKnow) => {
        const run = answerFrom(s, m, (p) => dontKnow(p));
        const last = run.last;
        if (last.kind !== 'outcome') throw new Error('no outcome');
        const expected = expectedOutcome(s, m);
        if (last.decided) expect(outcomeKey(last)).toBe(expected);
        else expect(last.possible.map((p) => p.reason ?? 'works')).toContain(expected);
      }),
      { numRuns: 250 },
    );
  });
});

describe('blockers no setting can lift', () => {
  it('are file transfer and modalities the partner kind lacks, and are said without questions', () => {
    const unfixable = RULES.filter((r) => r.kind === 'blocker' && isUnfixable(r)).map((r) => r.id);
    expect(unfixable.sort()).toEqual(['file-transfer-not-federated', 'modality-not-supported-with-partner']);
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const run = answerFrom(s, 'file-transfer');
        expect(run.asked).toEqual([]);
        const video = answerFrom(s, 'video');
        if (s.partner.platform === 'windows-live-messenger' && (s.partner.address.endsWith('@hotmail.com') || s.partner.address.endsWith('@msn.com'))) {
          expect(video.asked).toEqual([]);
          expect(outcomeKey(video.last)).toBe('modality-not-supported-with-partner');
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Copies `path`'s value from one scenario to another of the same partner kind. */
function copySetting(from: Scenario, to: Scenario, path: SettingPath): void {
  const setting = SETTINGS.find((x) => x.path === path);
  if (setting === undefined || setting.identity || path === 'partner.platform') return;
  setting.set(to, structuredClone(setting.get(from)));
}

describe('every rule declares the settings it reads', () => {
  it('changing a setting a rule does not read never changes what the rule says', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, fc.constantFrom(...SETTINGS.filter((x) => !x.identity && x.path !== 'partner.platform').map((x) => x.path)), (a, b, path) => {
        if (a.partner.platform !== b.partner.platform) return;
        const setting = SETTINGS.find((x) => x.path === path);
        if (!setting?.platforms.includes(a.partner.platform)) return;
        const changed = structuredClone(a);
        copySetting(b, changed, path);
        const before = buildContext(a);
        const after = buildContext(changed);
        for (const rule of RULES) {
          if (rule.reads.includes(path) || !rule.platforms.includes(a.partner.platform)) continue;
          expect({ rule: rule.id, path, says: rule.check(after) }).toEqual({ rule: rule.id, path, says: rule.check(before) });
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('a rule that does not read the partner kind says the same for every on-premises kind', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...ON_PREM_PLATFORMS), (a, kind) => {
        if (!isOnPrem(a.partner.platform)) return;
        const changed = structuredClone(a);
        (changed.partner as { platform: string }).platform = kind;
        for (const rule of RULES) {
          if (rule.reads.includes('partner.platform') || !rule.platforms.includes(a.partner.platform) || !rule.platforms.includes(kind)) continue;
          expect({ rule: rule.id, says: rule.check(buildContext(changed)) }).toEqual({ rule: rule.id, says: rule.check(buildContext(a)) });
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a rule added to the rules shows up in the diagnosis', () => {
  const hotmail: Scenario = {
    tenant: { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'enabled', userExternalAccess: true },
    partner: { platform: 'windows-live-messenger', address: 'tommy@hotmail.com', acceptsContactRequest: true },
    contact: 'tommy@hotmail.com',
    modalities: ['im'],
  };

  it('asks the setting the new rule reads, where it did not before', () => {
    const before = answerFrom(hotmail, 'im');
    expect(before.asked).not.toContain('partner.acceptsContactRequest');
    const added = RULES.find((r) => r.id === 'messenger-contact-request-pending');
    if (added === undefined) throw new Error('missing rule');
    // A new rule: IM, too, needs the Messenger user to accept the request (a made-up rule for the test).
    const { modalities: _presenceOnly, ...rest } = added;
    const made: Rule = { ...rest, id: 'messenger-request-blocks-im' as RuleId, check: (ctx) => ctx.partner.platform === 'windows-live-messenger' && !ctx.partner.acceptsContactRequest };
    const rules: Rule[] = [...RULES, made];
    const after = answerFrom(hotmail, 'im', () => false, rules);
    expect(after.asked).toContain('partner.acceptsContactRequest');
    const blocked = answerFrom({ ...hotmail, partner: { ...hotmail.partner, acceptsContactRequest: false } as Scenario['partner'] }, 'im', () => false, rules);
    expect(blocked.last.kind === 'outcome' && blocked.last.reasons).toEqual(['messenger-contact-request-pending']);
  });

  it('"I don\'t know" keeps both branches open and is not asked again', () => {
    const run = answerFrom({ ...hotmail, tenant: { ...hotmail.tenant, publicIm: 'disabled' } }, 'im', (p) => p === 'tenant.publicIm');
    expect(run.asked.filter((p) => p === 'tenant.publicIm')).toHaveLength(1);
    const last = run.last;
    if (last.kind !== 'outcome') throw new Error('no outcome');
    expect(last.decided).toBe(false);
    expect(last.open).toContain('tenant.publicIm');
    expect(last.possible.map((p) => p.reason ?? 'works')).toEqual(expect.arrayContaining(['tenant-public-im-disabled', 'works']));
    expect(UNKNOWN).toBe('unknown');
  });
});

describe('scoping (who else is affected)', () => {
  const fabrikam: Scenario = {
    tenant: { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'disabled', userExternalAccess: false },
    partner: { platform: 'lync-online', domain: 'fabrikam.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, userExternalAccess: true },
    contact: 'tommy@fabrikam.com',
    modalities: ['im'],
  };
  const ask = (scope: Record<string, boolean>) => {
    const answers: Record<string, unknown> = { 'tenant.domain': 'contoso.com', 'partner.domain': 'fabrikam.com', 'partner.platform': 'lync-online' };
    const asked: string[] = [];
    for (;;) {
      const r = diagnoseInput({ modality: 'im', answers, scope });
      if (!r.ok) throw new Error(r.message);
      if (r.step.kind === 'outcome') return { asked, outcome: r.step };
      if (r.step.kind !== 'next') throw new Error('no question');
      const path = r.step.setting;
      asked.push(path);
      answers[path] = SETTINGS.find((x) => x.path === path)?.get(fabrikam);
    }
  };

  it('a colleague reaching the same person leaves only your user and the address to ask about', () => {
    const { asked, outcome } = ask({ colleaguesReachThem: true });
    expect(asked).toEqual(['tenant.userExternalAccess']);
    expect(outcome.reasons).toEqual(['tenant-user-not-enabled']);
    const unscoped = ask({});
    expect(unscoped.asked.length).toBeGreaterThan(1);
    expect(unscoped.outcome.reasons).toEqual(['tenant-user-not-enabled']);
  });

  it('a scope the answers contradict is set aside, not obeyed', () => {
    const r = diagnoseInput({ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.domain': 'fabrikam.com', 'tenant.dnsVerified': false }, scope: { colleaguesReachThem: true } });
    expect(r.ok && r.step.kind === 'outcome' && r.step.reasons).toEqual(['tenant-dns-not-verified']);
  });
});

describe('causal precedence (issue 29): a blocker whose premise another present blocker defeats is never first', () => {
  /** The blocker rules that fired for modality m, from evaluate's trace. */
  const firedFor = (s: Scenario, m: Modality): Rule[] => {
    const e = evaluate({ ...s, modalities: [m] });
    return e.trace
      .filter((t) => t.status === 'fail' && (t.modalities === undefined || t.modalities.includes(m)))
      .map((t) => RULES.find((r) => r.id === t.rule))
      .filter((r): r is Rule => r !== undefined && r.kind === 'blocker');
  };
  const defeatedBy = (rule: Rule, fired: readonly Rule[]) => fired.filter((f) => f !== rule && f.defeats !== undefined && (rule.presupposes ?? []).includes(f.defeats)).map((f) => f.id);

  it('in evaluate, for every modality', () => {
    fc.assert(
      fc.property(scenarioArb, modalityArb, (s, m) => {
        const fired = firedFor(s, m);
        const first = evaluate({ ...s, modalities: [m] }).results[0]?.reasons[0];
        if (first === undefined) return;
        for (const rule of fired.filter((r) => r.kind === 'blocker' && r.code === first)) expect({ first: rule.id, defeatedBy: defeatedBy(rule, fired) }).toEqual({ first: rule.id, defeatedBy: [] });
      }),
      { numRuns: 3000 },
    );
  });

  it('in the diagnosis, answered truthfully, for every modality', () => {
    fc.assert(
      fc.property(scenarioArb, modalityArb, (s, m) => {
        const last = answerFrom(s, m).last;
        if (last.kind !== 'outcome' || last.rule === undefined) return;
        expect({ first: last.rule.id, defeatedBy: defeatedBy(last.rule, firedFor(s, m)) }).toEqual({ first: last.rule.id, defeatedBy: [] });
      }),
      { numRuns: 400 },
    );
  });

  it('the order is data: every premise a rule presupposes is defeated by some rule, and a cycle is refused', () => {
    const defeated = new Set(RULES.map((r) => r.defeats).filter((p) => p !== undefined));
    for (const rule of RULES) for (const p of rule.presupposes ?? []) expect(defeated, `${rule.id} presupposes ${p}`).toContain(p);
    const [a, b] = RULES.filter((r) => r.kind === 'blocker') as [Rule, Rule];
    const cyclic = [
      { ...a, defeats: 'route-to-lync-online', presupposes: ['partner-edge-federates'] },
      { ...b, defeats: 'partner-edge-federates', presupposes: ['route-to-lync-online'] },
    ] as Rule[];
    expect(() => causalOrder(cyclic)).toThrow(/cycle/);
    expect(CAUSAL_ORDER).toHaveLength(RULES.length);
  });

  it('the issue\'s case: a vanity Messenger address typed plainly ends at the address form, not at acceptance', () => {
    const joe: Scenario = {
      tenant: { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'enabled', userExternalAccess: true },
      partner: { platform: 'windows-live-messenger', address: 'joe@live-contoso.com', acceptsContactRequest: false },
      contact: 'joe@live-contoso.com',
      modalities: ['presence'],
    };
    expect(evaluate(joe).results[0]?.reasons).toEqual(['messenger-vanity-address-format', 'messenger-contact-request-pending']);
    for (const m of ['presence', 'im'] as Modality[]) {
      const run = answerFrom(joe, m);
      expect(run.asked).not.toContain('partner.acceptsContactRequest');
      expect(run.last.kind === 'outcome' && run.last.reasons).toEqual(['messenger-vanity-address-format']);
      const page = answerLikeReader({ name: 'joe', scenario: joe, raw: joe }, m);
      expect(page.last.kind === 'outcome' && page.last.fixes[0]?.title).toBe('Add the contact as joe(live-contoso.com)@msn.com');
    }
  });
});
