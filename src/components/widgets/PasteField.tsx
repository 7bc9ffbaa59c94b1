import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';

export interface Props {
  /** The text box's id; its hint is `${id}-hint`. */
  id: string;
  /** What to paste, in the reader's words ("Output of nslookup, dig or Resolve-DnsName …"). */
  label: ComponentChildren;
  /** The paste, as typed. */
  text: Signal<string>;
  /** What is accepted, and how to get it; the field adds that the paste stays in the page. */
  hint: ComponentChildren;
  rows?: number;
}

/**
 * The text box every paste tool reads from (DNS checker, trace explainer, Edge reader, partner
 * look-up and inventory): no spell check or autofill on logs and commands, its hint tied to it for
 * screen readers, and the same promise in each, said once here: nothing pasted leaves the browser.
 */
export function PasteField({ id, label, text, hint, rows = 7 }: Props) {
  return (
    <>
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} spellcheck={false} autoComplete="off" value={text.value} onInput={(event) => (text.value = event.currentTarget.value)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} class="lf-hint">
        {hint} It is read in this page and sent nowhere.
      </p>
    </>
  );
}
