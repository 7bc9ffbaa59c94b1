import type { Evaluation, ReasonCode } from '../../rules/index.ts';
import { MODALITY_LABEL, VERDICT_LABEL } from '../../share/labels.ts';
import { ruleForCode } from './rule-lookup.ts';

export interface Props {
  evaluation: Evaluation;
}

/** The blockers every modality shares: said once, above the list, rather than on every row. */
export function sharedReasons(evaluation: Evaluation): ReasonCode[] {
  const [first, ...rest] = evaluation.results;
  if (!first || rest.length === 0) return [];
  return first.reasons.filter((code) => rest.every((result) => result.reasons.includes(code)));
}

/**
 * One row per modality: the verdict and, for each blocker, the rule's explanation. The data
 * attributes are the playground's stable test surface (`data-modality`, `data-works`).
 */
export function Verdicts({ evaluation }: Props) {
  const shared = sharedReasons(evaluation);
  const explain = (code: ReasonCode) => ruleForCode(evaluation, code)?.explanation ?? code;
  return (
    <>
      {shared.length > 0 ? (
        <div class="lf-shared-reasons">
          <p>Blocked for every modality:</p>
          <ul class="lf-reasons">
            {shared.map((code) => (
              <li key={code} data-reason={code}>
                {explain(code)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul class="lf-verdicts">
        {evaluation.results.map((result) => {
          const own = result.reasons.filter((code) => !shared.includes(code));
          return (
            <li key={result.modality} class="lf-verdict" data-modality={result.modality} data-works={String(result.works)} data-verdict={result.verdict}>
              <span class="lf-verdict-name">{MODALITY_LABEL[result.modality]}</span>{' '}
              <span class={`lf-badge lf-badge-${result.verdict}`}>
                {VERDICT_LABEL[result.verdict]}
                {result.certainty === 'uncertain' ? ' (uncertain)' : ''}
              </span>
              {/* Every reason stays listed per modality for tools and tests (data-reason), shared ones
                  hidden and without their text: it is said once above the list, not five times in the HTML.
                  No reasons, no list. */}
              {result.reasons.length > 0 ? (
                <ul class="lf-reasons">
                  {result.reasons.map((code) =>
                    own.includes(code) ? (
                      <li key={code} data-reason={code}>
                        {explain(code)}
                      </li>
                    ) : (
                      <li key={code} data-reason={code} hidden />
                    ),
                  )}
                </ul>
              ) : null}
              {result.uncertainty ? <p class="lf-hint">{result.uncertainty}</p> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
