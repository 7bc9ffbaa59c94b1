import type { Actor, Evaluation } from '../../rules/index.ts';
import { CommandBlock } from '../CommandBlock.tsx';
import type { CommandHighlighter } from './command-tokens.ts';
import { Heading } from './Heading.tsx';
import { ACTOR_LABEL } from './labels.ts';

export interface Props {
  evaluation: Evaluation;
  highlight?: CommandHighlighter | undefined;
  headingLevel?: number;
}

const ACTORS: readonly Actor[] = ['you', 'your-admin', 'partner-admin', 'partner-user'];

/** What to do, grouped by who must do it, with the generated commands ready to copy. */
export function Fixes({ evaluation, highlight, headingLevel = 3 }: Props) {
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
              <div class="lf-fix" key={`${fix.rule}-${index}`} data-fix={fix.rule}>
                <p class="lf-fix-title">{fix.title}</p>
                {fix.steps.length > 0 ? (
                  <ol>
                    {fix.steps.map((step, i) => (
                      <li key={i}>{step}</li>
                    ))}
                  </ol>
                ) : null}
                {fix.commands.map((command, i) => (
                  <CommandBlock key={i} code={command.code} lines={highlight?.(command.code, evaluation)} />
                ))}
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
