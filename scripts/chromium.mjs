// Which Chromium the browser tests and the bench drive, and how: one answer for every caller
// (test/e2e/browser.ts, bench/, scripts/toolchain.mjs). Plain JavaScript so that the install step can
// run it on whatever Node the machine has.
//
// Order: CHROMIUM_PATH if set; else a Chromium or Chrome the machine has; else the Chromium that
// scripts/toolchain.mjs unpacked from the npm package @sparticuz/chromium (installed only when the
// machine has none). Whichever runs, it sees the same fonts: a fontconfig file of ours that lists
// only the DejaVu fonts of the npm package dejavu-fonts-ttf, so layout, axe and screenshots do not
// depend on the fonts a machine happens to have.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the bundled browser lives once unpacked (ignored by git). */
export const BUNDLED_DIR = join(ROOT, 'scripts/toolchain/chromium/node_modules/.browser');
const BUNDLED_PACKAGE = join(ROOT, 'scripts/toolchain/chromium/node_modules/@sparticuz/chromium');

/** System browsers looked for, in order, when CHROMIUM_PATH is not set. */
export const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The flags every test and bench browser starts with (no background traffic on a closed network). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Glyph outlines, not the machine's hinting preferences: the same text renders the same.
  '--font-render-hinting=none',
];

/** The version of @sparticuz/chromium the toolchain installs, read from its package.json. */
export function bundledVersion() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'scripts/toolchain/chromium/package.json'), 'utf8'));
  return manifest.dependencies['@sparticuz/chromium'];
}

/** The unpacked bundled browser's executable and library folder, whether or not they exist yet. */
export function bundledPaths() {
  const dir = join(BUNDLED_DIR, bundledVersion());
  return { dir, executable: join(dir, 'chromium'), lib: join(dir, 'lib'), packageDir: BUNDLED_PACKAGE };
}

/**
 * Finds the browser to drive. Returns `{ path, source, env, tried }` where `source` says which
 * kind was found ('CHROMIUM_PATH', 'system' or 'bundled') and `tried` lists every place looked at
 * with what was there, for a one-line message when nothing runs; `path` is null when none was found.
 */
export function resolveChromium(environment = process.env) {
  const tried = [];
  const fonts = fontEnv();
  if (environment.CHROMIUM_PATH) {
    const path = environment.CHROMIUM_PATH;
    tried.push(`CHROMIUM_PATH=${path} (${existsSync(path) ? 'found' : 'not found'})`);
    return { path: existsSync(path) ? path : null, source: 'CHROMIUM_PATH', env: fonts, tried };
  }
  if (environment.LYNC_BROWSER !== 'bundled') {
    for (const candidate of SYSTEM_CANDIDATES) {
      if (existsSync(candidate)) {
        tried.push(`${candidate} (found)`);
        return { path: candidate, source: 'system', env: fonts, tried };
      }
    }
    tried.push(`no system Chromium or Chrome (${SYSTEM_CANDIDATES.filter((c) => c.startsWith('/usr')).join(', ')}, …)`);
  }
  const bundled = bundledPaths();
  if (existsSync(bundled.executable)) {
    tried.push(`${bundled.executable} (found)`);
    // The bundled build links NSS and expat; their libraries travel with it (al2023.tar.br).
    const libraryPath = [bundled.lib, environment.LD_LIBRARY_PATH].filter(Boolean).join(':');
    return { path: bundled.executable, source: 'bundled', env: { ...fonts, LD_LIBRARY_PATH: libraryPath }, tried };
  }
  tried.push(
    existsSync(bundled.packageDir)
      ? `@sparticuz/chromium ${bundledVersion()} (installed but not unpacked: run npm install)`
      : `@sparticuz/chromium ${bundledVersion()} (not installed: run npm install)`,
  );
  return { path: null, source: 'none', env: fonts, tried };
}

/** One line saying that no browser could be found or started, and what was tried. */
export function browserProblem(resolution, error) {
  const what = resolution.path
    ? `could not start Chromium at ${resolution.path} (${resolution.source}): ${firstLine(error)}`
    : 'no Chromium found';
  return `browser: ${what}; tried ${resolution.tried.join('; ')}. Set CHROMIUM_PATH to a Chromium or Chrome, or run npm install to fetch one from the npm registry.`;
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error ?? 'unknown error');
  return text.split('\n').map((line) => line.trim()).find(Boolean) ?? 'unknown error';
}

/**
 * The environment that makes a browser see only our fonts: FONTCONFIG_FILE pointing at a file that
 * lists the DejaVu fonts from node_modules and maps the generic families onto them.
 */
export function fontEnv() {
  const fontDir = join(ROOT, 'node_modules/dejavu-fonts-ttf/ttf');
  const cacheDir = join(ROOT, 'node_modules/.cache/lync-fonts');
  const file = join(cacheDir, 'fonts.conf');
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<!-- Written by scripts/chromium.mjs: the test browsers see only these fonts. -->
<fontconfig>
  <dir>${escapeXml(fontDir)}</dir>
  <cachedir>${escapeXml(join(cacheDir, 'cache'))}</cachedir>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
  <alias><family>system-ui</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>
</fontconfig>
`;
  if (!existsSync(file) || readFileSync(file, 'utf8') !== conf) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, conf);
  }
  return { FONTCONFIG_FILE: file };
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
