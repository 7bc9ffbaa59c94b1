import type { Finding } from '../../tools/trace/index.ts';
import { SourceNote } from '../SourceNote.tsx';
import { readableLink } from './readable-link.ts';

export interface Props {
  finding: Finding;
  /** Short text of each playground rule (its condition), made at build time. */
  ruleConditions: Readonly<Record<string, string>>;
  dnsCheckerPath: string;
  /** The date the reader chose: the playground link opens the case as of it. */
  asOf?: string | undefined;
}

/** One failure found in a trace: the code and reason, where it was, what it means here, and the rule it points to. */
export function FindingItem({ finding: f, ruleConditions, dnsCheckerPath, asOf }: Props) {
  return (
    <li class="lf-finding" data-code={f.code} data-known={String(f.known)} data-matched-by={f.matchedBy}>
      <p class="lf-finding-title">
        <span class={`lf-badge ${f.known ? 'lf-badge-blocked' : 'lf-badge-optional'}`}>
          {f.known ? `${f.matchedBy === 'reason-phrase' ? 'by its reason text: code' : 'ms-diagnostics'} ${f.code}` : `unknown code ${f.code}`}
        </span>{' '}
        {f.reason ? <q>{f.reason}</q> : null}
      </p>
      <dl class="lf-finding-facts">
        <dt>Status</dt>
        <dd>{f.status === null ? `none: it came on a ${f.method ?? 'request'}` : `${f.status}${f.reasonPhrase ? ` ${f.reasonPhrase}` : ''}${f.method ? ` (to ${f.method})` : ''}`}</dd>
        <dt>Call-ID</dt>
        <dd>{f.callId ? <code>{f.callId}</code> : 'not in the log'}</dd>
        <dt>Where</dt>
        <dd>
          line {f.line}
          {f.timestamp ? `, ${f.timestamp}` : ''}
          {f.occurrences > 1 ? `, logged ${f.occurrences} times along the way` : ''}
        </dd>
        <dt>Means</dt>
        <dd>{f.known ? f.meaning : 'not known to this site'}</dd>
      </dl>
      <p>{f.explanation}</p>
      {f.fix ? (
        <p>
          <strong>Fix:</strong> {f.fix}
        </p>
      ) : null}
      {f.rule ? (
        <p data-testid="finding-rule">
          <strong>Playground rule:</strong> <code>{f.rule}</code>
          {ruleConditions[f.rule] ? ` (${ruleConditions[f.rule]})` : ''}
          {f.alsoRules.length > 0 ? (
            <>
              ; the same code also comes from {f.alsoRules.map((rule, i) => (
                <span key={rule}>
                  {i > 0 ? ', ' : ''}
                  <code>{rule}</code>
                </span>
              ))}
            </>
          ) : null}
          .{' '}
          {f.playground ? (
            <a href={readableLink(f.playground, asOf)} data-testid="finding-playground">
              Open this case in the playground
            </a>
          ) : null}
        </p>
      ) : f.known ? (
        <p>No playground rule models this: it is outside the settings the playground covers.</p>
      ) : null}
      {f.dnsDomain ? (
        <p>
          <a href={`${dnsCheckerPath}?domain=${encodeURIComponent(f.dnsDomain)}`} data-testid="finding-dns">
            Check the DNS records of {f.dnsDomain}
          </a>
        </p>
      ) : null}
      {f.note ? <p class="lf-hint">{f.note}</p> : null}
      {f.citation ? <SourceNote citation={f.citation} /> : null}
    </li>
  );
}
