/**
 * The budgets of issue 8, in one place: the benchmark prints each figure against them and
 * test/e2e/budgets.test.ts checks the ones that can be read from the built files.
 */

/** 1 kB = 1,000 bytes. */
export const KB = 1000;

export const BUDGETS = {
  htmlGzip: 7 * KB,
  cssGzip: 17 * KB,
  jsBeforeInteractionGzip: 12 * KB,
  jsBeforeInteractionWithWidgetsGzip: 25 * KB,
  lighthouseScore: 100,
  cls: 0,
} as const;
