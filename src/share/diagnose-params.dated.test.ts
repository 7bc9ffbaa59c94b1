/**
 * The diagnosis link's date, over generated links (fast-check). Each link is made the way a reader
 * makes one: a symptom, your domain, their address, then answers picked among the choices each
 * question offers (or "I don't know"), in the order asked. Then:
 * - a link without `asof` gives exactly the answers of general availability: the same step as the
 *   diagnosis had before dates existed (no date, no dated change; uncertain only where the matrix
 *   is, as evaluate says), and the same as the link with `asof=2011-06-28`;
 * - at any date the questions and the outcome (decided, works, blocker, possibilities) are those
 *   of general availability: a date only adds what history.ts dates (uncertainty, fix steps);
 * - before the first dated change that changes anything, the outcome is GA's but for its date;
 * - with the partner's kind known, the dated outcome says what `evaluate` says at that date
 *   (the same uncertainty, the same dated changes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseInput } from '../rules/diagnose-input.ts';
import { UNKNOWN, type Outcome } from '../rules/diagnose.ts';
import { evaluate } from '../rules/evaluate.ts';
import { GA_DATE, HISTORY } from '../rules/history.ts';
import { MODALITIES, type Modality } from '../rules/model.ts';
import { platformsFor } from '../rules/settings.ts';
import { asOfArb, domainArb } from '../../test/unit/arbitraries.ts';
import { decodeDiagnoseParams, diagnoseLink, emptyLink, encodeDiagnoseParams, type DiagnoseLink } from './diagnose-params.ts';

const themArb = fc.oneof(
  fc.constantFrom('tommy@hotmail.com', 'joe@live.com', 'joe@live-contoso.com', 'tommy@msn.com'),
  fc.tuple(fc.constantFrom('tommy', 'joe.smith', 'a'), domainArb).map(([u, d]) => `${u}@${d}`),
);

/** A link as a reader builds it: each pick chooses among the current question's choices and "I don't know". */
const linkArb: fc.Arbitrary<DiagnoseLink> = fc
  .record({
    symptom: fc.constantFrom<Modality>(...MODALITIES),
    you: fc.constantFrom('contoso.com', 'adatum.com'),
    them: themArb,
    theirs: fc.constantFrom('yes', 'no', 'unknown' as const),
    picks: fc.array(fc.nat(), { maxLength: 14 }),
  })
  .map(({ symptom, you, them, theirs, picks }) => {
    const link: DiagnoseLink = { ...emptyLink(), symptom, you, them, theirs };
    for (const pick of picks) {
      const r = diagnoseLink(link).result;
      if (r === null || !r.ok || r.step.kind !== 'next' || r.step.typed) break;
      const keys = [...r.step.choices.map((c) => c.key), UNKNOWN];
      link.answers = [...link.answers, [r.step.setting, keys[pick % keys.length] as string]];
    }
    return link;
  });

const datedArb = asOfArb.map((d) => d ?? GA_DATE);

/** What a date may not change: everything but `asOf`, `uncertainty`, `history` and the steps added to fixes. */
function undatedPart(o: Outcome) {
  const { asOf: _a, uncertainty: _u, history: _h, fixes, ...rest } = o;
  return { ...rest, fixes: fixes.map(({ steps: _s, ...f }) => f) };
}

/** The first date at which a dated change changes a verdict or a fix. */
const FIRST_EFFECT = HISTORY.filter((h) => h.change.kind !== 'none')
  .map((h) => h.date)
  .sort()[0] as string;

describe('the diagnosis link and its date, over generated links', () => {
  it('a link without asof gives exactly the answers of general availability', () => {
    fc.assert(
      fc.property(linkArb, (link) => {
        const query = encodeDiagnoseParams(link);
        expect(new URLSearchParams(query).has('asof')).toBe(false);
        const opened = decodeDiagnoseParams(query);
        expect(opened.problems).toEqual([]);
        expect(opened.link).toEqual(link);
        const d = diagnoseLink(opened.link);
        // The same as a link that says general availability in so many words.
        expect(diagnoseLink(decodeDiagnoseParams(`${query}&asof=${GA_DATE}`).link)).toEqual(d);
        if (d.result === null || !d.result.ok || d.result.state === null) return;
        // The same step as the diagnosis before dates existed: its state, given again without a date.
        const { state } = d.result;
        expect(state.asOf).toBeUndefined();
        const answers: Record<string, unknown> = { 'tenant.domain': link.you, contact: link.them };
        for (const [path, value] of state.answers) answers[path] = value;
        const scope = Object.fromEntries(Object.entries(state.scope));
        const again = diagnoseInput({ modality: state.modality, answers, scope });
        expect(again.ok && again.step).toEqual(d.result.step);
        if (d.result.step.kind === 'outcome') {
          expect(d.result.step.asOf).toBeUndefined();
          expect(d.result.step.history).toBeUndefined();
          // Uncertain only where evaluate is at GA (the matrix's cells: OCS 2007's and Messenger's audio and video).
          const answered = state.answers.get('partner.platform');
          const settled = (typeof answered === 'string' && answered !== UNKNOWN) || platformsFor(state.known.partnerDomain).length === 1;
          if (settled) expect(d.result.step.uncertainty).toBe(evaluate({ ...d.result.step.scenario, modalities: [d.result.step.modality] }).results[0]?.uncertainty);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('a date changes no question and no verdict, only what history.ts dates; and agrees with evaluate at that date', () => {
    fc.assert(
      fc.property(linkArb, datedArb, (link, asOf) => {
        const ga = diagnoseLink(link);
        const dated = diagnoseLink(decodeDiagnoseParams(encodeDiagnoseParams({ ...link, asOf })).link);
        expect(dated.answered).toEqual(ga.answered);
        expect(dated.problems).toEqual(ga.problems);
        const a = ga.result;
        const b = dated.result;
        if (a === null || b === null || !a.ok || !b.ok) {
          expect(b).toEqual(a);
          return;
        }
        expect(b.step.kind).toBe(a.step.kind);
        if (a.step.kind !== 'outcome' || b.step.kind !== 'outcome') {
          expect(b.step).toEqual(a.step);
          return;
        }
        // General availability is the undated answer (the link writes no date for it).
        expect(b.step.asOf).toBe(asOf === GA_DATE ? undefined : asOf);
        expect(undatedPart(b.step)).toEqual(undatedPart(a.step));
        // A dated fix step comes after GA's steps, never instead of one.
        b.step.fixes.forEach((f, i) => expect(f.steps.slice(0, a.step.kind === 'outcome' ? a.step.fixes[i]?.steps.length : 0)).toEqual(a.step.kind === 'outcome' ? a.step.fixes[i]?.steps : []));
        for (const h of b.step.history ?? []) expect(h.date <= asOf).toBe(true);
        if (asOf < FIRST_EFFECT) expect(b.step).toEqual(asOf === GA_DATE ? a.step : { ...a.step, asOf });
        // With the partner's kind settled, the date does to the outcome what it does to evaluate's answer.
        const state = b.state;
        if (state === null) return;
        const answered = state.answers.get('partner.platform');
        const settled = (typeof answered === 'string' && answered !== UNKNOWN) || platformsFor(state.known.partnerDomain).length === 1;
        if (!settled) return;
        const scenario = { ...b.step.scenario, modalities: [b.step.modality] };
        // The same uncertainty as evaluate at that date: the matrix's own, then the dated reasons (history.ts applyHistory).
        expect(b.step.uncertainty).toBe(evaluate({ ...scenario, asOf }).results[0]?.uncertainty);
        const e = evaluate({ ...scenario, asOf });
        expect((b.step.history ?? []).filter((h) => h.change === 'verdict').map((h) => h.id)).toEqual((e.history ?? []).filter((h) => h.change === 'verdict').map((h) => h.id));
      }),
      { numRuns: 250 },
    );
  });
});
