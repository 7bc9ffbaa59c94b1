import type { Evaluation } from '../../rules/index.ts';
import { ruleForCode } from './rule-lookup.ts';

export interface Props {
  evaluation: Evaluation;
}

/** Things to know that do not block: the rules' warnings, in their words. */
export function Warnings({ evaluation }: Props) {
  if (evaluation.warnings.length === 0) return null;
  return (
    <div class="lf-warnings">
      <h4>Good to know</h4>
      <ul>
        {evaluation.warnings.map((code) => (
          <li key={code} data-warning={code}>
            {ruleForCode(evaluation, code)?.explanation ?? code}
          </li>
        ))}
      </ul>
    </div>
  );
}
