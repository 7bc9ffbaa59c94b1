import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';

import { BROWSER_ENV, CHROMIUM_FLAGS, CHROMIUM_PATH, describeBrowserProblem } from '../../bench/chromium.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Serves the built site once for the whole browser suite. `npm test` builds it first. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('dist/ has no built site: run `npm run build` before the browser tests (npm test does).');
  }
  await browserStarts();
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

/**
 * Starts the browser once before any test: when none can be found or started, the run ends here
 * with one line saying what was tried, not with the same stack trace in every test file.
 */
async function browserStarts(): Promise<void> {
  try {
    if (!CHROMIUM_PATH) throw new Error('none found');
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true, env: BROWSER_ENV });
    await browser.close();
  } catch (error) {
    console.error(describeBrowserProblem(CHROMIUM_PATH ? error : undefined));
    process.exit(1);
  }
}
