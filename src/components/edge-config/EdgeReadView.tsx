import { EDGE_SETTINGS, notShownWords, SHOWN_BY, type MappedPartner, type PartnerSetting, type TestVerdict } from '../../tools/edge-config/index.ts';
import type { EdgeConfigRead } from '../../tools/edge-config/index.ts';

export interface Props {
  read: EdgeConfigRead;
  mapped: MappedPartner;
  tests: TestVerdict[];
}


const onOff = (value: boolean) => (value ? 'True' : 'False');

function valueOf(setting: PartnerSetting, mapped: MappedPartner): string {
  const p = mapped.partner;
  switch (setting) {
    case 'hostingProviders':
      return p.hostingProviders.map((h) => `${h.identity} → ${h.proxyFqdn ?? '(no ProxyFqdn)'}${h.enabled ? '' : ' (disabled)'}`).join('; ') || 'none';
    case 'allowedDomains':
      return p.allowedDomains.map((a) => `${a.domain}${a.proxyFqdn ? ` → ${a.proxyFqdn}` : ' (no ProxyFqdn)'}`).join('; ') || 'none';
    case 'blockedDomains':
      return p.blockedDomains.join(', ') || 'none';
    default: {
      // A switch (True/False, as PowerShell prints it) or a text such as the domain.
      const value: unknown = p[setting];
      return typeof value === 'boolean' ? onOff(value) : String(value);
    }
  }
}

/** What the reader read (and from where), what it did not, and each line it could not read. */
export function EdgeReadView({ read, mapped, tests }: Props) {
  const settings = Object.keys(EDGE_SETTINGS) as PartnerSetting[];
  return (
    <div data-testid="edge-read" data-unread={read.unread.length} data-cmdlets={read.cmdlets.join(' ')}>
      <p>
        {/* One text node, as the server renders it: hydration then has nothing to split. */}
        {`Read the output of ${read.cmdlets.join(', ')}${read.errors.length > 0 ? `; ${read.errors.length} line${read.errors.length === 1 ? '' : 's'} of PowerShell errors (a command failed) set aside` : ''}.`}
      </p>
      <dl class="lf-edge-settings">
        {settings.map((s) => (
          <div key={s} data-setting={s} data-read={mapped.readFrom[s] ? 'true' : 'false'}>
            <dt>{EDGE_SETTINGS[s].label}</dt>
            <dd>
              {mapped.readFrom[s] || s === 'domain' ? <code>{valueOf(s, mapped)}</code> : <strong>not in your paste</strong>}{' '}
              <span class="lf-hint">
                {mapped.readFrom[s]
                  ? `from ${mapped.readFrom[s]}`
                  : s === 'domain'
                    ? 'not in the paste: typed above, or the playground\'s example domain'
                    : `${notShownWords(SHOWN_BY[s])}; until then it is unknown, not a default`}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {read.notes.length > 0 ? (
        <ul>
          {read.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      {tests.length > 0 ? (
        <>
          <h4>Test-CsFederatedPartner</h4>
          <ul data-testid="edge-tests">
            {tests.map((t) => (
              <li key={t.test.line} data-status={t.status} data-code={t.entry?.code ?? ''}>
                {t.test.domain ? <code>{t.test.domain}</code> : 'A domain'}: <strong>{t.test.result ?? 'no Result'}</strong>
                {t.aboutTenant ? ' (your Lync Online domain)' : ''}.
                {t.notOnAllowedList ? ' It is not on the allowed-domain list pasted, and the cmdlet can only test listed domains.' : ''}
                {t.entry ? (
                  <>
                    {' '}
                    Code {t.entry.code} ({t.entry.reason}): {t.entry.meaning}
                    {t.test.codeFrom === 'reason-phrase' ? '; matched by its reason text, the output has no code number' : ''}.{' '}
                    <a href={`/troubleshooting/ms-diagnostics/#code-${t.entry.code}`}>What code {t.entry.code} means</a>
                  </>
                ) : t.status === 'failure' && (t.test.error || t.test.diagnosis) ? (
                  <> {[t.test.error, t.test.diagnosis].filter(Boolean).join(' ')}</>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {read.unread.length > 0 ? (
        <>
          <h4>Lines not read ({read.unread.length})</h4>
          <ul class="lf-edge-unread" data-testid="edge-unread">
            {read.unread.slice(0, 50).map((u) => (
              <li key={u.line}>
                Line {u.line}: <code>{u.text.length > 120 ? `${u.text.slice(0, 117)}...` : u.text}</code> ({u.why})
              </li>
            ))}
            {read.unread.length > 50 ? <li>and {read.unread.length - 50} more</li> : null}
          </ul>
        </>
      ) : null}
    </div>
  );
}
