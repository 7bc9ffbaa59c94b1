/**
 * The W3C Nu Html Checker (the validator behind validator.w3.org/nu) over every built page: no
 * errors. It is a Java program, shipped as a jar by the npm package vnu-jar (its install script,
 * which would fetch a Java from outside the npm registry, is denied in package.json allowScripts):
 * the test runs it with the machine's `java` (Java 11 or newer; CI has 17) and is skipped, saying
 * why, where there is none. html-validate (html-validate.test.ts) checks the same pages with
 * different rules; each has found what the other missed (issue 27: `<script aria-hidden>`).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST } from './dist.ts';

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const noJava = java.error || java.status !== 0 ? 'no `java` on PATH (the Nu checker is a Java program; install Java 11 or newer to run it)' : null;

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe.skipIf(noJava !== null)(`W3C Nu Html Checker${noJava ? ` (skipped: ${noJava})` : ''}`, () => {
  it('reports no errors on any built page', { timeout: 300_000 }, () => {
    const pages = builtFiles('.html');
    expect(pages.length, 'dist/ has no built pages: run `npm run build` first').toBeGreaterThan(0);
    // One run over every page: the JVM starts once. --errors-only: warnings are advice (for
    // example on a redundant role), and the issue asks for the checker's errors.
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, String(run.error)).toBeUndefined();
    const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: NuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => `${relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` (${m.extract.trim().slice(0, 80)})` : ''}`);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
