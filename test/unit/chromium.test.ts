/**
 * scripts/chromium.mjs: which browser the tests drive, and the one line said when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { browserProblem, bundledPaths, fontEnv, resolveChromium, SYSTEM_CANDIDATES } from '../../scripts/chromium.mjs';

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH as it is, and says when it is not there', () => {
    const found = resolveChromium({ CHROMIUM_PATH: process.execPath });
    expect(found).toMatchObject({ path: process.execPath, source: 'CHROMIUM_PATH' });
    const missing = resolveChromium({ CHROMIUM_PATH: '/nowhere/chromium' });
    expect(missing.path).toBeNull();
    expect(missing.tried).toEqual(['CHROMIUM_PATH=/nowhere/chromium (not found)']);
  });
  it('prefers the machine\'s browser, then the one unpacked from the npm package', () => {
    const resolution = resolveChromium({});
    const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
    if (system) expect(resolution).toMatchObject({ path: system, source: 'system' });
    else if (existsSync(bundledPaths().executable)) expect(resolution).toMatchObject({ path: bundledPaths().executable, source: 'bundled' });
    else expect(resolution.path).toBeNull();
  });
  it('LYNC_BROWSER=bundled skips the machine\'s browser', () => {
    const resolution = resolveChromium({ LYNC_BROWSER: 'bundled' });
    expect(resolution.source === 'bundled' || resolution.source === 'none').toBe(true);
    expect(resolution.tried.some((line) => SYSTEM_CANDIDATES.some((candidate) => line.startsWith(candidate)))).toBe(false);
    if (resolution.source === 'bundled') expect(resolution.env.LD_LIBRARY_PATH?.split(':')[0]).toBe(bundledPaths().lib);
  });
  it('gives every browser the same fonts: a fontconfig file listing only the npm package\'s DejaVu', () => {
    const { FONTCONFIG_FILE } = fontEnv();
    const conf = readFileSync(FONTCONFIG_FILE, 'utf8');
    const dirs = [...conf.matchAll(/<dir>([^<]+)<\/dir>/g)].map((m) => m[1]);
    expect(dirs).toHaveLength(1);
    expect(dirs[0]).toMatch(/node_modules\/dejavu-fonts-ttf\/ttf$/);
    expect(existsSync(`${dirs[0]}/DejaVuSans.ttf`)).toBe(true);
    expect(conf).not.toMatch(/<include/);
  });
});

describe('browserProblem', () => {
  it('says in one line that none was found, and what was tried', () => {
    const line = browserProblem({ path: null, source: 'none', env: {}, tried: ['no system Chromium or Chrome (/usr/bin/chromium, …)', '@sparticuz/chromium 153.0.0 (not installed: run npm install)'] });
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^browser: no Chromium found; tried no system Chromium .*not installed: run npm install\)\. Set CHROMIUM_PATH/);
  });
  it('says in one line that the browser found would not start, with the first line of the error', () => {
    const line = browserProblem({ path: '/bin/false', source: 'CHROMIUM_PATH', env: {}, tried: ['CHROMIUM_PATH=/bin/false (found)'] }, new Error('launch failed\n  at somewhere (x.js:1:1)'));
    expect(line).toBe('browser: could not start Chromium at /bin/false (CHROMIUM_PATH): launch failed; tried CHROMIUM_PATH=/bin/false (found). Set CHROMIUM_PATH to a Chromium or Chrome, or run npm install to fetch one from the npm registry.');
  });
});
