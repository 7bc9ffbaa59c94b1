import { PROVIDER } from './provider.ts';
import { buildEmbedSnippet } from './snippet.ts';
import type { EmbedWidget } from './widgets.ts';

/** An oEmbed 1.0 "rich" response (oembed.com §2.3.4 and §2.3.5). */
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export interface OembedInput {
  site: string;
  widget: Pick<EmbedWidget, 'id' | 'title' | 'height'>;
  /** The link parameters the embed opens with (see buildEmbedSnippet). */
  query?: string;
  /** Said after the title, in brackets: what state the embed opens in, when that matters. */
  note?: string;
}

/**
 * What the static oEmbed document of the playground says it embeds: a static file cannot read
 * a shared link's scenario, so it embeds the default one and says so. The host's edge function
 * (functions/oembed.ts) answers a shared link with its own scenario instead.
 */
export const STATIC_PLAYGROUND_NOTE = 'the playground’s default scenario, not a shared link’s';

/**
 * The width the response advertises. The iframe itself is width:100% of where it is placed; a
 * consumer that sizes by these numbers gets a column wide enough for the widgets' two-column layouts.
 */
const WIDTH = 720;

/** The static oEmbed document for one widget: the same snippet the "Embed" box shows. */
export function buildOembed({ site, widget, query, note }: OembedInput): OembedRich {
  const base = new URL(site.endsWith('/') ? site : `${site}/`);
  return {
    version: '1.0',
    type: 'rich',
    title: note ? `${widget.title} (${note})` : widget.title,
    provider_name: PROVIDER.name,
    provider_url: base.href,
    html: buildEmbedSnippet(query === undefined ? { site, widget } : { site, widget, query }),
    width: WIDTH,
    height: Math.round(widget.height),
  };
}
