import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { checkDomainLive, checkPaste, DEFAULT_DOH_ENDPOINTS, EXPECTED_FORMATS, type Checked, type DnsReport } from '../../tools/dns/index.ts';
import { Announcer } from '../widgets/Announcer.tsx';
import { DnsReportView } from './DnsReportView.tsx';
import { readResolverOverride } from './resolver-param.ts';
// The worked example (the contoso.com zone file the tests use) is fixed data: it travels in this
// module, fetched when the reader first uses the widget, not in the page's HTML as island props.
import EXAMPLE from '../../../test/fixtures/dns/zone.txt?raw';
import { PasteField } from '../widgets/PasteField.tsx';

export interface Props {
  /** Pasted output checked on the server, so a reader without JavaScript sees a real result. */
  example?: string;
  /** DNS-over-HTTPS JSON endpoints, tried in order (default: Cloudflare, then Google). */
  endpoints?: readonly string[] | undefined;
  /** Per request; the default is the core's (5 s). */
  timeoutMs?: number | undefined;
}

type View = { kind: 'result'; result: Checked<DnsReport> } | { kind: 'loading'; domain: string };

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/**
 * The DNS record checker: look a domain up live through a public DNS-over-HTTPS resolver, or paste
 * what nslookup, dig, Resolve-DnsName or a zone file shows and have it read in the page. Both end in
 * the same report, computed by the pure checker (src/tools/dns), as the CLI's is.
 *
 * No "as of" date here (issue 33): the one dated change about these records, the lyncdiscover CNAME
 * of November 2011 (history.ts `lyncdiscover-cname`), changes no verdict (it is optional at every
 * date and plays no part in federation) and the report already says when it came; the checker
 * makes no playground or diagnosis link a date could travel in.
 */
export function DnsChecker({ example = EXAMPLE, endpoints, timeoutMs }: Props) {
  const id = useId();
  const domain = useSignal('');
  const paste = useSignal(example);
  const pasteDomain = useSignal('');
  const resolvers = useSignal<readonly string[]>(endpoints && endpoints.length > 0 ? endpoints : DEFAULT_DOH_ENDPOINTS);
  const refused = useSignal<string[]>([]);
  const first = useMemo(() => checkPaste(example), [example]);
  const view = useSignal<View>({ kind: 'result', result: first });
  const running = useRef<{ controller: AbortController; token: number } | null>(null);
  const tokens = useRef(0);

  useEffect(() => {
    const search = window.location.search;
    const override = readResolverOverride(search);
    if (override.endpoints.length > 0) resolvers.value = override.endpoints;
    refused.value = override.refused;
    const asked = new URLSearchParams(search).get('domain');
    if (asked) domain.value = asked.slice(0, 300);
    return () => running.current?.controller.abort();
  }, []);

  const summary = useComputed(() => {
    const v = view.value;
    if (v.kind === 'loading') return `Looking up the Lync records of ${v.domain}…`;
    return v.result.ok ? v.result.value.summary : v.result.message;
  });
  const hosts = useComputed(() => resolvers.value.map(hostOf));

  const lookUp = async (event: Event) => {
    event.preventDefault();
    running.current?.controller.abort();
    const controller = new AbortController();
    const token = ++tokens.current;
    running.current = { controller, token };
    const name = domain.value.trim();
    view.value = { kind: 'loading', domain: name || '(no domain)' };
    const result = await checkDomainLive(name, {
      endpoints: resolvers.value,
      signal: controller.signal,
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });
    // A newer lookup, a paste, or Cancel has taken over since.
    if (running.current?.token !== token) return;
    running.current = null;
    view.value = { kind: 'result', result };
  };

  const cancel = () => {
    running.current?.controller.abort();
    running.current = null;
    view.value = { kind: 'result', result: { ok: false, message: 'The lookup was cancelled.' } };
  };

  const checkThePaste = (event: Event) => {
    event.preventDefault();
    running.current?.controller.abort();
    running.current = null;
    const given = pasteDomain.value.trim();
    view.value = { kind: 'result', result: checkPaste(paste.value, given ? { domain: given } : {}) };
  };

  const v = view.value;
  return (
    <div class="lf-widget lf-tool not-content" data-widget="dns-checker">
      <form onSubmit={lookUp} data-testid="dns-live-form">
        <fieldset>
          <legend>Look up a domain</legend>
          <label for={`${id}-domain`}>Your domain</label>
          <div class="lf-tool-row">
            <input
              id={`${id}-domain`}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="contoso.com"
              value={domain.value}
              onInput={(event) => (domain.value = event.currentTarget.value)}
              aria-describedby={`${id}-domain-hint`}
            />
            <button type="submit" class="lf-button">
              Look up
            </button>
          </div>
          <p id={`${id}-domain-hint`} class="lf-hint" data-testid="dns-resolvers">
            Only the record names under this domain are sent, to the public DNS-over-HTTPS resolver{' '}
            {hosts.value.length > 1 ? (
              <>
                <code>{hosts.value[0]}</code> (then <code>{hosts.value.slice(1).join(', ')}</code> if it does not answer)
              </>
            ) : (
              <code>{hosts.value[0]}</code>
            )}
            .
          </p>
          {refused.value.length > 0 ? (
            <p class="lf-error" data-testid="dns-resolver-refused">
              The address asked for another resolver ({refused.value.join(', ')}); it was ignored. Only the default
              resolvers ({DEFAULT_DOH_ENDPOINTS.map(hostOf).join(' and ')}) may be named.
            </p>
          ) : null}
        </fieldset>
      </form>
      <form onSubmit={checkThePaste} data-testid="dns-paste-form">
        <fieldset>
          <legend>Or paste what a DNS tool printed</legend>
          <PasteField id={`${id}-paste`} rows={10} label="Output of nslookup, dig or Resolve-DnsName, or a zone file" text={paste} hint={`Accepted: ${EXPECTED_FORMATS}.`} />
          <label for={`${id}-paste-domain`}>Domain (optional)</label>
          <input
            id={`${id}-paste-domain`}
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={pasteDomain.value}
            onInput={(event) => (pasteDomain.value = event.currentTarget.value)}
            aria-describedby={`${id}-paste-domain-hint`}
          />
          <p id={`${id}-paste-domain-hint`} class="lf-hint">
            Needed only when the paste does not name it: a zone file without <code>$ORIGIN</code>, or <code>dig +short</code>.
          </p>
          <p class="lf-tool-actions">
            <button type="submit" class="lf-button">
              Check the paste
            </button>
          </p>
        </fieldset>
      </form>
      <section class="lf-result" aria-labelledby={`${id}-result`} data-testid="dns-result" aria-busy={v.kind === 'loading'}>
        <h3 id={`${id}-result`} class="lf-tool-heading">
          What the records say
        </h3>
        <Announcer summary={summary} />
        {v.kind === 'loading' ? (
          <p data-testid="dns-loading">
            Asking <code>{hosts.value[0]}</code> about the Lync records of <code>{v.domain}</code>…{' '}
            <button type="button" class="lf-button" onClick={cancel}>
              Cancel
            </button>
          </p>
        ) : (
          <DnsReportView result={v.result} />
        )}
      </section>
    </div>
  );
}
