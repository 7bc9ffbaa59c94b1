/**
 * Every docs page's link-preview image, rendered once at build time (see src/og/). The route's
 * slug is the entry id, so /og/scenarios/both-on-lync-online.png belongs to that page and
 * OG_IMAGE.pathFor() in the Head override names the same file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildOgCard } from '../../og/og-card.ts';
import { renderOgPng } from '../../og/render-og-png.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const entries = await getCollection('docs');
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { card: buildOgCard({ id: entry.id, title: entry.data.title, description: entry.data.description ?? '' }) },
  }));
}) satisfies GetStaticPaths;

type Props = { card: ReturnType<typeof buildOgCard> };

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const png = await renderOgPng(props.card, site?.host ?? '');
  // A Buffer's bytes, as the Response body type wants them.
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
