/**
 * The date a widget answers for, as the reader typed it in the playground's date field
 * (playground-fields.ts USER_FIELDS.asOf): empty or general availability means GA; a date that is
 * not one from 2011-06-28 to 2013-12-31 gets the one check's message (history.ts asOfProblem, the
 * playground's) and the answer stays at general availability until it is fixed.
 */
import { asOfProblem, GA_DATE } from '../rules/history.ts';

export interface TypedDate {
  /** The date to answer for: the one typed, or general availability. */
  asOf: string;
  /** Why the text typed is not a date we answer for; null when it is (or is empty). */
  problem: string | null;
}

export function typedDate(text: string): TypedDate {
  const typed = text.trim();
  if (typed === '') return { asOf: GA_DATE, problem: null };
  const problem = asOfProblem(typed);
  return problem === null ? { asOf: typed, problem } : { asOf: GA_DATE, problem };
}
