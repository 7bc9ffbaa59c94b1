/**
 * npm run bench: the whole benchmark of issue 8, in one run.
 *
 *   1. the engine benchmarks (bench/rules.ts, bench/trace.ts), first, while the machine is quiet;
 *   2. builds the site (into a temporary folder, not dist/) and a bare Starlight baseline;
 *   3. serves both on loopback and measures every page the same way: HTML and CSS bytes, the
 *      JavaScript fetched at idle / on scroll / on first interaction, then Lighthouse, one page at
 *      a time;
 *   4. prints the tables (each figure with its ratio to Starlight's and its budget) and writes
 *      bench/results.json.
 *
 * Timings on a shared machine are noisy: the bench reports, it never fails on a figure.
 * BENCH_PAGES=/a/,/b/ limits the pages measured (handy while working on one page).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBaseline } from './baseline.ts';
import { buildSite, pageTimings, type BuildFigures } from './build.ts';
import { runEngineBench } from './engines.ts';
import { RUNS, startLighthouse } from './lighthouse.ts';
import { GZIP_LEVEL, measureBytes } from './measure-bytes.ts';
import { startJsMeasurer, VIEWPORT } from './measure-js.ts';
import { FIRST_USE_CASES, measureFirstUse, PROFILE, printFirstUse } from './first-use.ts';
import { measureRulesParts, printRulesParts } from './rules-parts.ts';
import { measureOverrides, printOverrides } from './overrides.ts';
import { makeReport, printReport, writeReport, type PageResult } from './report.ts';
import { listPages, serve, type SitePage } from './serve.ts';

const startedAt = performance.now();
const projectRoot = process.cwd();

// `npm run bench -- --only first-use`: the first-use figures alone (no Lighthouse).
// `npm run bench -- --only diagnose`: the diagnosis's question counts (bench/diagnose.ts) alone.
// `npm run bench -- --only inventory-table`: the partner inventory's table on a phone (bench/inventory-table.ts).
// `npm run bench -- --only overrides`: what each Starlight override saves (one build per override).
const only = process.argv.indexOf('--only');
if (only !== -1) {
  const part = process.argv[only + 1];
  if (part === 'first-use') {
    const { runFirstUseOnly } = await import('./first-use-main.ts');
    await runFirstUseOnly(process.argv.slice(2), projectRoot);
  } else if (part === 'diagnose') {
    // The diagnosis's question counts and timings alone (bench/diagnose.ts, no build).
    const diagnose = await runEngineBench(projectRoot, 'bench/diagnose.ts');
    console.log(diagnose.output.split('\n').filter((l) => !l.startsWith('{')).join('\n'));
    if (diagnose.error) {
      console.error(`bench: diagnose: ${diagnose.error}`);
      process.exit(1);
    }
  } else if (part === 'inventory-table') {
    // The partner inventory's 200-row table on the throttled phone profile (needs a build in dist/).
    const { measureInventoryTable, printInventoryTable } = await import('./inventory-table.ts');
    const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
    printInventoryTable(await measureInventoryTable(join(projectRoot, arg('--site') ?? 'dist'), Number(arg('--runs') ?? 5)));
  } else if (part === 'overrides') {
    const outRoot = await mkdtemp(join(tmpdir(), 'lync-bench-overrides-'));
    try {
      const started = performance.now();
      const figures = await measureOverrides(projectRoot, outRoot, (m) => console.log(`[overrides ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`));
      printOverrides(figures);
    } finally {
      await rm(outRoot, { recursive: true, force: true });
    }
  } else {
    console.error(`bench: --only takes "first-use", "diagnose", "inventory-table" or "overrides" (got ${part ?? 'nothing'})`);
    process.exit(2);
  }
  process.exit(0);
}
const log = (message: string) => console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}`);

async function version(pkg: string): Promise<string> {
  const path = join(projectRoot, 'node_modules', pkg, 'package.json');
  return ((JSON.parse(await readFile(path, 'utf8')) as { version?: string }).version ?? '?');
}

log('engines: bench/rules.ts, bench/trace.ts, bench/parsers.ts, bench/diagnose.ts, bench/inventory.ts');
const rules = await runEngineBench(projectRoot, 'bench/rules.ts');
const trace = await runEngineBench(projectRoot, 'bench/trace.ts');
const parsers = await runEngineBench(projectRoot, 'bench/parsers.ts');
const diagnose = await runEngineBench(projectRoot, 'bench/diagnose.ts');
const inventory = await runEngineBench(projectRoot, 'bench/inventory.ts');

const outRoot = await mkdtemp(join(tmpdir(), 'lync-bench-site-'));
const siteDir = join(outRoot, 'site');
const baselineProject = await createBaseline(projectRoot);
const servers: Array<{ close: () => Promise<void> }> = [];
const closers: Array<() => Promise<void>> = [];

try {
  log(`building the site into ${siteDir}`);
  const ours: BuildFigures = await buildSite(projectRoot, siteDir);
  log(`built ${ours.htmlPages} HTML pages in ${ours.wallSeconds.toFixed(1)} s; building the Starlight baseline`);
  const baselineBuild = await buildSite(baselineProject.root, baselineProject.outDir);
  log(`baseline built in ${baselineBuild.wallSeconds.toFixed(1)} s`);

  const site = await serve(siteDir);
  const baseSite = await serve(baselineProject.outDir);
  servers.push(site, baseSite);

  const only = process.env.BENCH_PAGES?.split(',').map((p) => p.trim()).filter(Boolean);
  const pages = (await listPages(siteDir)).filter((p) => !only || only.includes(p.path));
  const baselinePage: SitePage = { path: baselineProject.page, kind: 'page' };

  // Bytes and JS: one Chromium through Playwright, a fresh context per page.
  const js = await startJsMeasurer();
  closers.push(js.close);
  const measured: Array<Omit<PageResult, 'lighthouse'>> = [];
  const measureOne = async (root: string, url: string, page: SitePage, build: BuildFigures) => {
    const { widgets, ...bytes } = await measureBytes(root, page.path);
    const figures = await js.measure(url, page.path, bytes.stylesheets.map((s) => s.href));
    return { path: page.path, kind: page.kind, widgets, bytes, js: figures, build: pageTimings(build, page.path) };
  };
  log(`bytes and JS: ${pages.length} pages + baseline`);
  const baseMeasured = await measureOne(baselineProject.outDir, baseSite.url, baselinePage, baselineBuild);
  for (const page of pages) measured.push(await measureOne(siteDir, site.url, page, ours));
  const chromiumVersion = js.version;
  await js.close();
  closers.pop();

  // First use of each widget on the throttled phone profile (bench/first-use.ts).
  log(`first use: ${FIRST_USE_CASES.length} widgets × 3 runs, throttled`);
  const firstUse = await measureFirstUse(site.url, FIRST_USE_CASES, 3, log);
  log('partner inventory table: 200 partners on the throttled phone profile, 5 runs');
  const { measureInventoryTable, printInventoryTable } = await import('./inventory-table.ts');
  const inventoryTable = await measureInventoryTable(siteDir, 5);

  // Lighthouse: strictly one page at a time.
  log(`Lighthouse: ${pages.length} pages + baseline, one at a time`);
  const lighthouse = await startLighthouse();
  closers.push(lighthouse.close);
  await lighthouse.run(`${baseSite.url}${baselinePage.path}`); // warm-up, discarded: the first run after launch is the slowest
  const baseline: PageResult = { ...baseMeasured, lighthouse: await lighthouse.run(`${baseSite.url}${baselinePage.path}`) };
  const results: PageResult[] = [];
  for (const [i, m] of measured.entries()) {
    const figures = await lighthouse.run(`${site.url}${m.path}`);
    results.push({ ...m, lighthouse: figures });
    const s = figures.scores;
    log(`  ${String(i + 1).padStart(2)}/${measured.length} ${m.path}: ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}${figures.error ? ` ERROR ${figures.error}` : ''}`);
  }
  await lighthouse.close();
  closers.pop();

  const report = makeReport({
    startedAt,
    environment: {
      node: process.version,
      astro: await version('astro'),
      starlight: await version('@astrojs/starlight'),
      preact: await version('preact'),
      lighthouse: await version('lighthouse'),
      chromium: chromiumVersion,
      cpus: cpus().length,
    },
    method: {
      gzipLevel: GZIP_LEVEL,
      kB: 1000,
      jsViewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      js: 'script requests (incl. modulepreload, dynamic imports, workers) by gzip size of the response body, once per URL; phases idle (split by Resource Timing into requested before the load event, and warmed after it) → scroll (widgets, then other islands) → first interaction (type into first text input, else click first button); /pagefind/ excluded',
      firstUse: `CPU ×${PROFILE.cpuSlowdown} (Emulation.setCPUThrottlingRate), ${PROFILE.latencyMs} ms latency, 1.6 Mbps down / 750 kbps up (Network.emulateNetworkConditions), 412×823 touch, fresh cache, gzip; widget on screen ${PROFILE.onScreenBeforeTouchMs} ms before the touch; median of 3 runs`,
      css: 'stylesheets linked by the HTML (<link rel=stylesheet>), from the built files',
      lighthouse: `Lighthouse default (mobile) config, simulated throttling, categories performance/accessibility/best-practices/seo, median of ${RUNS} runs per page (Lighthouse's computeMedianRun)`,
      build: 'astro build into a temporary folder; wall clock; per-page render ms from Astro\'s log',
      baseline: `bare Starlight site built from the same node_modules, one page: ${baselineProject.page} (our text, no components)`,
    },
    ours,
    baselineBuild,
    baseline,
    pages: results,
    rules,
    trace,
    parsers,
  });
  printReport(report, { rules, trace, parsers });
  console.log(`diagnosis (bench/diagnose.ts):\n${diagnose.output.split('\n').filter((l) => !l.startsWith('{')).map((l) => `  ${l}`).join('\n')}${diagnose.error ? `\n  error: ${diagnose.error}` : ''}`);
  console.log(`partner inventory (bench/inventory.ts):\n  ${inventory.output.split('\n').filter((l) => !l.startsWith('{')).join('\n  ')}${inventory.error ? `\n  error: ${inventory.error}` : ''}`);
  printFirstUse(firstUse);
  printInventoryTable(inventoryTable);
  const rulesParts = await measureRulesParts();
  printRulesParts(rulesParts);
  // Last, and after the browsers are done: one build per override takes a few minutes.
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  const overrides = await measureOverrides(projectRoot, join(outRoot, 'overrides'), log);
  printOverrides(overrides);
  const out = join(projectRoot, 'bench', 'results.json');
  await writeReport({ ...report, firstUse, rulesParts, overrides, inventory: inventory.figures }, out);
  console.log(`\nwrote ${out} (${report.durationSeconds.toFixed(0)} s in all)`);
} finally {
  for (const close of closers.reverse()) await close().catch(() => undefined);
  for (const server of servers) await server.close().catch(() => undefined);
  await baselineProject.remove();
  await rm(outRoot, { recursive: true, force: true });
}
