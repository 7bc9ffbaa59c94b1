/**
 * Properties of the rules over random valid scenarios (fast-check, 10,000 runs each):
 * totality and determinism, no file transfer across federation, symmetry of consent,
 * monotonicity of restrictions, and the safety of every generated command.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario, RULES } from '../../src/rules/index.ts';
import type { Evaluation, Modality, Scenario } from '../../src/rules/index.ts';
import { AS_OF_DATES, SIPFED, scenarioArb } from './arbitraries.ts';

const RUNS = { numRuns: 10_000 };
const KNOWN = new Set<string>(RULES.map((r) => r.code));
const clone = (s: Scenario): Scenario => structuredClone(s);
const works = (e: Evaluation, m: Modality) => e.results.find((r) => r.modality === m)?.works;

describe('evaluate, over 10,000 random scenarios each', () => {
  it('is total and deterministic', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = evaluate(s);
        expect(evaluate(clone(s))).toEqual(a);
        expect(a.results.map((r) => r.modality)).toEqual(s.modalities);
        for (const r of a.results) {
          expect(r.works).toBe(r.reasons.length === 0);
          expect(new Set(r.reasons).size).toBe(r.reasons.length);
          for (const code of r.reasons) expect(KNOWN.has(code)).toBe(true);
        }
        for (const w of a.warnings) expect(KNOWN.has(w)).toBe(true);
        expect(a.trace).toHaveLength(RULES.length);
      }),
      RUNS,
    );
  });

  it('never lets file transfer work across federation', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ft = evaluate({ ...s, modalities: ['file-transfer'] }).results[0];
        expect(ft?.works).toBe(false);
        expect(ft?.reasons).toContain('file-transfer-not-federated');
      }),
      RUNS,
    );
  });

  it('blocks when either side withholds consent (symmetry)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, tenantSide) => {
        const t = clone(s);
        const p = t.partner;
        if (tenantSide) {
          // You: federation off, or the partner's domain on your block list.
          if (p.platform === 'windows-live-messenger') t.tenant.publicIm = 'disabled';
          else t.tenant.federation = { mode: 'allow-all-except-blocked', domains: [p.domain] };
        } else if (p.platform === 'lync-online') {
          p.federation = { mode: 'allow-all-except-blocked', domains: [t.tenant.domain] };
        } else if (p.platform === 'windows-live-messenger') {
          t.tenant.federation.mode = 'disabled';
        } else {
          p.blockedDomains = [t.tenant.domain];
        }
        for (const r of evaluate(t).results) expect(r.works).toBe(false);
      }),
      RUNS,
    );
  });

  /** One restriction: a switch turned off, a list tightened, an entry removed. */
  const restrict = (s: Scenario, pick: number, domain: string): Scenario => {
    const t = clone(s);
    const p = t.partner;
    const options: (() => void)[] = [
      () => (t.tenant.dnsVerified = false),
      () => (t.tenant.userExternalAccess = false),
      () => (t.tenant.federation.mode = 'disabled'),
      () => (t.tenant.publicIm = t.tenant.publicIm === 'enabled' ? 'pending' : 'disabled'),
      () => {
        if (t.tenant.federation.mode === 'allow-all-except-blocked') t.tenant.federation.domains.push(domain);
        else t.tenant.federation.domains = t.tenant.federation.domains.filter((d) => d !== domain);
      },
    ];
    if (p.platform === 'lync-online') {
      options.push(
        () => (p.dnsVerified = false),
        () => (p.userExternalAccess = false),
        () => (p.federation.mode = 'disabled'),
        () => {
          if (p.federation.mode === 'allow-all-except-blocked') p.federation.domains.push(domain);
          else p.federation.domains = p.federation.domains.filter((d) => d !== domain);
        },
      );
    } else if (p.platform === 'windows-live-messenger') {
      options.push(() => (p.acceptsContactRequest = false));
    } else {
      options.push(
        () => (p.federationEnabled = false),
        () => (p.partnerDiscovery = false),
        () => (p.userExternalAccess = false),
        () => p.blockedDomains.push(domain),
        () => (p.allowedDomains = p.allowedDomains.filter((a) => a.domain !== domain)),
        () => p.hostingProviders.pop(),
        () => p.hostingProviders.forEach((h) => (h.enabled = false)),
      );
    }
    options[pick % options.length]?.();
    return t;
  };

  it('never turns a blocked modality into a working one by adding a restriction (monotonicity)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.boolean(), (s, pick, useTenant) => {
        // The domain a list restriction is about: yours (on their lists) or theirs (on yours).
        const target = useTenant || s.partner.platform === 'windows-live-messenger' ? s.tenant.domain : s.partner.domain;
        const before = evaluate(s);
        const after = evaluate(restrict(s, pick, target));
        for (const m of s.modalities) if (!works(before, m)) expect(works(after, m)).toBe(false);
      }),
      RUNS,
    );
  });

  /** The text of a PowerShell line outside single-quoted literals, and the literals' contents. */
  function splitLiterals(code: string): { outside: string; literals: string[] } {
    let outside = '';
    const literals: string[] = [];
    let i = 0;
    while (i < code.length) {
      if (code[i] !== "'") {
        outside += code[i];
        i++;
        continue;
      }
      let value = '';
      i++;
      for (;;) {
        if (i >= code.length) throw new Error(`unterminated literal in ${code}`);
        if (code[i] === "'" && code[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (code[i] === "'") {
          i++;
          break;
        } else value += code[i++];
      }
      literals.push(value);
    }
    return { outside, literals };
  }

  it('puts the scenario\'s domains into commands only as validated single-quoted literals', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const e = evaluate(s);
        const p = s.partner;
        const domains = new Set([s.tenant.domain, ...s.tenant.federation.domains]);
        const identities = new Set<string>();
        if (p.platform !== 'windows-live-messenger') domains.add(p.domain);
        if (p.platform !== 'lync-online' && p.platform !== 'windows-live-messenger') {
          for (const a of p.allowedDomains) domains.add(a.domain);
          for (const d of p.blockedDomains) domains.add(d);
          for (const h of p.hostingProviders) identities.add(h.identity);
        }
        for (const fix of e.fixes) {
          for (const cmd of fix.commands) {
            if (cmd.language !== 'powershell') continue;
            const { outside, literals } = splitLiterals(cmd.code);
            for (const d of domains) expect(outside.toLowerCase().includes(d)).toBe(false);
            for (const lit of literals) {
              const ok =
                lit === SIPFED ||
                lit === 'LyncOnline' || // the seed's name for a new hosting provider
                identities.has(lit) ||
                domains.has(lit) ||
                (lit.startsWith('_sipfederationtls._tcp.') && domains.has(lit.slice('_sipfederationtls._tcp.'.length)));
              expect(ok, `unexpected literal '${lit}' in ${cmd.code}`).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });
});

describe('evaluate at several dates (asOf), over 2,000 random scenarios each', () => {
  // 2,000 runs: the properties above already run over every date (scenarioArb draws asOf too).
  const RUNS = { numRuns: 2_000 };
  const without = (s: Scenario): Scenario => {
    const { asOf: _drop, ...rest } = s;
    return rest;
  };

  it('gives general availability\'s answer, exactly, with no date or with 2011-06-28', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const none = evaluate(without(s));
        const ga = evaluate({ ...without(s), asOf: '2011-06-28' });
        expect(none.asOf).toBe('2011-06-28');
        expect(none.history).toBeUndefined();
        expect({ ...ga, scenario: none.scenario }).toEqual(none);
      }),
      RUNS,
    );
  });

  it('never changes whether a modality works, its blockers, warnings or trace: a date changes certainty and fix steps only', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ga = evaluate(without(s));
        const dated = evaluate(s);
        expect(dated.results.map((r) => [r.modality, r.works, r.verdict, r.reasons])).toEqual(ga.results.map((r) => [r.modality, r.works, r.verdict, r.reasons]));
        expect(dated.warnings).toEqual(ga.warnings);
        expect(dated.trace).toEqual(ga.trace);
        expect(dated.fixes.map((f) => f.rule)).toEqual(ga.fixes.map((f) => f.rule));
        for (const [i, f] of dated.fixes.entries()) expect(f.steps.slice(0, ga.fixes[i]?.steps.length)).toEqual(ga.fixes[i]?.steps);
        // Everything a date adds is stated with its dated change and source.
        for (const r of dated.results) if (r.certainty === 'uncertain' && ga.results.find((g) => g.modality === r.modality)?.certainty !== 'uncertain') expect(dated.history?.some((h) => h.change === 'verdict')).toBe(true);
        for (const h of dated.history ?? []) {
          expect(h.date <= (s.asOf ?? '2011-06-28')).toBe(true);
          expect(h.sources.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('only adds doubt as the date moves on: what is uncertain at one date stays uncertain later', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...AS_OF_DATES), fc.constantFrom(...AS_OF_DATES), (s, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const e = evaluate({ ...s, asOf: early });
        const l = evaluate({ ...s, asOf: late });
        for (const [i, r] of e.results.entries()) if (r.certainty === 'uncertain') expect(l.results[i]?.certainty).toBe('uncertain');
        for (const h of e.history ?? []) expect(l.history?.map((x) => x.id)).toContain(h.id);
      }),
      RUNS,
    );
  });
});

describe('parseScenario, over random input', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = parseScenario(x);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2_000 },
    );
  });
});
