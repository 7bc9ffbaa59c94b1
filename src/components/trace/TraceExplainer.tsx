import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { EXPECTED_TRACE, explainTrace, type Explained } from '../../tools/trace/index.ts';
import { Announcer } from '../widgets/Announcer.tsx';
import { explainInBackground, type TraceInput } from './explain-in-background.ts';
import { TraceReportView } from './TraceReportView.tsx';
import { AsOfField } from '../widgets/AsOfField.tsx';
import { typedDate } from '../../share/as-of.ts';
import { GA_DATE } from '../../rules/history.ts';
// The worked example (the OCSLogger log the tests use) and the rules' short texts are fixed data:
// they travel in this module, fetched when the reader first uses the widget, instead of in the
// page's HTML as island props. The rules' table is made at build time (src/integrations/command-tokens.ts),
// so the rules module itself does not reach the browser.
import EXAMPLE from '../../../test/fixtures/trace/ocslogger-1005.txt?raw';
import RULE_CONDITIONS from 'virtual:lf/rule-conditions';
import { PasteField } from '../widgets/PasteField.tsx';

export interface Props {
  /** A log explained on the server, so a reader without JavaScript sees a real explanation. */
  example?: string;
  /** What the example is, for the result's caption. */
  exampleName?: string;
  /** Short text of each playground rule the catalogue points to, made at build time. */
  ruleConditions?: Readonly<Record<string, string>>;
  dnsCheckerPath?: string | undefined;
}

type View =
  | { kind: 'result'; run: number; source: string; result: Explained }
  | { kind: 'working'; run: number; source: string; done: number; total: number };

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${Math.round(bytes / 1e3)} kB` : `${bytes} bytes`;
}

/**
 * The SIP trace explainer: paste a log or pick a file; the trace Web Worker splits it and finds
 * the ms-diagnostics codes, and the page lists each failure with what it means on this site.
 */
export function TraceExplainer({
  example = EXAMPLE,
  exampleName = 'an example OCSLogger log, as Snooper shows it',
  ruleConditions = RULE_CONDITIONS,
  dnsCheckerPath = '/troubleshooting/dns-checker/' }: Props) {
  const id = useId();
  const first = useMemo(() => explainTrace(example), [example]);
  const text = useSignal(example);
  // The date only dates the playground links: a trace's codes mean what they mean at any date.
  const asOf = useSignal(GA_DATE);
  const view = useSignal<View>({ kind: 'result', run: 0, source: exampleName, result: first });
  const running = useRef<AbortController | null>(null);
  const runs = useRef(0);
  useEffect(() => () => running.current?.abort(), []);

  const summary = useComputed(() => {
    const v = view.value;
    if (v.kind === 'working') return `Reading ${v.source}…`;
    return v.result.ok ? v.result.value.summary : v.result.message;
  });

  const start = async (input: TraceInput, source: string) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const run = ++runs.current;
    const total = 'text' in input ? input.text.length : input.file.size;
    view.value = { kind: 'working', run, source, done: 0, total };
    const result = await explainInBackground(
      input,
      (done, all) => {
        if (runs.current === run) view.value = { kind: 'working', run, source, done, total: all };
      },
      controller.signal,
    );
    if (runs.current !== run) return;
    running.current = null;
    view.value = { kind: 'result', run, source, result };
  };

  const explainPaste = (event: Event) => {
    event.preventDefault();
    void start({ text: text.value }, `the pasted text (${size(text.value.length)})`);
  };

  const explainFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void start({ file }, `${file.name} (${size(file.size)})`);
  };

  const cancel = () => {
    running.current?.abort();
    running.current = null;
    const run = ++runs.current;
    view.value = { kind: 'result', run, source: 'the trace', result: { ok: false, message: 'Cancelled: nothing was explained.' } };
  };

  const v = view.value;
  const percent = v.kind === 'working' && v.total > 0 ? Math.floor((v.done / v.total) * 100) : 0;
  return (
    <div class="lf-widget lf-tool not-content" data-widget="trace-explainer">
      <form onSubmit={explainPaste} data-testid="trace-paste-form">
        <fieldset>
          <legend>Paste a trace</legend>
          <PasteField id={`${id}-text`} rows={12} label="Log text with SIP messages" text={text} hint={`Accepted: ${EXPECTED_TRACE}.`} />
          <p class="lf-tool-actions">
            <button type="submit" class="lf-button">
              Explain the paste
            </button>
          </p>
        </fieldset>
      </form>
      <div class="lf-tool-part">
        <fieldset>
          <legend>Or open a log file</legend>
          <label for={`${id}-file`}>Log file (.log or .txt, any size)</label>
          {/* tools.css (registered in astro.config.mjs, loaded in <head>) keeps it within a 320 px column. */}
          <input id={`${id}-file`} type="file" accept=".log,.txt,text/plain" onChange={explainFile} aria-describedby={`${id}-file-hint`} />
          <p id={`${id}-file-hint`} class="lf-hint">
            The file is read in this page, in the background, and sent nowhere. It is explained as soon as you pick it.
          </p>
        </fieldset>
      </div>
      <div class="lf-tool-part">
        <AsOfField id={id} value={asOf.value} onInput={(v) => (asOf.value = v)} />
      </div>
      <section class="lf-result" aria-labelledby={`${id}-result`} data-testid="trace-result" aria-busy={v.kind === 'working'}>
        <h3 id={`${id}-result`} class="lf-tool-heading">
          What the trace says
        </h3>
        <Announcer summary={summary} />
        <p class="lf-hint" data-testid="trace-source">
          {v.kind === 'working' ? 'Reading' : 'Explained'}: {v.source}.
        </p>
        {v.kind === 'working' ? (
          <div class="lf-tool-progress" data-testid="trace-progress">
            <label for={`${id}-progress`}>Reading the trace: {percent}%</label>
            <progress id={`${id}-progress`} max={100} value={percent}>
              {percent}%
            </progress>
            <button type="button" class="lf-button" onClick={cancel}>
              Cancel
            </button>
          </div>
        ) : (
          <TraceReportView key={v.run} result={v.result} ruleConditions={ruleConditions} dnsCheckerPath={dnsCheckerPath} asOf={typedDate(asOf.value).asOf} />
        )}
      </section>
    </div>
  );
}
