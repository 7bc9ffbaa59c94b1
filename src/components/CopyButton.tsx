import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { COPY_WORD, copyButtonName, type CopyState } from './copy-button-name.ts';

export interface Props {
  /** The text, or a function making it when pressed (a long export need not be built on every redraw). */
  text: string | (() => string);
  /** Accessible name: says what is copied, since many copy buttons may share a page. */
  label: string;
}

/** Copies text to the clipboard and says so; hidden without JavaScript (it needs the Clipboard API). */
export function CopyButton({ text, label }: Props) {
  const state = useSignal<CopyState>('idle');
  // Rendered on the server too, but useless without JavaScript: there it stays invisible (keeping
  // its space, so nothing shifts; site.css). With JavaScript it shows at once, and a press before
  // the island has hydrated wakes it and is replayed (src/hydration/interaction.ts).
  const ready = useSignal(false);
  useEffect(() => {
    ready.value = true;
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      state.value = 'copied';
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): say so rather than fail silently.
      state.value = 'failed';
    }
  };
  const said = COPY_WORD[state.value];
  // The button's name says what it copies and holds the word on screen (copyButtonName); a name
  // change is not announced, so the outcome is also said in a status region next to it.
  return (
    <>
      <button type="button" class="lf-copy" aria-label={copyButtonName(label, state.value)} onClick={copy} data-copy-state={state.value} data-ready={ready.value ? 'true' : 'false'}>
        {said}
      </button>
      <span class="sr-only" role="status">
        {state.value === 'idle' ? '' : said}
      </span>
    </>
  );
}
