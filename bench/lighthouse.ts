/**
 * Lighthouse (its default mobile preset: Moto G Power emulation, simulated slow 4G and 4× CPU
 * throttling) on each page, one after another in one system Chromium. Everything is served from
 * loopback; no audit needs the network.
 *
 * Each page is run RUNS times (BENCH_LIGHTHOUSE_RUNS, default 3) and the figures are those of
 * Lighthouse's own median run (the run nearest the median FCP and TTI, as its variability guide
 * advises). Why: on these shared two-core machines one run of a widget page now and then reads a
 * blocking time of 200 ms that its reruns do not (measured: the same build scored 96 then 100 × 4),
 * so one run per page reported a different "failing" page each time. Every run's performance
 * score is kept (`performanceRuns`), so a dip is still seen.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// Lighthouse's median-run helper (core/lib/median-run.js; the package has no exports map).
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { BROWSER_ENV, CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
  /** Category scores, 0–100; null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Audits in the four categories that scored below 1 (their ids), to explain a score. */
  failing: string[];
  /** The performance score of every run, in order (the figures above are the median run's). */
  performanceRuns: Array<number | null>;
  /** Set when the run failed or Lighthouse reported a runtime error. */
  error?: string;
}

export const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3);

export interface LighthouseRunner {
  run: (url: string) => Promise<LighthouseFigures>;
  close: () => Promise<void>;
}

function numeric(lhr: { audits: Record<string, { numericValue?: number | undefined }> }, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

/** Launches one Chromium for all runs; call run() sequentially (Lighthouse needs the CPU to itself). */
export async function startLighthouse(): Promise<LighthouseRunner> {
  const launch = () => chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, envVars: BROWSER_ENV, logLevel: 'silent' });
  let chrome = await launch();
  const runner: LighthouseRunner = {
    async run(url) {
      const figures = await runPage(url);
      // A browser that died (seen once on a loaded machine: "Connection closed" on one page, then
      // every later page failed to reach it) is started again and the page run once more, so one
      // crash costs one page's figures at most, never the rest of the list.
      if (figures.error && /Connection closed|Failed to fetch browser webSocket|ECONNREFUSED/.test(figures.error)) {
        chrome.kill();
        chrome = await launch();
        console.log(`  Lighthouse: the browser was lost on ${url} (${figures.error}); started again, the page run again`);
        return runPage(url);
      }
      return figures;
    },
    close: async () => {
      chrome.kill();
    },
  };
  return runner;

  async function runPage(url: string): Promise<LighthouseFigures> {
    const empty: LighthouseFigures = {
      scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
      lcpMs: null,
      tbtMs: null,
      cls: null,
      failing: [],
      performanceRuns: [],
    };
    const lhrs: LHResult[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          disableFullPageScreenshot: true,
        });
        if (!result) return { ...empty, error: 'no result' };
        if (result.lhr.runtimeError) return { ...figuresOf(result.lhr, lhrs), error: `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}` };
        lhrs.push(result.lhr);
      }
      const valid = filterToValidRuns(lhrs);
      if (valid.length === 0) return { ...figuresOf(lhrs[0]!, lhrs), error: 'no run had an FCP and a TTI' };
      return figuresOf(computeMedianRun(valid), lhrs);
    } catch (error) {
      return { ...empty, performanceRuns: lhrs.map(performanceOf), error: String(error) };
    }
  }
}

type LHResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const performanceOf = (lhr: LHResult): number | null => {
  const score = lhr.categories.performance?.score;
  return score == null ? null : Math.round(score * 100);
};

/** The figures of one run (the median one), with every run's performance score. */
function figuresOf(lhr: LHResult, all: LHResult[]): LighthouseFigures {
  const scores = {} as Record<Category, number | null>;
  const failing: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const score = lhr.audits[ref.id]?.score;
      if (ref.weight > 0 && typeof score === 'number' && score < 1) failing.push(ref.id);
    }
  }
  return {
    scores,
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    failing: [...new Set(failing)],
    performanceRuns: all.map(performanceOf),
  };
}
