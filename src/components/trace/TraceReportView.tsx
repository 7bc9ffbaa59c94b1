import { useSignal } from '@preact/signals';
import type { Explained } from '../../tools/trace/index.ts';
import { FindingItem } from './FindingItem.tsx';

export interface Props {
  result: Explained;
  ruleConditions: Readonly<Record<string, string>>;
  dnsCheckerPath: string;
  /** The date the reader chose, for the findings' playground links (absent: general availability). */
  asOf?: string;
}

/** Findings listed at first; a long log's rest is a button away, so the page stays quick. */
const FIRST = 25;

/** A trace's explanation: how many messages, then each failure found, then failures without a code. */
export function TraceReportView({ result, ruleConditions, dnsCheckerPath, asOf }: Props) {
  const showAll = useSignal(false);
  if (!result.ok) {
    return (
      <div class="lf-error" data-testid="trace-error">
        <p>{result.message}</p>
      </div>
    );
  }
  const r = result.value;
  const shown = showAll.value ? r.findings : r.findings.slice(0, FIRST);
  return (
    <div data-testid="trace-report" data-messages={r.messages} data-findings={r.findings.length}>
      <p data-testid="trace-summary">
        <strong>{r.summary}</strong> {r.requests} request{r.requests === 1 ? '' : 's'}, {r.responses} response
        {r.responses === 1 ? '' : 's'}
        {r.truncated > 0 ? `; ${r.truncated} cut short by the log` : ''}
        {r.informational > 0 ? `; ${r.informational} other diagnostics entr${r.informational === 1 ? 'y' : 'ies'} that are not failures` : ''}.
      </p>
      {r.findings.length > 0 ? (
        <ol class="lf-findings">
          {shown.map((finding) => (
            <FindingItem key={`${finding.messageIndex}-${finding.code}`} finding={finding} ruleConditions={ruleConditions} dnsCheckerPath={dnsCheckerPath} asOf={asOf} />
          ))}
        </ol>
      ) : null}
      {shown.length < r.findings.length ? (
        <p>
          <button type="button" class="lf-button" onClick={() => (showAll.value = true)}>
            Show all {r.findings.length} failures
          </button>
        </p>
      ) : null}
      {r.clientDiagnostics.length > 0 ? (
        <div class="lf-tool-aside" data-testid="trace-client-diagnostics">
          <p>
            {r.clientDiagnostics.length} ms-client-diagnostics code{r.clientDiagnostics.length === 1 ? '' : 's'}: Lync clients write these about calls, video
            and application sharing, not about federation, so this site does not explain them. Its <a href={r.clientDiagnostics[0]?.page}>ms-diagnostics page</a>{' '}
            lists the codes it does explain.
          </p>
          <ul>
            {r.clientDiagnostics.slice(0, FIRST).map((c) => (
              <li key={`${c.line}-${c.code}`} data-code={c.code ?? ''}>
                <code>{c.code ?? '?'}</code>
                {c.reason ? ` "${c.reason}"` : ''} on {c.status !== null ? `the ${c.status} response` : `the ${c.method ?? 'request'}`} to {c.method ?? 'a request'}, line {c.line}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.undiagnosed.length > 0 ? (
        <div class="lf-tool-aside" data-testid="trace-undiagnosed">
          <p>
            {r.undiagnosed.length} error response{r.undiagnosed.length === 1 ? '' : 's'} between domains carr
            {r.undiagnosed.length === 1 ? 'ies' : 'y'} no ms-diagnostics code; the status alone does not say which setting is wrong:
          </p>
          <ul>
            {r.undiagnosed.slice(0, FIRST).map((u) => (
              <li key={u.messageIndex}>
                {u.status}
                {u.reasonPhrase ? ` ${u.reasonPhrase}` : ''} to {u.method ?? 'a request'}, line {u.line}
                {u.callId ? (
                  <>
                    , Call-ID <code>{u.callId}</code>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
