import type { Actor, Evaluation } from '../../rules/index.ts';
import type { CommandHighlighter } from './command-tokens.ts';
import { FixItem } from './FixItem.tsx';
import { Heading } from './Heading.tsx';
import { ACTOR_LABEL } from './labels.ts';

export interface Props {
  evaluation: Evaluation;
  highlight?: CommandHighlighter | undefined;
  headingLevel?: number;
  /** Gives each fix the id prefix + its rule, so the route picture can link to it. */
  idPrefix?: string | undefined;
}

const ACTORS: readonly Actor[] = ['you', 'your-admin', 'partner-admin', 'partner-user'];

/** What to do, grouped by who must do it, with the generated commands ready to copy. */
export function Fixes({ evaluation, highlight, headingLevel = 3, idPrefix }: Props) {
  if (evaluation.fixes.length === 0) return null;
  return (
    <div class="lf-fixes">
      <Heading level={headingLevel}>How to fix it</Heading>
      {ACTORS.map((actor) => {
        const fixes = evaluation.fixes.filter((fix) => fix.actor === actor);
        if (fixes.length === 0) return null;
        return (
          <section key={actor} data-actor={actor}>
            <Heading level={headingLevel + 1}>{ACTOR_LABEL[actor]}</Heading>
            {fixes.map((fix, index) => (
              <FixItem key={`${fix.rule}-${index}`} id={idPrefix && !fixes.slice(0, index).some((f) => f.rule === fix.rule) ? `${idPrefix}${fix.rule}` : undefined} fix={fix} highlight={highlight ? (code) => highlight(code, evaluation) : undefined} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
