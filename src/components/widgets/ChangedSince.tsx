import type { AppliedNoteOut } from '../../rules/model.ts';
import { monthYear } from '../../rules/history.ts';

export interface Props {
  /** The dated changes in effect for an answer (an evaluation's or a diagnosis's `history`). */
  history: readonly AppliedNoteOut[] | undefined;
  asOf: string;
}

/**
 * The dated changes (src/rules/history.ts) behind an answer as of a date, each with when, what it
 * changes and its public source: the same list, under the same words, as the forum answer
 * ("Changed between June 2011 and …", forum-answer.ts). Nothing at general availability.
 */
export function ChangedSince({ history, asOf }: Props) {
  if (!history || history.length === 0) return null;
  return (
    <div data-testid="changed-since">
      <p>
        <strong>Changed between June 2011 and {monthYear(asOf)}</strong>
      </p>
      <ul>
        {history.map((h) => (
          <li key={h.id} data-note={h.id} data-change={h.change}>
            {h.when}: {h.text}{' '}
            {h.sources.length > 0 ? (
              <>
                (
                {h.sources.map((d, i) => (
                  <span key={d.title}>
                    {i > 0 ? '; ' : ''}
                    {d.href ? <a href={d.href}>{`${d.title}${d.date ? `, ${d.date}` : ''}`}</a> : `${d.title}${d.date ? `, ${d.date}` : ''}`}
                  </span>
                ))}
                )
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
