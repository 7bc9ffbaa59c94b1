import type { Fix } from '../../rules/index.ts';
import type { HighlightedLines } from '../../highlight/tokens.ts';
import { CommandBlock } from '../CommandBlock.tsx';

export interface Props {
  fix: Fix;
  /** An anchor for links to this fix (the route picture's "How to fix it"). */
  id?: string | undefined;
  /** Words before the fix's title, e.g. "In the control panel:". */
  lead?: string | undefined;
  /** Build-time tokens for a command, when the widget has them. */
  highlight?: ((code: string) => HighlightedLines | undefined) | undefined;
}

/** One fix from the rules: its title, its numbered steps and its commands, ready to copy. */
export function FixItem({ fix, id, lead, highlight }: Props) {
  return (
    <div class="lf-fix" id={id} data-fix={fix.rule}>
      <p class="lf-fix-title">{lead ? `${lead} ${fix.title}` : fix.title}</p>
      {fix.steps.length > 0 ? (
        <ol>
          {fix.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      ) : null}
      {fix.commands.map((command, i) => (
        <CommandBlock key={i} code={command.code} lines={highlight?.(command.code)} />
      ))}
    </div>
  );
}
