/**
 * The oEmbed document of each embeddable widget, served as a static file: /oembed/<id>.json.
 * oEmbed consumers usually call an endpoint with ?url=…; a static site cannot answer queries, so
 * each embed page and each widget's full page points at its own document with
 * <link rel="alternate" type="application/json+oembed">, which is what discovery reads.
 * The playground's document says it embeds the default scenario: only the host's edge function
 * (functions/oembed.ts) can answer for a shared link's own scenario.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildOembed, STATIC_PLAYGROUND_NOTE } from '../../embed/oembed.ts';
import { EMBED_WIDGETS } from '../../embed/widgets.ts';

export const prerender = true;

export const getStaticPaths = (() => EMBED_WIDGETS.map((widget) => ({ params: { widget: widget.id }, props: { widget } }))) satisfies GetStaticPaths;

type Props = { widget: (typeof EMBED_WIDGETS)[number] };

export const GET: APIRoute<Props> = ({ props, site }) => {
  if (!site) throw new Error('oEmbed needs `site` in astro.config.mjs: the snippet must name the embed by its absolute URL.');
  return new Response(JSON.stringify(buildOembed({ site: site.href, widget: props.widget, ...(props.widget.id === 'playground' ? { note: STATIC_PLAYGROUND_NOTE } : {}) })), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
