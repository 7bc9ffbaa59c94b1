/**
 * Links for the dated changes of src/rules/history.ts: the playground opened at a note's date on a
 * scenario that note concerns (its `example`), or at the date alone.
 */
import { monthYear, type DatedNote } from '../../rules/index.ts';
import { fromScenarioInput } from '../../share/playground-draft.ts';
import { encodePlaygroundParams } from '../../share/playground-params.ts';

/** The playground at the note's date, with its example scenario when it has one. */
export function playgroundAt(note: DatedNote): string {
  const draft = fromScenarioInput(note.example ?? {});
  draft.asOf = note.date;
  return `/playground/?${encodePlaygroundParams(draft)}`;
}

/** "the playground as of June 2013" */
export function playgroundWords(note: DatedNote): string {
  return `the playground as of ${monthYear(note.date)}`;
}
