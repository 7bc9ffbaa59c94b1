import type { Evaluation } from '../../rules/index.ts';
import { MODALITY_LABEL, VERDICT_LABEL } from './labels.ts';
import { ruleForCode } from './rule-lookup.ts';

export interface Props {
  evaluation: Evaluation;
}

/**
 * One row per modality: the verdict and, for each blocker, the rule's explanation. The data
 * attributes are the playground's stable test surface (`data-modality`, `data-works`).
 */
export function Verdicts({ evaluation }: Props) {
  return (
    <ul class="lf-verdicts">
      {evaluation.results.map((result) => (
        <li key={result.modality} class="lf-verdict" data-modality={result.modality} data-works={String(result.works)} data-verdict={result.verdict}>
          <span class="lf-verdict-name">{MODALITY_LABEL[result.modality]}</span>{' '}
          <span class={`lf-badge lf-badge-${result.verdict}`}>
            {VERDICT_LABEL[result.verdict]}
            {result.certainty === 'uncertain' ? ' (uncertain)' : ''}
          </span>
          {result.reasons.length > 0 ? (
            <ul class="lf-reasons">
              {result.reasons.map((code) => (
                <li key={code} data-reason={code}>
                  {ruleForCode(evaluation, code)?.explanation ?? code}
                </li>
              ))}
            </ul>
          ) : null}
          {result.uncertainty ? <p class="lf-hint">{result.uncertainty}</p> : null}
        </li>
      ))}
    </ul>
  );
}
