import { useSignal, useSignalEffect, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';

export interface Props {
  /** The current one-line summary of the widget's verdict. */
  summary: ReadonlySignal<string>;
}

/**
 * A polite live region: screen readers hear the verdict whenever it changes. The text is copied
 * after each change (not rendered directly from the summary) so that only changes are announced:
 * the summary the widget starts with (its example, or a shared link's scenario) is on the page
 * already, so waking the widget with a first touch says nothing.
 */
export function Announcer({ summary }: Props) {
  const announced = useSignal('');
  // The summary when the widget started; null once it has changed (from then on, every value is said).
  const starting = useRef<string | null>(summary.peek());
  useSignalEffect(() => {
    const now = summary.value;
    if (starting.current !== null && now === starting.current) return;
    starting.current = null;
    announced.value = now;
  });
  return (
    <p class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="widget-announcer">
      {announced.value}
    </p>
  );
}
