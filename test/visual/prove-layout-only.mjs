#!/usr/bin/env node
/**
 * Shows that the visual suite fails on layout, not on words (redact.ts). For each change below it
 * makes a scratch copy of this checkout (node_modules and the pinned browser hard-linked), applies
 * the change there, builds the site and runs the visual suite against this checkout's reference
 * images, and checks the outcome the change should have:
 *   reword    a rule's explanation and a scenario page's sentence reworded, each much longer
 *             (enough to wrap onto more lines): the suite must pass;
 *   glossary  a new glossary entry, with a link and a footnote, among the later entries (after
 *             "Presence"): the suite must pass (it used to fail on the glossary's footers: the page
 *             above them grew by a fraction of a pixel, and their arrows were drawn at another
 *             fraction; pages.test.ts now moves the footer to a whole pixel before its shot);
 *   glossary-top  the same entry fourth (before "External access", just below the first screen at
 *             both widths): the suite must pass;
 *   layout    every widget's fieldsets indented by 1rem (one CSS value): the suite must fail, on
 *             the widgets' images;
 *   theme     the dark theme's accent colour a little lighter (one value): the suite must fail.
 *
 *   node test/visual/prove-layout-only.mjs [reword|glossary|layout|theme]...   (default: all four)
 *
 * Each change takes a build and a visual run (about four minutes on two cores). Exit 1 when a
 * change did not have its expected outcome. The scratch copies are removed afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

/** Replaces `from` with `to` in a file of the scratch copy; fails loudly if `from` is not there. */
function edit(dir, file, from, to) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: the text to change is gone (${from.slice(0, 60)}…): update this script`);
  writeFileSync(path, text.replace(from, to));
}

/** A made-up glossary entry, with a link and a footnote, put before the heading `before`. */
function newGlossaryEntry(dir, before) {
  edit(
    dir,
    'content/reference/glossary.mdx',
    before,
    `## Federated contact\n\nA person in another organisation whom your user has added to the Lync contact list over federation, as opposed to a contact in your own directory. See\n[external access](#external-access).[^g-proof]\n\n${before}`,
  );
  const file = join(dir, 'content/reference/glossary.mdx');
  writeFileSync(file, readFileSync(file, 'utf8') + "\n[^g-proof]: A made-up entry for the visual suite's proof (test/visual/prove-layout-only.mjs).\n");
}

const CHANGES = {
  reword: {
    expect: 'pass',
    apply(dir) {
      edit(
        dir,
        'src/rules/rules-tenant.ts',
        "explanation: 'Your Lync Online Domain Federation tab is set to Disable federation, so your users cannot talk to any other organisation.',",
        "explanation: 'Your Lync Online Domain Federation tab is set to Disable federation, so none of your users can talk to anyone in any other organisation, whatever the other side has set up, until you change it.',",
      );
      edit(dir, 'content/scenarios/partner-on-premises.mdx', '- Your user is enabled for [external access]', '- Your user, the one who signs in and adds the partner as a contact, is enabled for [external access]');
    },
  },
  glossary: {
    expect: 'pass',
    apply: (dir) => newGlossaryEntry(dir, '## Products, servers and diagnostics\n'),
  },
  'glossary-top': {
    expect: 'pass',
    apply: (dir) => newGlossaryEntry(dir, '## External access\n'),
  },
  layout: {
    expect: 'fail',
    apply(dir) {
      edit(dir, 'src/styles/site.css', '.lf-widget fieldset {\n  border: 0;\n  margin: 0;\n  padding: 0;', '.lf-widget fieldset {\n  border: 0;\n  margin: 0;\n  padding: 0 0 0 1rem;');
    },
  },
  theme: {
    expect: 'fail',
    apply(dir) {
      edit(dir, 'src/styles/starlight-base.css', '--sl-color-accent: hsl(224, 100%, 60%);', '--sl-color-accent: hsl(224, 100%, 66%);');
    },
  },
};

function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'visual-proof-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  // Hard links: fast, and the same packages and browser as this checkout.
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  // The pinned browser and the project's Node (node_modules/.bin/node points into the toolchain).
  for (const tool of ['scripts/toolchain/chromium/node_modules', 'scripts/toolchain/node/node_modules']) {
    if (existsSync(join(ROOT, tool))) execFileSync('cp', ['-al', join(ROOT, tool), join(dir, tool)]);
  }
  return dir;
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CHANGES);
// Layout-only checking is what the suite promises: words and new glossary entries pass, layout fails.
let wrong = 0;
for (const name of wanted) {
  const change = CHANGES[name];
  if (!change) throw new Error(`unknown change ${name}: one of ${Object.keys(CHANGES).join(', ')}`);
  const dir = scratchCopy();
  try {
    change.apply(dir);
    // Through npm run, as a contributor would: it puts the project's own Node (node_modules/.bin) first.
    const build = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`${name}: the build failed:\n${build.stdout.slice(-2000)}${build.stderr.slice(-2000)}`);
    const run = spawnSync('npm', ['run', 'test:visual'], { cwd: dir, encoding: 'utf8' });
    const results = join(dir, 'test-results', 'visual.json');
    if (!existsSync(results)) throw new Error(`${name}: the visual suite did not run:\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(results, 'utf8'));
    const failed = report.testResults.flatMap((file) => file.assertionResults.filter((t) => t.status === 'failed').map((t) => t.title.replace(' matches its reference image', '')));
    const outcome = run.status === 0 ? 'pass' : 'fail';
    const ok = outcome === change.expect;
    if (!ok) wrong++;
    console.log(`${ok ? 'ok  ' : 'WRONG'} ${name}: the visual suite ${outcome === 'pass' ? 'passed' : 'failed'} (${report.numPassedTests} of ${report.numTotalTests} views unchanged${failed.length ? `; changed: ${failed.join(', ')}` : ''}); expected to ${change.expect}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exitCode = wrong ? 1 : 0;
