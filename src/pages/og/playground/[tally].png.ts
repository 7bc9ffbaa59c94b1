/**
 * One link-preview image per verdict tally of a shared playground scenario (src/og/verdict-tally.ts):
 * /og/playground/3-of-5.png and the like. Only the host's edge function (functions/) points a
 * preview at them, after evaluating the link's scenario with the rules; on any other host the
 * playground's preview is its static image, which claims no verdict.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import type { OgCard } from '../../../og/og-card.ts';
import { renderOgPng } from '../../../og/render-og-png.ts';
import { ALL_TALLIES, tallyHeadline, tallyId } from '../../../og/verdict-tally.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const playground = await getEntry('docs', 'playground');
  if (!playground) throw new Error('the playground page is missing: its shared-scenario preview images need its title');
  return ALL_TALLIES.map((tally) => {
    const headline = tallyHeadline(tally);
    const card: OgCard = {
      title: playground.data.title,
      description: 'A scenario shared from the playground: open the link for every verdict, why, and the fix.',
      scenario: null,
      verdicts: [],
      route: [],
      summary: '',
      alt: `${playground.data.title} — ${headline}.`,
      headline,
    };
    return { params: { tally: tallyId(tally) }, props: { card } };
  });
}) satisfies GetStaticPaths;

type Props = { card: OgCard };

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const png = await renderOgPng(props.card, site?.host ?? '');
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
