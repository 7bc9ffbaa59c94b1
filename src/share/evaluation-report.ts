/** A "Report a wrong verdict" (verdict-report.ts) for an evaluation: its verdicts and the rules that decided them. */
import type { Evaluation } from '../rules/index.ts';
import { MODALITY_LABEL, VERDICT_LABEL } from './labels.ts';
import type { VerdictReport } from './verdict-report.ts';

export function evaluationReport(evaluations: readonly Evaluation[], permalink: string, version: string): VerdictReport {
  const verdict = evaluations
    .flatMap((evaluation) => evaluation.results.map((r) => `${MODALITY_LABEL[r.modality]}: ${VERDICT_LABEL[r.verdict]}`))
    .join(', ');
  const rules = [...new Set(evaluations.flatMap((evaluation) => evaluation.trace.filter((step) => step.status === 'fail' || step.status === 'warn').map((step) => step.rule)))];
  return { verdict, permalink, rules, version };
}
