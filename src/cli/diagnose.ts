/**
 * npm run --silent diagnose -- <file | ->
 *
 * Reads { "modality": "<modality>", "answers": { "<setting path>": <value or "unknown">, ... } }
 * ("symptom": "<id>" may stand for "modality": offline, request-not-received, media, other-network,
 * meeting, address-book; see rules/symptoms.ts)
 * (a file, or standard input for "-") and prints the diagnosis's next step as JSON:
 *   { "next": { "setting": "<path>", "question": "...", "howTo": "...", "choices": [...] } }
 * or
 *   { "outcome": { "modality", "works", "reasons": [...], "fixes": [...], ... } }
 * An optional "asOf": "YYYY-MM-DD" (2011-06-28 to 2013-12-31) answers as of that date: the outcome
 * echoes it, and the dated changes in effect (src/rules/history.ts) join its fixes and certainty.
 * Bad input: one line "error: <field>: <reason>" on standard error, nothing on standard output,
 * exit 2, never a stack trace. Runs on the site's own rules module.
 */
import { diagnoseInput } from '../rules/diagnose-input.ts';
import { cite, onSite, siteHref, withSitePaths } from '../rules/sources.ts';
import type { DiagnosisStep } from '../rules/diagnose.ts';
import type { OutsideStep } from '../rules/diagnose-input.ts';
import { type CliOutcome, failure, isMain, readJsonArgument, runMain, SITE } from './io.ts';

const USAGE = 'usage: npm run --silent diagnose -- <diagnosis.json | ->';

/** The printed form of a step: the question, or the outcome with its explanation and fix. */
export function stepJson(step: DiagnosisStep | OutsideStep): unknown {
  if (step.kind === 'outside') {
    return { outside: { symptom: step.symptom, nextStep: step.note.text, whereToLook: step.note.pointers.map((p) => ({ label: p.label, href: siteHref(p.href, SITE) })) } };
  }
  if (step.kind === 'next') {
    return {
      next: {
        setting: step.setting,
        question: step.question,
        howTo: withSitePaths(step.howTo, SITE),
        ...(step.typed ? {} : { choices: step.choices.map((c) => ({ value: c.value, label: c.label })) }),
        ...(step.found !== undefined && step.found.length > 0 ? { alreadyFound: step.found.map((r) => ({ reason: r.code, explanation: r.explanation })) } : {}),
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
      ...(rule === undefined ? {} : { explanation: rule.explanation, source: onSite(cite(rule.source), SITE), noSettingLiftsIt: step.unfixable }),
      fixes: step.fixes,
      ...(step.decided ? {} : { possible: step.possible }),
      ...(step.open.length > 0 ? { stillUnknown: step.open } : {}),
      ...(step.scopeIgnored ? { note: 'what you said about who else is affected does not fit your answers, so it was set aside' } : {}),
      ...(step.uncertainty !== undefined ? { uncertainty: step.uncertainty } : {}),
      ...(step.history !== undefined ? { history: step.history } : {}),
      ...(step.asOf !== undefined ? { asOf: step.asOf } : {}),
    },
  };
}

/** The CLI as a pure function of its arguments and input, for tests and for main. */
export function run(args: readonly string[], readStdin: () => string): CliOutcome {
  const read = readJsonArgument(args, readStdin, 'diagnosis', USAGE);
  if (!read.ok) return read.outcome;
  // The date is the diagnosis's own (diagnose.ts atDate): its outcome carries it, and the dated
  // changes in effect join its fixes and certainty.
  const result = diagnoseInput(read.input);
  if (!result.ok) return failure(result.field, result.message);
  const json = stepJson(result.step);
  return { code: 0, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '' };
}

if (isMain(import.meta.url)) runMain(run, 'diagnosis: could not be worked out');
