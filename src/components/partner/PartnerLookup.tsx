import { useComputed, useSignal } from '@preact/signals';
import { Fragment } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { EVIDENCE_TITLES, evidenceHref } from '../../rules/sources.ts';
import type { EvidencePage } from '../../rules/index.ts';
import { PLATFORM_LABEL } from '../../share/labels.ts';
import { DEFAULT_DOH_ENDPOINTS } from '../../tools/dns/index.ts';
import { lookUpPartner, lookupCommands, readPartnerPaste, type LookupResult } from '../../tools/partner/lookup.ts';
import { lookupPlaygroundLink } from '../../tools/partner/playground-link.ts';
import { CONFIDENCE_WORDS, type PartnerReading, type RecordAnswer } from '../../tools/partner/read-record.ts';
import { Announcer } from '../widgets/Announcer.tsx';
import { Heading } from '../playground/Heading.tsx';
import { PasteField } from '../widgets/PasteField.tsx';

/** The worked example the page shows before anyone asks: a pasted answer, read in the page. */
export const EXAMPLE_PASTE = `C:\\> nslookup -type=srv _sipfederationtls._tcp.fabrikam.com
Non-authoritative answer:
_sipfederationtls._tcp.fabrikam.com     SRV service location:
          priority       = 100
          weight         = 1
          port           = 5061
          svr hostname   = sipfed.online.lync.com
`;

export interface Props {
  /** DNS-over-HTTPS JSON endpoints, tried in order (default: the DNS checker's, Cloudflare then Google). */
  endpoints?: readonly string[] | undefined;
  /** Level of the widget's own headings (3 under a page section or an embed's title). */
  headingLevel?: number;
  /** The playground's panel: the paste form folded into a details element. */
  compact?: boolean;
}

type View = { kind: 'result'; result: LookupResult; example: boolean } | { kind: 'loading' } | { kind: 'idle' };

const KIND_WORDS: Record<PartnerReading['kind'], string> = {
  'lync-online': PLATFORM_LABEL['lync-online'],
  'own-edge': 'Their own Access Edge: Lync Server 2010 or OCS on premises (ask which)',
  messenger: PLATFORM_LABEL['windows-live-messenger'],
  'no-record': 'They publish no federation record',
  unknown: 'Not known',
};

function answerText(a: RecordAnswer): string {
  if (a.outcome === 'answered') return a.records.map((r) => `${a.name} SRV ${r.priority} ${r.weight} ${r.port} ${r.target}`).join('\n');
  if (a.outcome === 'nxdomain') return `${a.name}: NXDOMAIN (the name does not exist)`;
  if (a.outcome === 'no-data') return `${a.name}: no SRV record (the name exists, with no record of this type)`;
  if (a.outcome === 'failed') return `${a.name}: no answer${a.detail ? ` (${a.detail})` : ''}`;
  return `${a.name}: not in the paste`;
}

/**
 * Partner look-up: your SIP domain and theirs in; on request, their federation SRV record (and
 * yours) from the DNS checker's DNS-over-HTTPS resolvers or from a pasted answer; out, the exact
 * question and answer, the partner's likely kind with its confidence and why, and a link that opens
 * the playground with that partner, every guessed field marked assumed. Nothing is sent until the
 * reader asks; a paste never leaves the page.
 */
export function PartnerLookup({ endpoints, headingLevel = 3, compact = false }: Props) {
  const id = useId();
  const yours = useSignal('contoso.com');
  const theirs = useSignal('fabrikam.com');
  const paste = useSignal(EXAMPLE_PASTE);
  // The page shows a worked example; the playground's panel starts empty (it sits above the playground).
  const view = useSignal<View>(compact ? { kind: 'idle' } : { kind: 'result', result: readPartnerPaste('contoso.com', 'fabrikam.com', EXAMPLE_PASTE), example: true });
  const running = useRef<AbortController | null>(null);
  const resolvers = endpoints && endpoints.length > 0 ? endpoints : DEFAULT_DOH_ENDPOINTS;

  useEffect(() => {
    // A link may fill the two boxes (?pl.you=…&pl.them=…); it never starts a lookup by itself.
    const q = new URLSearchParams(window.location.search);
    const you = q.get('pl.you');
    const them = q.get('pl.them');
    if (you !== null) yours.value = you.slice(0, 300);
    if (them !== null) theirs.value = them.slice(0, 300);
    return () => running.current?.abort();
  }, []);

  const summary = useComputed(() => {
    const v = view.value;
    if (v.kind === 'loading') return 'Looking up the federation records…';
    if (v.kind === 'idle') return '';
    if (!v.result.ok) return v.result.message;
    const p = v.result.value.partner;
    return `${p.domain}: ${KIND_WORDS[p.kind]}, ${CONFIDENCE_WORDS[p.confidence]}.`;
  });

  const lookUp = async (event: Event) => {
    event.preventDefault();
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    view.value = { kind: 'loading' };
    const result = await lookUpPartner(yours.value, theirs.value, { endpoints: resolvers, signal: controller.signal });
    if (running.current !== controller) return;
    running.current = null;
    view.value = { kind: 'result', result, example: false };
  };
  const readPaste = (event: Event) => {
    event.preventDefault();
    running.current?.abort();
    running.current = null;
    view.value = { kind: 'result', result: readPartnerPaste(yours.value, theirs.value, paste.value), example: false };
  };

  const v = view.value;
  const pasteForm = (
    <form onSubmit={readPaste} data-testid="lookup-paste-form">
      <PasteField
        id={`${id}-paste`}
        label="Or paste what nslookup, dig or Resolve-DnsName printed for either record"
        text={paste}
        hint={
          <>
            To get it, run <code>{lookupCommands(theirs.value.trim() || 'fabrikam.com')[0]}</code>.
          </>
        }
      />
      <p class="lf-tool-actions">
        <button type="submit" class="lf-button">
          Read the paste
        </button>
      </p>
    </form>
  );
  const lookupForm = (
    <form onSubmit={lookUp} data-testid="lookup-form">
      <div class="lf-lookup-domains">
        <div>
          <label for={`${id}-yours`}>Your SIP domain</label>
          <input id={`${id}-yours`} type="text" inputMode="url" autoComplete="off" spellcheck={false} value={yours.value} onInput={(e) => (yours.value = e.currentTarget.value)} />
        </div>
        <div>
          <label for={`${id}-theirs`}>Their SIP domain</label>
          <input id={`${id}-theirs`} type="text" inputMode="url" autoComplete="off" spellcheck={false} value={theirs.value} onInput={(e) => (theirs.value = e.currentTarget.value)} aria-describedby={`${id}-hint`} />
        </div>
      </div>
      <p class="lf-tool-actions">
        <button type="submit" class="lf-button">
          Look up both records
        </button>
      </p>
      <p id={`${id}-hint`} class="lf-hint">
        Nothing is looked up until you choose this. Then only the two record names are sent, to the public DNS-over-HTTPS resolver <code>{new URL(resolvers[0]!).host}</code>
        {resolvers.length > 1 ? <> (then <code>{resolvers.slice(1).map((r) => new URL(r).host).join(', ')}</code> if it does not answer)</> : null}.
      </p>
    </form>
  );
  const result = (
    <section class="lf-result" aria-labelledby={`${id}-result`} data-testid="lookup-result" aria-busy={v.kind === 'loading'}>
      <Heading level={headingLevel} id={`${id}-result`}>
        {v.kind === 'result' && v.example ? 'What the record says (the example above)' : 'What the record says'}
      </Heading>
      <Announcer summary={summary} />
      {v.kind === 'loading' ? (
        <p data-testid="lookup-loading">Asking the resolver…</p>
      ) : v.kind === 'idle' ? (
        <p class="lf-hint">Open “Start from the partner's domain”, type both domains and look them up, or paste a DNS answer: the partner's likely kind and a playground link appear here.</p>
      ) : (
        <LookupResultView result={v.result} />
      )}
    </section>
  );
  return (
    <div class="lf-widget lf-tool lf-partner-lookup not-content" data-widget="partner-lookup">
      {compact ? (
        <details class="lf-lookup-panel" open={v.kind !== 'idle'}>
          <summary>Start from the partner's domain: look up their federation record</summary>
          {lookupForm}
          <details class="lf-lookup-paste">
            <summary>Paste a DNS answer instead</summary>
            {pasteForm}
          </details>
        </details>
      ) : (
        <>
          {lookupForm}
          {pasteForm}
        </>
      )}
      {result}
    </div>
  );
}

function LookupResultView({ result }: { result: LookupResult }) {
  if (!result.ok) {
    return (
      <p class="lf-error" data-testid="lookup-error">
        {result.message}
      </p>
    );
  }
  const { partner, yours, via } = result.value;
  const link = lookupPlaygroundLink(partner, yours?.domain ?? null);
  const pages = [...new Set(partner.evidence)];
  return (
    <div data-testid="lookup-reading" data-kind={partner.kind}>
      <p class="lf-hint">Asked ({via === 'no resolver answered' ? via : `read from ${via}`}):</p>
      <pre class="lf-lookup-answer" data-testid="lookup-answer">
        <code>{`SRV ${partner.answer.name}\n${answerText(partner.answer)}`}</code>
      </pre>
      <p>
        <strong data-testid="lookup-kind">{KIND_WORDS[partner.kind]}</strong>: {CONFIDENCE_WORDS[partner.confidence]}.
      </p>
      <ul data-testid="lookup-why">
        {partner.why.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
      {partner.ask ? <p data-testid="lookup-ask">{partner.ask}</p> : null}
      {pages.length > 0 ? (
        <p class="lf-hint">
          Sources:{' '}
          {pages.map((ref, i) => (
            <Fragment key={ref}>
              {i > 0 ? '; ' : ''}
              <a href={evidenceHref(ref)}>{EVIDENCE_TITLES[ref.split('#')[0] as EvidencePage]}</a>
            </Fragment>
          ))}
          .
        </p>
      ) : null}
      {yours ? (
        <p data-testid="lookup-yours" data-status={yours.status}>
          <strong>Your record:</strong> {yours.words}
        </p>
      ) : null}
      {link ? (
        <p>
          <a class="lf-button" href={link} data-testid="lookup-playground">
            Open in the playground with {partner.domain}
          </a>{' '}
          <span class="lf-hint">Its kind and every setting the look-up did not see are marked "assumed" there.</span>
        </p>
      ) : null}
    </div>
  );
}
