/**
 * Puts the measurements together: each figure next to Starlight's (ours / Starlight's) and next to
 * the budget of issue 8 where there is one (met ✓ / not met ✗). Prints tables and writes
 * bench/results.json. It reports; it never fails the run.
 */
import { writeFile } from 'node:fs/promises';
import type { BuildFigures } from './build.ts';
import type { EngineRun } from './engines.ts';
import type { JsFigures } from './measure-js.ts';
import type { ByteFigures } from './measure-bytes.ts';
import { CATEGORIES, type Category, type LighthouseFigures } from './lighthouse.ts';
import type { PageKind } from './serve.ts';

import { BUDGETS, KB } from './budgets.ts';

export { BUDGETS, KB } from './budgets.ts';

export interface PageResult {
  path: string;
  kind: PageKind;
  widgets: string[];
  bytes: Omit<ByteFigures, 'widgets'>;
  js: JsFigures;
  lighthouse: LighthouseFigures;
  build: { renderMs: number | null; ogImageMs: number | null };
}

/** The figures compared with the baseline and, some of them, with a budget. */
const FIGURES = {
  htmlGzip: (p: PageResult) => p.bytes.htmlGzip,
  cssGzip: (p: PageResult) => p.bytes.cssGzip,
  jsBeforeLoadGzip: (p: PageResult) => p.js.beforeLoadGzip,
  jsWarmedGzip: (p: PageResult) => p.js.warmedGzip,
  jsIdleGzip: (p: PageResult) => p.js.idleGzip,
  jsAfterScrollGzip: (p: PageResult) => p.js.afterScrollGzip,
  jsAfterInteractionGzip: (p: PageResult) => p.js.afterInteractionGzip,
  performance: (p: PageResult) => p.lighthouse.scores.performance,
  accessibility: (p: PageResult) => p.lighthouse.scores.accessibility,
  'best-practices': (p: PageResult) => p.lighthouse.scores['best-practices'],
  seo: (p: PageResult) => p.lighthouse.scores.seo,
  lcpMs: (p: PageResult) => p.lighthouse.lcpMs,
  tbtMs: (p: PageResult) => p.lighthouse.tbtMs,
  cls: (p: PageResult) => p.lighthouse.cls,
  renderMs: (p: PageResult) => p.build.renderMs,
} satisfies Record<string, (p: PageResult) => number | null>;
type Figure = keyof typeof FIGURES;

/** ours / baseline; 1 when both are 0, null when only the baseline is 0 or either is missing. */
export function ratio(ours: number | null, base: number | null): number | null {
  if (ours === null || base === null) return null;
  if (base === 0) return ours === 0 ? 1 : null;
  return ours / base;
}

interface BudgetCheck {
  limit: number;
  value: number | null;
  met: boolean | null;
}

function check(value: number | null, limit: number, higherIsBetter = false): BudgetCheck {
  return { limit, value, met: value === null ? null : higherIsBetter ? value >= limit : value <= limit };
}

/** The budgets of issue 8 that apply to a page. */
export function budgetsOf(p: PageResult): Record<string, BudgetCheck> {
  const jsLimit = p.widgets.length > 0 ? BUDGETS.jsBeforeInteractionWithWidgetsGzip : BUDGETS.jsBeforeInteractionGzip;
  const checks: Record<string, BudgetCheck> = {
    htmlGzip: check(p.bytes.htmlGzip, BUDGETS.htmlGzip),
    cssGzip: check(p.bytes.cssGzip, BUDGETS.cssGzip),
    // JavaScript before interaction: what the page fetches before its load event (issue 16). Widgets
    // warm their code after it, at idle, near the viewport: reported (warmed, +scroll), not budgeted.
    jsBeforeLoadGzip: check(p.js.beforeLoadGzip, jsLimit),
  };
  for (const c of CATEGORIES) checks[c] = check(p.lighthouse.scores[c], BUDGETS.lighthouseScore, true);
  checks['cls'] = check(p.lighthouse.cls === null ? null : Number(p.lighthouse.cls.toFixed(3)), BUDGETS.cls);
  return checks;
}

function ratiosOf(p: PageResult, base: PageResult): Record<Figure, number | null> {
  const out = {} as Record<Figure, number | null>;
  for (const [k, get] of Object.entries(FIGURES) as Array<[Figure, (p: PageResult) => number | null]>) {
    const r = ratio(get(p), get(base));
    out[k] = r === null ? null : Number(r.toFixed(3));
  }
  return out;
}

const sum = (values: Array<number | null>) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
const present = (values: Array<number | null>) => values.filter((v): v is number => v !== null);
const mean = (values: Array<number | null>) => {
  const v = present(values);
  return v.length ? sum(v) / v.length : null;
};

export interface SiteBuild {
  ours: Omit<BuildFigures, 'log' | 'routes'>;
  baseline: Omit<BuildFigures, 'log' | 'routes'>;
  wallMsPerPageRatio: number | null;
}

export interface Report {
  generatedAt: string;
  durationSeconds: number;
  environment: Record<string, string | number>;
  method: Record<string, string | number>;
  budgets: typeof BUDGETS;
  build: SiteBuild;
  baseline: PageResult;
  pages: Array<PageResult & { ratios: Record<Figure, number | null>; budgets: Record<string, BudgetCheck> }>;
  totals: {
    pages: number;
    sum: Record<'htmlGzip' | 'cssGzip' | 'jsBeforeLoadGzip' | 'jsWarmedGzip' | 'jsIdleGzip' | 'jsAfterScrollGzip' | 'jsAfterInteractionGzip' | 'renderMs', number>;
    mean: Record<Figure, number | null>;
    /** Mean over the pages / the baseline page's figure. */
    meanRatios: Record<Figure, number | null>;
    budgetsMet: Record<string, { met: number; notMet: string[] }>;
  };
  engines: { rules: Record<string, unknown> | null; trace: Record<string, unknown> | null; parsers: Record<string, unknown> | null; errors: string[] };
}

export function makeReport(input: {
  startedAt: number;
  environment: Record<string, string | number>;
  method: Record<string, string | number>;
  ours: BuildFigures;
  baselineBuild: BuildFigures;
  baseline: PageResult;
  pages: PageResult[];
  rules: EngineRun;
  trace: EngineRun;
  parsers: EngineRun;
}): Report {
  const { ours, baselineBuild, baseline, pages } = input;
  const strip = ({ log: _log, routes: _routes, ...rest }: BuildFigures) => rest;
  const pageRows = pages.map((p) => ({ ...p, ratios: ratiosOf(p, baseline), budgets: budgetsOf(p) }));
  const meanFigures = {} as Record<Figure, number | null>;
  const meanRatios = {} as Record<Figure, number | null>;
  for (const [k, get] of Object.entries(FIGURES) as Array<[Figure, (p: PageResult) => number | null]>) {
    const m = mean(pages.map(get));
    meanFigures[k] = m === null ? null : Number(m.toFixed(3));
    const r = ratio(m, get(baseline));
    meanRatios[k] = r === null ? null : Number(r.toFixed(3));
  }
  const budgetsMet: Report['totals']['budgetsMet'] = {};
  for (const row of pageRows) {
    for (const [k, c] of Object.entries(row.budgets)) {
      const entry = (budgetsMet[k] ??= { met: 0, notMet: [] });
      if (c.met) entry.met++;
      else entry.notMet.push(row.path);
    }
  }
  // The mean page against the bare Starlight page: one check for the whole site (issue 14).
  const htmlMeanRatio = meanRatios.htmlGzip;
  budgetsMet['htmlGzipMeanOfBaseline'] =
    htmlMeanRatio === null || htmlMeanRatio > BUDGETS.htmlGzipMeanOfBaseline
      ? { met: 0, notMet: [`mean ×${htmlMeanRatio?.toFixed(3) ?? 'n/a'}`] }
      : { met: 1, notMet: [] };
  return {
    generatedAt: new Date().toISOString(),
    durationSeconds: Number(((performance.now() - input.startedAt) / 1000).toFixed(1)),
    environment: input.environment,
    method: input.method,
    budgets: BUDGETS,
    build: { ours: strip(ours), baseline: strip(baselineBuild), wallMsPerPageRatio: ratio(ours.wallMsPerPage, baselineBuild.wallMsPerPage) },
    baseline,
    pages: pageRows,
    totals: {
      pages: pages.length,
      sum: {
        htmlGzip: sum(pages.map(FIGURES.htmlGzip)),
        cssGzip: sum(pages.map(FIGURES.cssGzip)),
        jsBeforeLoadGzip: sum(pages.map(FIGURES.jsBeforeLoadGzip)),
        jsWarmedGzip: sum(pages.map(FIGURES.jsWarmedGzip)),
        jsIdleGzip: sum(pages.map(FIGURES.jsIdleGzip)),
        jsAfterScrollGzip: sum(pages.map(FIGURES.jsAfterScrollGzip)),
        jsAfterInteractionGzip: sum(pages.map(FIGURES.jsAfterInteractionGzip)),
        renderMs: sum(pages.map(FIGURES.renderMs)),
      },
      mean: meanFigures,
      meanRatios,
      budgetsMet,
    },
    engines: {
      rules: input.rules.figures,
      trace: input.trace.figures,
      parsers: input.parsers.figures,
      errors: [input.rules.error, input.trace.error, input.parsers.error].filter((e): e is string => Boolean(e)),
    },
  };
}

export async function writeReport(report: Report & Record<string, unknown>, path: string): Promise<void> {
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Printing

const kb = (bytes: number | null) => (bytes === null ? 'n/a' : (bytes / KB).toFixed(1));
const times = (r: number | null, ours: number | null, base: number | null) => {
  if (ours === null || base === null) return '';
  if (r === null) return '×∞';
  if (ours === base) return '=';
  return `×${r.toFixed(2)}`;
};
const mark = (c: BudgetCheck | undefined) => (c === undefined || c.met === null ? ' ' : c.met ? '✓' : '✗');

/** A plain-text table; the columns in `left` are left-aligned, the others right-aligned. */
function table(headers: string[], rows: string[][], left: number[] = [0]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map((r) => (r.length ? line(r) : ''))].join('\n');
}

type Row = { label: string; page: PageResult | null; get: (f: Figure) => number | null; ratio: (f: Figure) => number | null; budgets?: Record<string, BudgetCheck> };

function cell(row: Row, f: Figure, format: (v: number | null) => string, base: PageResult, budget?: string): string {
  const v = row.get(f);
  const r = row.ratio(f);
  const b = FIGURES[f](base);
  const m = budget && row.budgets ? ` ${mark(row.budgets[budget])}` : budget ? '  ' : '';
  return `${format(v)} ${times(r, v, b)}${m}`.trimEnd();
}

const shortKind = (p: PageResult) => (p.kind === 'page' ? '' : ` (${p.kind})`);

export function printReport(report: Report, engines: { rules: EngineRun; trace: EngineRun; parsers: EngineRun }): void {
  const base = report.baseline;
  const rows: Row[] = report.pages.map((p) => ({
    label: `${p.path}${shortKind(p)}${p.widgets.length ? ` [${p.widgets.length}w]` : ''}`,
    page: p,
    get: (f) => FIGURES[f](p),
    ratio: (f) => p.ratios[f],
    budgets: p.budgets,
  }));
  const baseRow: Row = { label: `Starlight baseline ${base.path}`, page: base, get: (f) => FIGURES[f](base), ratio: () => 1 };
  const meanRow: Row = { label: `mean of ${report.totals.pages} pages`, page: null, get: (f) => report.totals.mean[f], ratio: (f) => report.totals.meanRatios[f] };

  console.log('\n== Bytes (gzip level 9, kB = 1,000 bytes) and build; ×: ours / Starlight baseline; ✓/✗: budget of issue 8 ==');
  console.log('   JS: script requests in Chromium (412×823), before the load event, warmed after it at idle, then cumulative "+scroll" and "+interact"; search (Pagefind) excluded.');
  const byteRow = (r: Row) => [
    r.label,
    cell(r, 'htmlGzip', kb, base, r.budgets ? 'htmlGzip' : undefined),
    cell(r, 'cssGzip', kb, base, r.budgets ? 'cssGzip' : undefined),
    cell(r, 'jsBeforeLoadGzip', kb, base, r.budgets ? 'jsBeforeLoadGzip' : undefined),
    cell(r, 'jsWarmedGzip', kb, base),
    cell(r, 'jsAfterScrollGzip', kb, base),
    cell(r, 'jsAfterInteractionGzip', kb, base),
    cell(r, 'renderMs', (v) => (v === null ? 'n/a' : v.toFixed(0)), base),
  ];
  const sums = report.totals.sum;
  const n = report.totals.pages;
  const totalRow = [
    `total of ${n} pages`,
    `${kb(sums.htmlGzip)}`,
    `${kb(sums.cssGzip)}`,
    `${kb(sums.jsBeforeLoadGzip)}`,
    `${kb(sums.jsWarmedGzip)}`,
    `${kb(sums.jsAfterScrollGzip)}`,
    `${kb(sums.jsAfterInteractionGzip)}`,
    `${sums.renderMs.toFixed(0)}`,
  ];
  console.log(
    table(
      ['page ([Nw]: N widgets)', 'HTML kB', 'CSS kB', 'JS load kB', 'JS warmed kB', 'JS +scroll kB', 'JS +interact kB', 'render ms'],
      [...rows.map(byteRow), [], totalRow, byteRow(meanRow), byteRow(baseRow)],
    ),
  );
  console.log(
    `budgets: HTML ≤ ${kb(BUDGETS.htmlGzip)} kB per page, mean ≤ ${BUDGETS.htmlGzipMeanOfBaseline} × Starlight's; CSS ≤ ${kb(BUDGETS.cssGzip)} kB; JS before interaction (fetched before the load event) ≤ ${kb(BUDGETS.jsBeforeInteractionGzip)} kB without widgets, ≤ ${kb(BUDGETS.jsBeforeInteractionWithWidgetsGzip)} kB with widgets.
   JS warmed: fetched after the load event, at idle, by widgets near the viewport (no budget: it does not compete with the first render); +scroll and +interact are cumulative from load + warmed.`,
  );

  const widgetLines = report.pages.flatMap((p) =>
    p.js.widgets
      .filter((w) => w.scrollGzip > 0 || w.interactionGzip > 0 || !w.interaction.startsWith('typed') && !w.interaction.startsWith('clicked'))
      .map((w) => `  ${p.path} ${w.widget}: scroll +${kb(w.scrollGzip)} kB, interaction +${kb(w.interactionGzip)} kB (${w.interaction})`),
  );
  const others = report.pages.filter((p) => p.js.otherIslandsScrollGzip > 0).map((p) => `  ${p.path} other islands on scroll: +${kb(p.js.otherIslandsScrollGzip)} kB`);
  if (widgetLines.length || others.length) console.log(`\nJS by widget (scroll into view, then first interaction):\n${[...widgetLines, ...others].join('\n')}`);
  const search = [...report.pages, base].filter((p) => p.js.searchGzip > 0).map((p) => `${p === base ? 'Starlight baseline' : p.path} ${kb(p.js.searchGzip)} kB (${[...new Set(p.js.searchRequests.map((r) => r.phase))].join(', ')})`);
  console.log(`search (Pagefind) JS fetched without opening search, excluded above: ${search.length ? search.join('; ') : 'none'}`);
  const late = report.pages.filter((p) => p.js.lateCss.length > 0).map((p) => `  ${p.path}: ${p.js.lateCss.map((c) => `${c.url} ${kb(c.gzip)} kB`).join(', ')}`);
  if (late.length) console.log(`CSS fetched but not linked by the HTML (not in the CSS column):\n${late.join('\n')}`);
  const problems = report.pages.filter((p) => p.js.problems.length > 0).map((p) => `  ${p.path}: ${p.js.problems.slice(0, 3).join(' | ')}`);
  if (problems.length) console.log(`problems seen while measuring JS:\n${problems.join('\n')}`);

  console.log('\n== Lighthouse 13, mobile preset (simulated throttling) ==');
  const lhRow = (r: Row) => [
    r.label,
    ...CATEGORIES.map((c: Category) => cell(r, c, (v) => (v === null ? 'n/a' : v.toFixed(0)), base, r.budgets ? c : undefined)),
    cell(r, 'lcpMs', (v) => (v === null ? 'n/a' : (v / 1000).toFixed(2)), base),
    cell(r, 'tbtMs', (v) => (v === null ? 'n/a' : v.toFixed(0)), base),
    cell(r, 'cls', (v) => (v === null ? 'n/a' : v.toFixed(3)), base, r.budgets ? 'cls' : undefined),
  ];
  console.log(table(['page', 'perf', 'a11y', 'best-pr.', 'seo', 'LCP s', 'TBT ms', 'CLS'], [...rows.map(lhRow), [], lhRow(meanRow), lhRow(baseRow)]));
  console.log('budgets: 100 in all four categories; CLS 0');
  const failing = report.pages.filter((p) => p.lighthouse.failing.length || p.lighthouse.error).map((p) => `  ${p.path}: ${p.lighthouse.error ? `ERROR ${p.lighthouse.error} ` : ''}${p.lighthouse.failing.join(', ')}`);
  if (failing.length) console.log(`audits below 1 (weighted):\n${failing.join('\n')}`);
  const dipped = report.pages.filter((p) => p.lighthouse.performanceRuns.some((score) => score !== 100));
  if (dipped.length) console.log(`performance by run, where a run was below 100 (the table gives the median run):\n${dipped.map((p) => `  ${p.path}: ${p.lighthouse.performanceRuns.map((s) => s ?? 'n/a').join(' / ')}`).join('\n')}`);
  if (base.lighthouse.failing.length) console.log(`  baseline: ${base.lighthouse.failing.join(', ')}`);

  const b = report.build;
  console.log('\n== Build (astro build, wall clock) ==');
  console.log(
    table(
      ['site', 'wall s', 'Astro s', 'HTML pages', 'ms / page'],
      [
        ['ours', b.ours.wallSeconds.toFixed(2), b.ours.astroSeconds?.toFixed(2) ?? 'n/a', String(b.ours.htmlPages), `${b.ours.wallMsPerPage.toFixed(0)} ${b.wallMsPerPageRatio === null ? '' : `×${b.wallMsPerPageRatio.toFixed(2)}`}`],
        ['Starlight baseline', b.baseline.wallSeconds.toFixed(2), b.baseline.astroSeconds?.toFixed(2) ?? 'n/a', String(b.baseline.htmlPages), b.baseline.wallMsPerPage.toFixed(0)],
      ],
    ),
  );
  console.log('  per-page render times ("render ms" above) are parsed from Astro\'s build log; ms / page = wall time / HTML pages, fixed costs included.');

  console.log('\n== Budgets of issue 8 (reported, never enforced) ==');
  const names: Record<string, string> = {
    htmlGzip: `HTML ≤ ${kb(BUDGETS.htmlGzip)} kB gzip`,
    htmlGzipMeanOfBaseline: `mean HTML ≤ ${BUDGETS.htmlGzipMeanOfBaseline} × Starlight's page (${report.totals.meanRatios.htmlGzip === null ? 'n/a' : `×${report.totals.meanRatios.htmlGzip.toFixed(2)}`})`,
    cssGzip: `CSS ≤ ${kb(BUDGETS.cssGzip)} kB gzip`,
    jsBeforeLoadGzip: 'JS before load ≤ 12 kB (25 kB with widgets)',
    performance: 'Lighthouse performance 100',
    accessibility: 'Lighthouse accessibility 100',
    'best-practices': 'Lighthouse best practices 100',
    seo: 'Lighthouse SEO 100',
    cls: 'CLS 0',
  };
  console.log(
    table(
      ['budget', 'met', 'not met on'],
      Object.entries(report.totals.budgetsMet).map(([k, v]) => [names[k] ?? k, `${v.met}/${k === 'htmlGzipMeanOfBaseline' ? 1 : n} ${v.notMet.length ? '✗' : '✓'}`, v.notMet.length > 4 ? `${v.notMet.length} pages (✗ in the tables above)` : v.notMet.join(' ') || '—']),
      [0, 2],
    ),
  );

  console.log('\n== Engines (no Starlight counterpart) ==');
  console.log(`rules engine (bench/rules.ts):\n${engines.rules.output.split('\n').filter((l) => !l.startsWith('{')).map((l) => `  ${l}`).join('\n')}`);
  const t = engines.trace.figures;
  console.log(`trace explainer (bench/trace.ts): ${t ? `${String(t['mbPerSecond'])} MB/s (${String(t['mb'])} MB, ${String(t['messages'])} messages, best of 3: ${String(t['seconds'])} s)` : 'n/a'}`);
  const parsed = (engines.parsers.figures?.['parsers'] ?? []) as Array<Record<string, unknown>>;
  for (const p of parsed) console.log(`${String(p['parser'])} paste reader (bench/parsers.ts): ${String(p['mbPerSecond'])} MB/s (${String(p['mb'])} MB generated paste, best of 3: ${String(p['seconds'])} s)`);
  if (parsed.length === 0) console.log('paste readers (bench/parsers.ts): n/a');
  for (const e of report.engines.errors) console.log(`  engine error: ${e}`);
}
