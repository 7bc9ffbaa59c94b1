import { USER_FIELDS } from '../../share/playground-fields.ts';
import { typedDate } from '../../share/as-of.ts';
import { TextField } from '../playground/fields.tsx';

/** The playground's date field, word for word: its label, hint, placeholder and range (playground-fields.ts). */
const AS_OF = USER_FIELDS.asOf;

export interface Props {
  /** Prefix for the control's id (a widget's useId). */
  id: string;
  /** The text typed (YYYY-MM-DD; empty: general availability). */
  value: string;
  onInput: (value: string) => void;
}

/**
 * "Answer as of (date)" in a widget other than the playground: the same control, words and message
 * (a date that is not one from 2011-06-28 to 2013-12-31 is said under it, as the playground says it).
 */
export function AsOfField({ id, value, onInput }: Props) {
  return <TextField id={`${id}-${AS_OF.id}`} label={AS_OF.label as string} value={value} hint={AS_OF.hint} placeholder={AS_OF.placeholder} onInput={onInput} error={typedDate(value).problem ?? undefined} />;
}
