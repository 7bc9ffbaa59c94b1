import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const cli = fileURLToPath(new URL('../../src/cli/evaluate.ts', import.meta.url));

export interface CliResult {
  modality: string;
  works: boolean;
  verdict: string;
  reasons: string[];
}

export interface CliEvaluation {
  results: CliResult[];
  warnings: string[];
  trace: { rule: string; stage: string; status: string }[];
}

/**
 * Runs the real CLI (src/cli/evaluate.ts through tsx, reading the scenario on standard input) on
 * one scenario. It runs node directly rather than through `npm run --silent evaluate`, which costs
 * npm's own start-up (about 0.4 s) on every call; the unit suite checks that the npm script runs
 * the same program (test/unit/cli.test.ts).
 */
export function evaluateWithCli(scenario: unknown): CliEvaluation {
  const out = execFileSync(process.execPath, [tsx, cli, '-'], { cwd: root, input: JSON.stringify(scenario), encoding: 'utf8' });
  return JSON.parse(out) as CliEvaluation;
}

/**
 * Runs the CLI on each scenario, one after another in the background, and returns a promise per
 * scenario at once: a test file that checks many scenarios in the browser starts this first, so the
 * CLI runs while the browser waits for pages (one at a time, not to crowd a two-core machine).
 */
export function evaluateEachWithCli(scenarios: readonly unknown[]): Promise<CliEvaluation>[] {
  let previous: Promise<unknown> = Promise.resolve();
  return scenarios.map((scenario) => {
    const run = previous.then(
      () =>
        new Promise<CliEvaluation>((resolve, reject) => {
          const child = execFile(process.execPath, [tsx, cli, '-'], { cwd: root, encoding: 'utf8' }, (error, stdout) =>
            error ? reject(error) : resolve(JSON.parse(stdout) as CliEvaluation),
          );
          child.stdin?.end(JSON.stringify(scenario));
        }),
    );
    previous = run.catch(() => undefined);
    return run;
  });
}
