/**
 * Builds an Astro project into a given folder and times it: the wall-clock time of `astro build`,
 * Astro's own "N page(s) built in X s", and the per-route render times Astro logs while generating
 * static routes ("├─ /path/index.html (+12ms)").
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BuildFigures {
  /** Wall-clock seconds of the whole `astro build` process (config, Vite, render, integrations). */
  wallSeconds: number;
  /** Astro's own total from its last log line, or null if the line was not found. */
  astroSeconds: number | null;
  /** HTML pages Astro reports as built. */
  htmlPages: number;
  /** wallSeconds × 1000 / htmlPages. */
  wallMsPerPage: number;
  /** Every route Astro logged with its render time: HTML pages, images, JSON. */
  routes: Array<{ route: string; ms: number }>;
  /** The build log without colours, for when something needs explaining. */
  log: string;
}

// The CLI of the installed astro (its package.json is exported; bin/ is not).
const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

export async function buildSite(root: string, outDir: string, env: Record<string, string> = {}): Promise<BuildFigures> {
  const started = performance.now();
  const log = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', root, '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`astro build failed (${code}) in ${root}:\n${output.slice(-4000)}`))));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  // A warning can land between a route and its time ("├─ /404.html<warning line> (+13ms)").
  const routeLine = /[├└]─ (\/\S*?\.(?:html|png|jpg|svg|json|xml|txt))[\s\S]*?\(\+(\d+(?:\.\d+)?)ms\)/g;
  const routes = [...plain.matchAll(routeLine)].map(([, route, ms]) => ({ route: route ?? '', ms: Number(ms) }));
  const total = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(plain);
  const htmlPages = total ? Number(total[1]) : routes.filter((r) => r.route.endsWith('.html')).length;
  const astroSeconds = total ? Number(total[2]) / (total[3] === 'ms' ? 1000 : 1) : null;
  return { wallSeconds, astroSeconds, htmlPages, wallMsPerPage: (wallSeconds * 1000) / Math.max(1, htmlPages), routes, log: plain };
}

/** The HTML file Astro logs for a page path: "/a/b/" → "/a/b/index.html", "/404.html" stays. */
export function htmlRouteOf(pagePath: string): string {
  return pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
}

/** Render time Astro logged for a page's HTML, and for its preview image (src/pages/og) if any. */
export function pageTimings(build: BuildFigures, pagePath: string): { renderMs: number | null; ogImageMs: number | null } {
  const html = build.routes.find((r) => r.route === htmlRouteOf(pagePath));
  const slug = pagePath.replace(/^\/|\/$/g, '').replace(/\.html$/, '') || 'index';
  const og = build.routes.find((r) => r.route === `/og/${slug}.png`);
  return { renderMs: html?.ms ?? null, ogImageMs: og?.ms ?? null };
}
