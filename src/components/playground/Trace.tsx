import type { Evaluation, TraceStatus } from '../../rules/index.ts';
import { MODALITY_LABEL, STAGE_LABEL } from '../../share/labels.ts';
import { cite } from '../../rules/sources.ts';
import { SourceNote } from '../SourceNote.tsx';
import { ruleById } from './rule-lookup.ts';

export interface Props {
  evaluation: Evaluation;
  /** Server-rendered open in tests of the expanded state; readers open it themselves. */
  open?: boolean;
}

const STATUS_LABEL: Record<TraceStatus, string> = {
  pass: 'Passed',
  fail: 'Failed',
  warn: 'Warning',
  'not-applicable': 'Not applicable',
};

/** Every rule the evaluation checked, in the order an admin would troubleshoot. */
export function Trace({ evaluation, open = false }: Props) {
  const applicable = evaluation.trace.filter((step) => step.status !== 'not-applicable');
  return (
    <details class="lf-trace" open={open}>
      <summary>Every check, step by step ({applicable.length})</summary>
      <ol>
        {applicable.map((step) => {
          const rule = ruleById(step.rule);
          return (
            <li key={step.rule} data-rule={step.rule} data-status={step.status}>
              <span class={`lf-status lf-status-${step.status}`}>{STATUS_LABEL[step.status]}</span>{' '}
              <span class="lf-stage">{STAGE_LABEL[step.stage]}:</span> {rule?.condition ?? step.rule}
              {step.modalities ? <span class="lf-hint"> ({step.modalities.map((m) => MODALITY_LABEL[m]).join(', ')})</span> : null}
              {rule ? <SourceNote citation={cite(rule.source)} /> : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
