/**
 * `npm run bench -- --only first-use`: only the first-use figures (bench/first-use.ts), without
 * Lighthouse. Builds the site into a temporary folder, or measures an existing build with
 * `--site dist`; `--runs N` (default 3) runs per widget; `--widget NAME` (repeatable) limits the
 * widgets. Also prints the rules module's size by part (bench/rules-parts.ts). Writes
 * bench/first-use.json.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite } from './build.ts';
import { FIRST_USE_CASES, measureFirstUse, PROFILE, printFirstUse } from './first-use.ts';
import { measureRulesParts, printRulesParts } from './rules-parts.ts';
import { serve } from './serve.ts';

export async function runFirstUseOnly(args: string[], projectRoot: string): Promise<void> {
  const values = (name: string) => args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1]!] : []));
  const given = values('--site')[0];
  const runs = Number(values('--runs')[0] ?? 3);
  const widgets = values('--widget');
  const cases = FIRST_USE_CASES.filter((c) => widgets.length === 0 || widgets.includes(c.widget));
  const started = performance.now();
  const log = (message: string) => console.log(`[first use ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

  const outRoot = given ? null : await mkdtemp(join(tmpdir(), 'lync-bench-first-use-'));
  const siteDir = given ? resolve(projectRoot, given) : join(outRoot!, 'site');
  try {
    if (!given) {
      log(`building the site into ${siteDir}`);
      await buildSite(projectRoot, siteDir);
    }
    const site = await serve(siteDir);
    try {
      log(`${cases.length} widgets × ${runs} runs`);
      const figures = await measureFirstUse(site.url, cases, runs, log);
      printFirstUse(figures);
      const rulesParts = await measureRulesParts();
      printRulesParts(rulesParts);
      const out = join(projectRoot, 'bench', 'first-use.json');
      await writeFile(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), profile: PROFILE, figures, rulesParts }, null, 2)}\n`);
      console.log(`\nwrote ${out}`);
    } finally {
      await site.close();
    }
  } finally {
    if (outRoot) await rm(outRoot, { recursive: true, force: true });
  }
}
