import type { Evaluation } from '../../rules/index.ts';
import { Heading } from './Heading.tsx';
import { ruleForCode } from './rule-lookup.ts';

export interface Props {
  evaluation: Evaluation;
  headingLevel?: number;
}

/** Things to know that do not block: the rules' warnings, in their words. */
export function Warnings({ evaluation, headingLevel = 3 }: Props) {
  if (evaluation.warnings.length === 0) return null;
  return (
    <div class="lf-warnings">
      <Heading level={headingLevel}>Good to know</Heading>
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
