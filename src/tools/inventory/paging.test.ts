import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageOf, rowsWords } from './paging.ts';

describe('pageOf', () => {
  it('windows 200 rows into four pages of 50', () => {
    const p = pageOf(200, 0, 50);
    expect(p.pages).toEqual([
      { start: 0, end: 50 },
      { start: 50, end: 100 },
      { start: 100, end: 150 },
      { start: 150, end: 200 },
    ]);
    expect(rowsWords(p)).toBe('rows 1–50 of 200');
    expect(rowsWords(pageOf(200, 150, 50))).toBe('rows 151–200 of 200');
  });

  it('clamps a start past the end to the last page, and a bad start to the first', () => {
    expect(pageOf(5, 150, 50)).toMatchObject({ start: 0, end: 5, current: 0 });
    expect(pageOf(120, 400, 50)).toMatchObject({ start: 100, end: 120, current: 2 });
    expect(pageOf(120, -3, 50).start).toBe(0);
    expect(pageOf(120, Number.NaN, 50).start).toBe(0);
    expect(pageOf(0, 0, 50)).toMatchObject({ start: 0, end: 0, pages: [] });
    expect(rowsWords(pageOf(0, 0))).toBe('no rows');
  });

  it('the pages cover every row once, in order, and the one shown is one of them', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: -10, max: 2000 }), fc.integer({ min: 1, max: 100 }), (total, start, size) => {
        const p = pageOf(total, start, size);
        let next = 0;
        for (const w of p.pages) {
          expect(w.start).toBe(next);
          expect(w.end - w.start).toBeGreaterThan(0);
          expect(w.end - w.start).toBeLessThanOrEqual(size);
          next = w.end;
        }
        expect(next).toBe(total);
        if (total > 0) expect(p.pages[p.current]).toEqual({ start: p.start, end: p.end });
      }),
    );
  });
});
