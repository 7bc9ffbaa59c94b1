import { useSignal, useSignalEffect, type Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { readWidgetParams, writeWidgetParams, type WidgetSpec } from '../../share/widget-params.ts';

/**
 * Keeps a widget's state in the page address: reads the widget's parameters once hydrated (the
 * server cannot see the query string), then writes every change back with replaceState (no
 * history entry per keystroke, so Back still leaves the page). Nothing is written until the reader
 * changes something, so a page opened plainly keeps its plain address.
 * Returns what a link asked for but could not be restored.
 */
export function useWidgetPermalink<S extends object>(state: Signal<S>, spec: WidgetSpec<S>, defaults: S): Signal<string[]> {
  const problems = useSignal<string[]>([]);
  const baseline = useSignal<string | null>(null);
  // The state the widget opened with, taken at its first render, before anything the reader did
  // can reach it: a change made before the mount effect below runs (a replayed first touch, see
  // src/hydration/interaction.ts) still differs from it, so it still reaches the address.
  const opened = useRef<string | null>(null);
  opened.current ??= JSON.stringify(state.value);
  useEffect(() => {
    const read = readWidgetParams(window.location.search, spec, defaults);
    if (read.found) {
      state.value = read.state;
      problems.value = read.problems;
      baseline.value = JSON.stringify(read.state);
    } else baseline.value = opened.current;
  }, []);
  useSignalEffect(() => {
    const current = state.value;
    if (baseline.value === null || JSON.stringify(current) === baseline.value) return;
    baseline.value = '';
    const query = writeWidgetParams(window.location.search, spec, current, defaults);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  });
  return problems;
}
