import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
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
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
