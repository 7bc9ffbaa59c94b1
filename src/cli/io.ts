/** What the troubleshooting CLIs share: reading a file or standard input, and failing in one line. */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The site's public address for the CLIs' links to its pages (as for the build: SITE_URL); none: site paths. */
export const SITE = process.env['SITE_URL'] || undefined;

/** Prints `<tool>: <message>` as one line on standard error and exits 2 (bad input). */
export function failer(tool: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${tool}: ${message.replace(/\s+/g, ' ').trim()}\n`);
    process.exit(2);
  };
}

/** The bytes of a file, or of standard input for "-". */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path !== '-') return readFileSync(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What a JSON-in, JSON-out CLI gives back, as a value, so tests run it without spawning. */
export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Bad input: one line "error: <field>: <reason>" on standard error, nothing on standard output, exit 2. */
export function failure(field: string, message: string): CliOutcome {
  return { code: 2, stdout: '', stderr: `error: ${field}: ${message}`.replace(/[\r\n]+/g, ' ') + '\n' };
}

/**
 * The one JSON document a CLI takes: a file path or "-" for standard input. `what` names the
 * document in messages ("scenario", "diagnosis"); a UTF-8 byte-order mark is ignored.
 */
export function readJsonArgument(args: readonly string[], readStdin: () => string, what: string, usage: string): { ok: true; input: unknown } | { ok: false; outcome: CliOutcome } {
  const paths = args.filter((a) => a !== '--');
  if (paths.length !== 1) return { ok: false, outcome: failure('arguments', `expected one ${what} file or "-" (${usage})`) };
  const path = paths[0] as string;
  let text: string;
  try {
    text = path === '-' ? readStdin() : readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, outcome: failure('file', code === 'ENOENT' ? `${path} does not exist` : `${path} could not be read (${code ?? 'error'})`) };
  }
  try {
    return { ok: true, input: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, outcome: failure(what, `is not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`) };
  }
}

/** Runs a CLI's pure `run` on the process's arguments and standard input, never with a stack trace. */
export function runMain(run: (args: readonly string[], readStdin: () => string) => CliOutcome, unexpected: string): void {
  let outcome: CliOutcome;
  try {
    outcome = run(process.argv.slice(2), () => readFileSync(0, 'utf8'));
  } catch (error) {
    outcome = { code: 2, stdout: '', stderr: `error: ${unexpected} (${error instanceof Error ? error.name : 'error'})\n` };
  }
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}

/** True when the module at `moduleUrl` is the script being run, not imported by a test. */
export function isMain(moduleUrl: string): boolean {
  try {
    const script = process.argv[1];
    return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
