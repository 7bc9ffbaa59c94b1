import { useSignal } from '@preact/signals';
import { useEffect, useId } from 'preact/hooks';
import { buildEmbedSnippet, EMBED_ALLOW, EMBED_SANDBOX, embedAddress } from '../../embed/snippet.ts';
import { EMBED_WIDGETS, type EmbedWidgetId } from '../../embed/widgets.ts';

export interface Props {
  /** Which widget's embed code to show (src/embed/widgets.ts). */
  widget: EmbedWidgetId;
}

/**
 * "Embed this widget": the HTML another site pastes to show the widget (the iframe and its
 * resize script, src/embed/snippet.ts) in a read-only box, with a button that copies it. Closed
 * by default: most readers came for the widget, not its code.
 *
 * The snippet names the site's configured address (astro.config.mjs `site`), not the address the
 * page happens to be served from: a copy taken from a preview or a mirror still points at the
 * published embed.
 *
 * The snippet itself is built when the widget wakes (pressing or focusing the summary does), not
 * on the server: it is ~1.7 kB of HTML that most readers never open, on every page with a widget.
 * Server and first client render are the same (no snippet), so hydration matches; the snippet
 * appears right after. Without JavaScript the box gives the embed's address to frame by hand, and
 * the link to the embed on its own.
 */
export function EmbedCode({ widget }: Props) {
  const id = useId();
  const entry = EMBED_WIDGETS.find((w) => w.id === widget);
  const state = useSignal<'idle' | 'copied' | 'failed'>('idle');
  const ready = useSignal(false);
  useEffect(() => {
    ready.value = true;
  }, []);
  // Without `site` there is no absolute address to give another site: show nothing rather than a broken snippet.
  const site = import.meta.env.SITE;
  if (!entry || !site) return null;
  const copy = async () => {
    const snippet = buildEmbedSnippet({ site, widget: entry });
    try {
      await navigator.clipboard.writeText(snippet);
      state.value = 'copied';
    } catch {
      // Clipboard access can be refused (permissions, an insecure origin): say so, and the box is still there.
      state.value = 'failed';
    }
  };
  return (
    <details class="lf-embed-code not-content" data-embed-code={widget}>
      <summary>Embed this widget on your site</summary>
      {ready.value ? (
        <>
          <label for={`${id}-code`}>HTML to paste where the widget should appear</label>
          <textarea id={`${id}-code`} readOnly rows={4} spellcheck={false} value={buildEmbedSnippet({ site, widget: entry })} onFocus={(event) => event.currentTarget.select()} />
        </>
      ) : (
        <p>
          Frame this address: <code>{embedAddress(site, widget)}</code>
        </p>
      )}
      <div class="lf-embed-code-actions">
        <button type="button" class="lf-copy" onClick={copy} data-ready={ready.value ? 'true' : 'false'}>
          Copy embed code
        </button>
        <span role="status" class="lf-hint">
          {state.value === 'copied' ? 'Copied.' : state.value === 'failed' ? 'Could not copy: select the code and copy it.' : ''}
        </span>
      </div>
      <p class="lf-hint">
        The frame grows and shrinks with the widget, and is tall enough to show all of it where a site removes the script. If your site rewrites iframes, keep{' '}
        <code>sandbox="{EMBED_SANDBOX.join(' ')}"</code> (scripts, its own origin, links opening in a new tab) and <code>allow="{EMBED_ALLOW}"</code> (its Copy buttons).{' '}
        <a href={`/embed/${widget}/`}>See the embed on its own</a>.
      </p>
    </details>
  );
}
