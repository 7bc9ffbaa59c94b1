import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF_MESSAGE } from '../rules/schema.ts';
import { GA_DATE, LAST_DATE } from '../rules/history.ts';
import { typedDate } from './as-of.ts';

describe('a date typed into a widget', () => {
  it('any day from GA to the end of 2013 is taken as typed (spaces aside)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(`${GA_DATE}T00:00:00Z`), max: new Date(`${LAST_DATE}T00:00:00Z`), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(typedDate(` ${iso} `)).toEqual({ asOf: iso, problem: null });
      }),
    );
  });
  it('empty means general availability, without a complaint', () => {
    expect(typedDate('')).toEqual({ asOf: GA_DATE, problem: null });
    expect(typedDate('   ')).toEqual({ asOf: GA_DATE, problem: null });
  });
  it.each(['2011-06-27', '2014-01-01', '2013-02-29', '2012-3-1', '1 March 2012', '20120301'])('"%s" gets the playground\'s message and general availability', (bad) => {
    expect(typedDate(bad)).toEqual({ asOf: GA_DATE, problem: AS_OF_MESSAGE });
  });
});
