/**
 * Lighthouse (its default mobile preset: Moto G Power emulation, simulated slow 4G and 4× CPU
 * throttling) on each page, one after another in one system Chromium. Everything is served from
 * loopback; no audit needs the network.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
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
  /** Set when the run failed or Lighthouse reported a runtime error. */
  error?: string;
}

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
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, envVars: BROWSER_ENV, logLevel: 'silent' });
  return {
    async run(url) {
      const empty: LighthouseFigures = {
        scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
        lcpMs: null,
        tbtMs: null,
        cls: null,
        failing: [],
      };
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          disableFullPageScreenshot: true,
        });
        if (!result) return { ...empty, error: 'no result' };
        const lhr = result.lhr;
        const scores = { ...empty.scores };
        const failing: string[] = [];
        for (const id of CATEGORIES) {
          const category = lhr.categories[id];
          scores[id] = category?.score == null ? null : Math.round(category.score * 100);
          for (const ref of category?.auditRefs ?? []) {
            const score = lhr.audits[ref.id]?.score;
            if (ref.weight > 0 && typeof score === 'number' && score < 1) failing.push(ref.id);
          }
        }
        const figures: LighthouseFigures = {
          scores,
          lcpMs: numeric(lhr, 'largest-contentful-paint'),
          tbtMs: numeric(lhr, 'total-blocking-time'),
          cls: numeric(lhr, 'cumulative-layout-shift'),
          failing: [...new Set(failing)],
        };
        if (lhr.runtimeError) figures.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
        return figures;
      } catch (error) {
        return { ...empty, error: String(error) };
      }
    },
    close: async () => {
      chrome.kill();
    },
  };
}
