import { useComputed, useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { EXPECTED_EDGE_CONFIG } from '../../tools/edge-config/index.ts';
import { decodeText } from '../../tools/trace/decode.ts';
import { Undecided } from './Undecided.tsx';
import { Announcer } from '../widgets/Announcer.tsx';
import { Fixes } from '../playground/Fixes.tsx';
import { Verdicts } from '../playground/Verdicts.tsx';
import { Warnings } from '../playground/Warnings.tsx';
import { edgeOutcome, type EdgeInputs } from './edge-outcome.ts';
import { EdgeReadView } from './EdgeReadView.tsx';
import { PLAYGROUND_PATH } from './playground-link.ts';
import { GA_DATE } from '../../rules/history.ts';
import { AsOfField } from '../widgets/AsOfField.tsx';
import { ChangedSince } from '../widgets/ChangedSince.tsx';
// The worked example travels in this module (fetched on first use), not in the page's HTML as a prop.
import EXAMPLE from '../../../test/fixtures/edge-config/example-no-route.txt?raw';
import { PasteField } from '../widgets/PasteField.tsx';

/** What the widget starts with (its inputs' first values), worked out ahead below. */
const STARTING: EdgeInputs = { text: EXAMPLE, tenant: 'contoso.com', partnerDomain: '', policy: '', playgroundPath: PLAYGROUND_PATH, asOf: GA_DATE };

// This module arrives at idle, before the reader's first touch (client:interaction). Working out the
// example's answer now, in an idle moment of its own (about 25 ms on a throttled phone, so never a
// long task), leaves the touch only the hydration, and the reading and evaluating code already run
// once for the reader's paste. Measured with `npm run bench -- --only first-use`.
if (typeof window !== 'undefined' && typeof requestIdleCallback === 'function') {
  requestIdleCallback(() => void edgeOutcome(STARTING));
}

export interface Props {
  example?: string;
  playgroundPath?: string;
}

/**
 * The Edge configuration reader: paste Management Shell output (or open the file saved from a
 * redirect), type your Lync Online domain, and see what the paste says for federation with you.
 * State is three signals; one computed calls the pure reader, mapping and rules. Nothing pasted
 * leaves the page: the only link it makes carries the settings read, never the paste.
 */
export function EdgeConfigReader({ example = STARTING.text, playgroundPath = STARTING.playgroundPath }: Props) {
  const id = useId();
  const text = useSignal(example);
  const tenant = useSignal(STARTING.tenant);
  const partnerDomain = useSignal(STARTING.partnerDomain);
  const policy = useSignal(STARTING.policy);
  const asOf = useSignal(STARTING.asOf);
  const copied = useSignal('');

  const outcome = useComputed(() =>
    edgeOutcome({ text: text.value, tenant: tenant.value, partnerDomain: partnerDomain.value, policy: policy.value, playgroundPath, asOf: asOf.value }),
  );

  const summary = useComputed(() => {
    const o = outcome.value;
    if (o.kind === 'unread') return o.message;
    if (o.kind === 'read') return o.problem;
    if (!o.evaluation) {
      const open = o.verdict.modalities.filter((m) => !m.decided).length;
      return `Read ${o.read.cmdlets.length} cmdlet${o.read.cmdlets.length === 1 ? '' : 's'}; ${open} of ${o.verdict.modalities.length} modalities not decided: the paste does not show ${o.verdict.notInPaste.map((n) => n.command ?? n.path).filter((c, i, all) => all.indexOf(c) === i).join(', ')}.`;
    }
    const works = o.evaluation.results.filter((r) => r.works).length;
    return `Read ${o.read.cmdlets.length} cmdlet${o.read.cmdlets.length === 1 ? '' : 's'}; ${works} of ${o.evaluation.results.length} modalities work with ${o.evaluation.scenario.tenant.domain}.`;
  });

  // The permalink is the playground's own link for these settings: it reopens the same verdicts,
  // reasons and fixes, and holds nothing else of the paste.
  const copyLink = async (href: string) => {
    try {
      // On the published site (SITE_URL), not the address this page was opened from.
      await navigator.clipboard.writeText(new URL(href, import.meta.env.SITE || window.location.href).href);
      copied.value = 'Link copied: it opens these settings in the playground, without the paste.';
    } catch {
      copied.value = 'Could not copy the link: your browser refused access to the clipboard.';
    }
  };

  const openFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) text.value = decodeText(new Uint8Array(await file.arrayBuffer()));
  };

  const o = outcome.value;
  const policies = o.kind === 'unread' ? [] : o.read.policies;
  return (
    <div class="lf-widget lf-tool not-content" data-widget="edge-config">
      <fieldset>
        <legend>Paste the Edge's configuration</legend>
        <PasteField
          id={`${id}-text`}
          rows={12}
          label="Lync Server Management Shell output"
          text={text}
          hint={
            <>
              {`Accepted: ${EXPECTED_EDGE_CONFIG}, as printed (list or table) or saved with `}
              <code>&gt; file.txt</code>.
            </>
          }
        />
        <label for={`${id}-file`}>Or open the file</label>
        <input id={`${id}-file`} type="file" accept=".txt,.log,text/plain" onChange={openFile} />
      </fieldset>
      <fieldset class="lf-tool-row">
        <legend>Evaluate it against</legend>
        <label for={`${id}-tenant`}>Your Lync Online domain</label>
        <input id={`${id}-tenant`} type="text" autoComplete="off" spellcheck={false} value={tenant.value} onInput={(e) => (tenant.value = e.currentTarget.value)} />
        <label for={`${id}-partner`}>Their SIP domain (the paste does not show it)</label>
        <input id={`${id}-partner`} type="text" autoComplete="off" spellcheck={false} placeholder="litwareinc.com" value={partnerDomain.value} onInput={(e) => (partnerDomain.value = e.currentTarget.value)} />
        {policies.length > 1 ? (
          <>
            <label for={`${id}-policy`}>Their user's external access policy</label>
            <select id={`${id}-policy`} value={policy.value} onChange={(e) => (policy.value = e.currentTarget.value)}>
              <option value="">As the paste shows (Get-CsUser), else Global</option>
              {policies.map((p) => (
                <option key={p.line} value={p.identity}>
                  {p.identity}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <AsOfField id={id} value={asOf.value} onInput={(v) => (asOf.value = v)} />
      </fieldset>
      <section class="lf-result" aria-labelledby={`${id}-result`} data-testid="edge-result">
        <h3 id={`${id}-result`} class="lf-tool-heading">
          What the paste says
        </h3>
        <Announcer summary={summary} />
        {o.kind === 'unread' ? (
          <div class="lf-error" data-testid="edge-error">
            <p>{o.message}</p>
          </div>
        ) : (
          <>
            <EdgeReadView read={o.read} mapped={o.mapped} tests={o.tests} />
            {o.kind === 'read' ? (
              <div class="lf-error">
                <p>{o.problem}</p>
              </div>
            ) : (
              <>
                <h4>{`With ${tenant.value.trim().toLowerCase()}`}</h4>
                {o.evaluation ? (
                  <>
                    <Verdicts evaluation={o.evaluation} />
                    <Warnings evaluation={o.evaluation} headingLevel={4} />
                    <Fixes evaluation={o.evaluation} headingLevel={4} />
                  </>
                ) : (
                  <Undecided verdict={o.verdict} />
                )}
                <ChangedSince history={o.history} asOf={o.asOf} />
                <p>
                  <a class="lf-button" href={o.href} data-testid="edge-open-playground">
                    Open these settings in the playground
                  </a>{' '}
                  <button type="button" class="lf-button" data-testid="edge-copy-link" onClick={() => void copyLink(o.href)}>
                    Copy a link to this result
                  </button>{' '}
                  <span class="lf-hint">The link carries the settings read, not the paste.</span>{' '}
                  <span role="status" class="lf-hint">
                    {copied.value}
                  </span>
                </p>
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}

export default EdgeConfigReader;
