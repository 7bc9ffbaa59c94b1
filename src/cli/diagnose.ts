/**
 * npm run --silent diagnose -- <file | ->
 *
 * Reads { "modality": "<modality>", "answers": { "<setting path>": <value or "unknown">, ... } }
 * (a file, or standard input for "-") and prints the diagnosis's next step as JSON:
 *   { "next": { "setting": "<path>", "question": "...", "howTo": "...", "choices": [...] } }
 * or
 *   { "outcome": { "modality", "works", "reasons": [...], "fixes": [...], ... } }
 * Bad input: one line "error: <field>: <reason>" on standard error, nothing on standard output,
 * exit 2, never a stack trace. Runs on the site's own rules module.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diagnoseInput } from '../rules/diagnose-input.ts';
import type { DiagnosisStep } from '../rules/diagnose.ts';

const USAGE = 'usage: npm run --silent diagnose -- <diagnosis.json | ->';

/** The printed form of a step: the question, or the outcome with its explanation and fix. */
export function stepJson(step: DiagnosisStep): unknown {
  if (step.kind === 'next') {
    return {
      next: {
        setting: step.setting,
        question: step.question,
        howTo: step.howTo,
        ...(step.typed ? {} : { choices: step.choices.map((c) => ({ value: c.value, label: c.label })) }),
      },
    };
  }
  const rule = step.rule;
  return {
    outcome: {
      modality: step.modality,
      works: step.works,
      decided: step.decided,
      reasons: step.reasons,
      ...(rule === undefined ? {} : { explanation: rule.explanation, source: rule.source, noSettingLiftsIt: step.unfixable }),
      fixes: step.fixes,
      ...(step.decided ? {} : { possible: step.possible }),
      ...(step.open.length > 0 ? { stillUnknown: step.open } : {}),
      ...(step.scopeIgnored ? { note: 'what you said about who else is affected does not fit your answers, so it was set aside' } : {}),
    },
  };
}

/** The CLI as a pure function of its arguments and input, for tests and for main. */
export function run(args: readonly string[], readStdin: () => string): { code: number; stdout: string; stderr: string } {
  const fail = (field: string, message: string) => ({ code: 2, stdout: '', stderr: `error: ${field}: ${message}`.replace(/[\r\n]+/g, ' ') + '\n' });
  const paths = args.filter((a) => a !== '--');
  if (paths.length !== 1) return fail('arguments', `expected one diagnosis file or "-" (${USAGE})`);
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
    return fail('diagnosis', `is not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
  const result = diagnoseInput(input);
  if (!result.ok) return fail(result.field, result.message);
  return { code: 0, stdout: `${JSON.stringify(stepJson(result.step), null, 2)}\n`, stderr: '' };
}

function main(): void {
  let outcome: { code: number; stdout: string; stderr: string };
  try {
    outcome = run(process.argv.slice(2), () => readFileSync(0, 'utf8'));
  } catch (error) {
    outcome = { code: 2, stdout: '', stderr: `error: diagnosis: could not be worked out (${error instanceof Error ? error.name : 'error'})\n` };
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
