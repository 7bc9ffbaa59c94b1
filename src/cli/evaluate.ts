/**
 * npm run --silent evaluate -- <scenario.json | ->
 *
 * Reads one scenario (a file, or standard input for "-"), prints its evaluation as JSON and exits 0.
 * Bad input: one line "error: <field>: <reason>" on standard error, nothing on standard output,
 * exit 2, never a stack trace (shared/contracts/scenario.md). Runs on the site's own rules module.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateInput } from '../rules/index.ts';

const USAGE = 'usage: npm run --silent evaluate -- <scenario.json | ->';

/** The CLI as a pure function of its arguments and input, for tests and for main. */
export function run(args: readonly string[], readStdin: () => string): { code: number; stdout: string; stderr: string } {
  const fail = (field: string, message: string) => ({ code: 2, stdout: '', stderr: `error: ${field}: ${message}`.replace(/[\r\n]+/g, ' ') + '\n' });
  const paths = args.filter((a) => a !== '--');
  if (paths.length !== 1) return fail('arguments', `expected one scenario file or "-" (${USAGE})`);
  const path = paths[0] as string;
  let text: string;
  try {
    text = path === '-' ? readStdin() : readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail('file', code === 'ENOENT' ? `${path} does not exist` : `${path} could not be read (${code ?? 'error'})`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('scenario', `is not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
  const result = evaluateInput(input);
  if (!result.ok) return fail(result.field, result.message);
  return { code: 0, stdout: `${JSON.stringify(result.evaluation, null, 2)}\n`, stderr: '' };
}

function main(): void {
  let outcome: { code: number; stdout: string; stderr: string };
  try {
    outcome = run(process.argv.slice(2), () => readFileSync(0, 'utf8'));
  } catch (error) {
    outcome = { code: 2, stdout: '', stderr: `error: scenario: could not be evaluated (${error instanceof Error ? error.name : 'error'})\n` };
  }
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}

/** Run only when executed, not when a test imports run(). */
function isMain(): boolean {
  try {
    const script = process.argv[1];
    return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) main();
