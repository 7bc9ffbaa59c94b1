import { PROVIDER } from './provider.ts';
import type { EmbedWidget } from './widgets.ts';

export interface SnippetInput {
  /** The site's public address (astro.config.mjs `site`), possibly with a base path. */
  site: string;
  widget: Pick<EmbedWidget, 'id' | 'title' | 'height'>;
  /**
   * The widget's link parameters (a query string starting with "?"), when the embed must open a
   * given state: the host's oEmbed endpoint embeds a shared playground link's own scenario.
   * Written into the src attribute escaped; the embed page validates it as its full page does.
   */
  query?: string;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };
const attribute = (value: string) => value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);

/** A widget's embed page at the site's public address (`site` may carry a base path). */
export function embedAddress(site: string, widgetId: string): string {
  return new URL(`embed/${widgetId}/`, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * The sandbox the snippet puts the frame in, and why each flag is there. A host may paste the
 * iframe as it is; a host that sandboxes every iframe should use these flags.
 *
 * - allow-scripts: the widget is a script (its verdicts are computed in the reader's browser).
 * - allow-same-origin: the frame keeps the embed's own origin (this site's, never the host
 *   page's: the two flags together are only unsafe for a frame on the host's own origin, which
 *   could then lift its own sandbox). Without it the frame's origin is "null": every script and
 *   font it loads becomes a cross-origin request that works only where the host sends CORS
 *   headers (Cloudflare Pages and Netlify do, from public/_headers; a plain nginx may not), and
 *   its storage is refused. So we recommend it rather than depend on every host's CORS; the
 *   widget still runs, and resizes, under the stricter sandbox where CORS is served
 *   (test/e2e/host.test.ts).
 * - allow-popups and allow-popups-to-escape-sandbox: links in the embed open in a new tab
 *   (the embed page's <base target="_blank">), and that tab is a normal page, not a sandboxed one.
 * Never allow-top-navigation: the embed has no business replacing the host page.
 */
export const EMBED_SANDBOX = ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox'] as const;

/** The permissions the frame is given: Copy buttons inside the embed write to the clipboard. */
export const EMBED_ALLOW = 'clipboard-write';

/**
 * The HTML another site pastes to embed a widget: the iframe, and a small script that sets the
 * iframe's height from the embed's `lf-embed-height` messages so the widget never scrolls inside
 * the host page. The iframe's own height is at least the widget's height at 360 and 720 px wide
 * (src/embed/widgets.ts, measured by test/e2e/embed.test.ts): a host that strips the script still
 * shows the whole widget and its verdict.
 *
 * The script is written for any host page, not this site: ES5 (a CMS may serve it to anything),
 * no globals. It trusts a message only when it comes from one of the embed iframes' own windows
 * (event.source === iframe.contentWindow) and has the expected shape; the origin may be the
 * embed's or "null" (a frame sandboxed without allow-same-origin has an opaque origin, and the
 * window check is what proves the sender then). It finds its iframe by that window rather than by
 * position, so a CMS that wraps the iframe in a <p>, or two embeds on one page, still work.
 * Pasting it twice adds two listeners that set the same height.
 */
export function buildEmbedSnippet({ site, widget, query = '' }: SnippetInput): string {
  const src = `${embedAddress(site, widget.id)}${query}`;
  const title = `${widget.title} (${PROVIDER.name})`;
  // JSON.stringify makes a valid JS string; "<" is escaped so no value can close the <script>.
  const origin = JSON.stringify(new URL(src).origin).replace(/</g, '\\u003c');
  const iframe =
    `<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy" style="width:100%;border:0" height="${Math.round(widget.height)}"` +
    ` allow="${EMBED_ALLOW}" sandbox="${EMBED_SANDBOX.join(' ')}" data-lf-embed="${attribute(widget.id)}"></iframe>`;
  const script =
    '<script>(function(){' +
    `var o=${origin};` +
    'addEventListener("message",function(e){' +
    'var d=e.data;' +
    'if((e.origin!==o&&e.origin!=="null")||!d||d.type!=="lf-embed-height"||typeof d.height!=="number"||!(d.height>0))return;' +
    'var f=document.querySelectorAll("iframe[data-lf-embed]");' +
    // Clamped: a height is a number of pixels, never a way to make the host page endless.
    'for(var i=0;i<f.length;i++)if(e.source&&f[i].contentWindow===e.source)f[i].height=String(Math.min(Math.ceil(d.height),20000));' +
    '});' +
    '})();</script>';
  return `${iframe}\n${script}`;
}
