import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../rules/index.ts';
import { ALL_TALLIES, tallyHeadline, tallyId, tallyImagePath, tallyOf, verdictsInWords } from './verdict-tally.ts';

const resultArb = fc.array(fc.record({ works: fc.boolean(), uncertain: fc.boolean() }), { minLength: MODALITIES.length, maxLength: MODALITIES.length }).map((rs) =>
  rs.map((r) => ({ works: r.works, ...(r.uncertain ? { certainty: 'uncertain' as const } : {}) })),
);

describe('tallyOf', () => {
  it('counts what works and notes any uncertain answer, for every combination of results', () => {
    fc.assert(
      fc.property(resultArb, (results) => {
        const tally = tallyOf(results);
        expect(tally.working).toBe(results.filter((r) => r.works).length);
        expect(tally.uncertain).toBe(results.some((r) => 'certainty' in r));
        // Every tally the rules can produce has its image.
        expect(ALL_TALLIES.map(tallyId)).toContain(tallyId(tally));
      }),
    );
  });

  it('names one image per tally, all distinct', () => {
    expect(new Set(ALL_TALLIES.map(tallyId)).size).toBe(ALL_TALLIES.length);
    expect(ALL_TALLIES).toHaveLength((MODALITIES.length + 1) * 2);
    expect(tallyImagePath({ working: 2, total: 5, uncertain: true })).toBe('/og/playground/2-of-5-uncertain.png');
  });

  it('says the count in words, and never more', () => {
    expect(tallyHeadline({ working: 0, total: 5, uncertain: false })).toBe('None of the 5 modalities works in this shared scenario');
    expect(tallyHeadline({ working: 5, total: 5, uncertain: false })).toBe('All 5 modalities work in this shared scenario');
    expect(tallyHeadline({ working: 2, total: 5, uncertain: true })).toBe('2 of 5 modalities work in this shared scenario (some answers uncertain)');
  });

  it('gives every verdict in words', () => {
    expect(verdictsInWords([{ modality: 'im', verdict: 'works' }, { modality: 'audio', verdict: 'blocked', certainty: 'uncertain' }])).toBe('IM: works, Audio: blocked (uncertain)');
  });
});
