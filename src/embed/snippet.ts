import { PROVIDER } from './provider.ts';
import type { EmbedWidget } from './widgets.ts';

export interface SnippetInput {
  /** The site's public address (astro.config.mjs `site`), possibly with a base path. */
  site: string;
  widget: Pick<EmbedWidget, 'id' | 'title' | 'height'>;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };
const attribute = (value: string) => value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);

/** A widget's embed page at the site's public address (`site` may carry a base path). */
export function embedAddress(site: string, widgetId: string): string {
  return new URL(`embed/${widgetId}/`, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * The HTML another site pastes to embed a widget: the iframe, and a small script that sets the
 * iframe's height from the embed's `lf-embed-height` messages so the widget never scrolls inside
 * the host page.
 *
 * The script is written for any host page, not this site: ES5 (a CMS may serve it to anything),
 * no globals, and it trusts a message only when it comes from the embed's origin AND from one of
 * the embed iframes' own windows (event.source), so another frame cannot resize ours. It finds
 * its iframe by that window rather than by position, so a CMS that wraps the iframe in a <p>, or
 * two embeds on one page, still work. Pasting it twice adds two listeners that set the same height.
 */
export function buildEmbedSnippet({ site, widget }: SnippetInput): string {
  const src = embedAddress(site, widget.id);
  const title = `${widget.title} (${PROVIDER.name})`;
  // JSON.stringify makes a valid JS string; "<" is escaped so no value can close the <script>.
  const origin = JSON.stringify(new URL(src).origin).replace(/</g, '\\u003c');
  const iframe = `<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy" style="width:100%;border:0" height="${Math.round(widget.height)}" data-lf-embed="${attribute(widget.id)}"></iframe>`;
  const script =
    '<script>(function(){' +
    `var o=${origin};` +
    'addEventListener("message",function(e){' +
    'var d=e.data;' +
    'if(e.origin!==o||!d||d.type!=="lf-embed-height"||typeof d.height!=="number"||!(d.height>0))return;' +
    'var f=document.querySelectorAll("iframe[data-lf-embed]");' +
    // Clamped: a height is a number of pixels, never a way to make the host page endless.
    'for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].height=String(Math.min(Math.ceil(d.height),20000));' +
    '});' +
    '})();</script>';
  return `${iframe}\n${script}`;
}
