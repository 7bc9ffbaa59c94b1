/** What a copy button shows: before a press, after one that worked, after one the browser refused. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** The word on the button in each state (CopyButton and the Markdown code blocks' buttons alike). */
export const COPY_WORD: Record<CopyState, string> = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' };

/**
 * A copy button's accessible name in a state. Its name says what it copies ("Copy the report"),
 * and must also hold the word on screen, so that a reader who sees "Copied" and says it to their
 * speech software finds the button (WCAG 2.5.3, axe's label-content-name-mismatch): after a press
 * the word leads, followed by what was copied ("Copied: the report"); so does "Copy" before a press,
 * where the label does not start with it.
 */
export function copyButtonName(label: string, state: CopyState): string {
  if (state === 'idle' && /^copy\b/i.test(label)) return label;
  const what = label.replace(/^copy\b[\s:]*/i, '');
  return what ? `${COPY_WORD[state]}: ${what}` : COPY_WORD[state];
}
