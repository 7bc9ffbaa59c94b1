import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  modality: string;
  works: boolean;
  reasons: string[];
}

/** Runs the real CLI (`npm run --silent evaluate -- -`) on one scenario. */
export function evaluateWithCli(scenario: unknown): { results: CliResult[]; warnings: string[] } {
  const out = execFileSync('npm', ['run', '--silent', 'evaluate', '--', '-'], { cwd: root, input: JSON.stringify(scenario), encoding: 'utf8' });
  return JSON.parse(out) as { results: CliResult[]; warnings: string[] };
}
