import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

export interface Props {
  text: string;
  /** Accessible name: says what is copied, since many copy buttons may share a page. */
  label: string;
}

/** Copies text to the clipboard and says so; hidden until JavaScript runs (it needs the Clipboard API). */
export function CopyButton({ text, label }: Props) {
  const state = useSignal<'idle' | 'copied' | 'failed'>('idle');
  // Rendered on the server too, but useless without JavaScript: it stays invisible (keeping its
  // space, so nothing shifts) until the island has hydrated.
  const ready = useSignal(false);
  useEffect(() => {
    ready.value = true;
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      state.value = 'copied';
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): say so rather than fail silently.
      state.value = 'failed';
    }
  };
  return (
    <button type="button" class="lf-copy" aria-label={label} onClick={copy} data-copy-state={state.value} data-ready={ready.value ? 'true' : 'false'} tabIndex={ready.value ? 0 : -1}>
      {state.value === 'copied' ? 'Copied' : state.value === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
