import { useSignal, useSignalEffect, type ReadonlySignal } from '@preact/signals';

export interface Props {
  /** The current one-line summary of the widget's verdict. */
  summary: ReadonlySignal<string>;
}

/**
 * A polite live region: screen readers hear the verdict whenever it changes. The text is copied
 * after each change (not rendered directly from the summary) so that only changes are announced.
 */
export function Announcer({ summary }: Props) {
  const announced = useSignal('');
  useSignalEffect(() => {
    announced.value = summary.value;
  });
  return (
    <p class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="widget-announcer">
      {announced.value}
    </p>
  );
}
