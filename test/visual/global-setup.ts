import type { TestProject } from 'vitest/node';
import { pinnedBrowserProblem } from './pinned-browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** True under `npm run test:visual -- --update`: write the reference images instead of comparing. */
    updateReferences: boolean;
  }
}

/**
 * Runs after the browser suite's set-up (which serves dist/): stops the run with one line when the
 * pinned browser is missing, and passes `--update` on to the tests.
 */
export default function setup(project: TestProject) {
  const problem = pinnedBrowserProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const update = project.config.update;
  project.provide('updateReferences', update === true || update === 'all');
}
