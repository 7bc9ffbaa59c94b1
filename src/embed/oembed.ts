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
}

/**
 * The width the response advertises. The iframe itself is width:100% of where it is placed; a
 * consumer that sizes by these numbers gets a column wide enough for the widgets' two-column layouts.
 */
const WIDTH = 720;

/** The static oEmbed document for one widget: the same snippet the "Embed" box shows. */
export function buildOembed({ site, widget }: OembedInput): OembedRich {
  const base = new URL(site.endsWith('/') ? site : `${site}/`);
  return {
    version: '1.0',
    type: 'rich',
    title: widget.title,
    provider_name: PROVIDER.name,
    provider_url: base.href,
    html: buildEmbedSnippet({ site, widget }),
    width: WIDTH,
    height: Math.round(widget.height),
  };
}
