/**
 * npm run --silent evaluate -- <scenario.json | ->
 *
 * Reads one scenario (a file, or standard input for "-"), prints its evaluation as JSON and exits 0.
 * Bad input: one line "error: <field>: <reason>" on standard error, nothing on standard output,
 * exit 2, never a stack trace (shared/contracts/scenario.md). Runs on the site's own rules module.
 */
import { evaluateInput } from '../rules/index.ts';
import { type CliOutcome, failure, isMain, readJsonArgument, runMain } from './io.ts';

const USAGE = 'usage: npm run --silent evaluate -- <scenario.json | ->';

/** The CLI as a pure function of its arguments and input, for tests and for main. */
export function run(args: readonly string[], readStdin: () => string): CliOutcome {
  const read = readJsonArgument(args, readStdin, 'scenario', USAGE);
  if (!read.ok) return read.outcome;
  const result = evaluateInput(read.input);
  if (!result.ok) return failure(result.field, result.message);
  return { code: 0, stdout: `${JSON.stringify(result.evaluation, null, 2)}\n`, stderr: '' };
}

if (isMain(import.meta.url)) runMain(run, 'scenario: could not be evaluated');
