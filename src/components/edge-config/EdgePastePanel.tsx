import { useSignal } from '@preact/signals';
import type { Draft } from '../playground/draft.ts';

export interface Props {
  id: string;
  /** The partner as the form has it now: what stands where the paste is silent. */
  partner: Draft['onPremises'];
  onApply: (partner: Draft['onPremises']) => void;
}

interface Outcome {
  ok: boolean;
  message: string;
  unread: { line: number; text: string; why: string }[];
}

/**
 * Inside the playground's partner side: paste Lync Server 2010 Management Shell output and the
 * on-premises partner's fields are filled from it. The reader loads only when first used, so the
 * playground itself stays as light as before; nothing pasted leaves the page or enters the link.
 */
export function EdgePastePanel({ id, partner, onApply }: Props) {
  const text = useSignal('');
  const outcome = useSignal<Outcome | null>(null);
  const fill = async () => {
    const [{ readEdgeConfig, toPartner }, { draftToPartner, partnerToDraft, describeFill }] = await Promise.all([import('../../tools/edge-config/index.ts'), import('./draft-bridge.ts')]);
    const read = readEdgeConfig(text.value);
    if (!read.ok) {
      outcome.value = { ok: false, message: read.message, unread: [] };
      return;
    }
    const mapped = toPartner(read.value, { base: draftToPartner(partner) });
    onApply(partnerToDraft(mapped.partner));
    outcome.value = { ok: true, message: describeFill(mapped), unread: read.value.unread };
  };
  const o = outcome.value;
  return (
    <details class="lf-edge-paste" data-testid="edge-paste-panel">
      <summary>Fill these fields from your Edge's configuration</summary>
      <label for={`${id}-paste`}>
        Output of Get-CsAccessEdgeConfiguration, Get-CsHostingProvider, Get-CsAllowedDomain, Get-CsBlockedDomain and Get-CsExternalAccessPolicy
      </label>
      <textarea id={`${id}-paste`} rows={6} spellcheck={false} autoComplete="off" value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} />
      <p class="lf-hint">Read in this page only; the link to this scenario carries the settings, never the paste.</p>
      <button type="button" class="lf-button" onClick={() => void fill()}>
        Fill in from the paste
      </button>
      {o ? (
        <div role="status" class={o.ok ? 'lf-hint' : 'lf-error'} data-testid="edge-paste-outcome">
          <p>{o.message}</p>
          {o.unread.length > 0 ? (
            <ul>
              {o.unread.slice(0, 20).map((u) => (
                <li key={u.line}>
                  Line {u.line} not read: <code>{u.text.slice(0, 80)}</code> ({u.why})
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
