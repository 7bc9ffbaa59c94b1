/**
 * The oEmbed endpoint the host's edge function serves (functions/oembed.ts): GET /oembed?url=…
 * answers for any page of this site that has an embeddable widget, and embeds the state the
 * link opens: a shared playground link embeds its own scenario (read by the same code the
 * playground uses, src/share/playground-link.ts, and evaluated by the rules for the title), a
 * widget page's link parameters are carried to its embed, which reads them as the full page does.
 * The static documents (/oembed/<id>.json) stay for every other host; they embed the default state.
 *
 * Plain Request/Response: the same code runs in Cloudflare's workerd and in Node (unit tests).
 */
import { buildOembed } from '../embed/oembed.ts';
import { EMBED_WIDGETS, type EmbedWidget } from '../embed/widgets.ts';
import { tallyHeadline, tallyOf } from '../og/verdict-tally.ts';
import { evaluateInput } from '../rules/index.ts';
import { toScenarioInput } from '../share/playground-draft.ts';
import { readPlaygroundLink } from '../share/playground-link.ts';
import { encodePlaygroundParams } from '../share/playground-params.ts';

/** Longer link parameters than any widget writes are not ours: refused rather than echoed. */
const MAX_QUERY = 4000;

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  // Other sites' scripts read oEmbed too (the static documents get the same from _headers).
  'access-control-allow-origin': '*',
  'x-content-type-options': 'nosniff',
  'cache-control': 'public, max-age=300',
} as const;

const problem = (status: number, message: string) =>
  new Response(JSON.stringify({ error: message }), { status, headers: HEADERS });

/** The widget a path of this site shows: its full page or its embed page (with or without the final slash). */
export function widgetForPath(pathname: string): EmbedWidget | null {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return EMBED_WIDGETS.find((widget) => widget.page === path || `/embed/${widget.id}/` === path) ?? null;
}

/** The embed of a link: which widget, opened with which parameters, said how in the title. */
export function embedForLink(link: URL): { widget: EmbedWidget; query: string; note?: string } | null {
  const widget = widgetForPath(link.pathname);
  if (!widget) return null;
  if (widget.id !== 'playground') return { widget, query: link.search };
  const read = readPlaygroundLink(link.search);
  if (read.kind === 'none') return { widget, query: '' };
  if (read.kind === 'unreadable') return { widget, query: '', note: 'the link’s scenario could not be read, so the default scenario' };
  const result = evaluateInput(toScenarioInput(read.draft));
  // restoreValid only returns drafts the rules accept; say so rather than guess if that ever breaks.
  if (!result.ok) return { widget, query: '', note: 'the link’s scenario could not be evaluated, so the default scenario' };
  const encoded = encodePlaygroundParams(read.draft);
  const repaired = read.problems.length > 0 ? '; part of the link could not be read and was left at its default' : '';
  return { widget, query: encoded === '' ? '' : `?${encoded}`, note: `a shared scenario: ${tallyHeadline(tallyOf(result.evaluation.results)).replace(/ in this shared scenario/, '')}${repaired}` };
}

export function answerOembed(request: URL): Response {
  const format = request.searchParams.get('format');
  if (format !== null && format !== 'json') return problem(501, 'Only format=json is served.');
  const raw = request.searchParams.get('url');
  if (raw === null || raw === '') return problem(400, 'Give the page to embed as ?url=…');
  let link: URL;
  try {
    link = new URL(raw);
  } catch {
    return problem(400, 'The url parameter is not an absolute address.');
  }
  // Only this site's own pages (oEmbed: 404 for a URL the provider has no answer for).
  if (link.host !== request.host) return problem(404, `Only pages of ${request.host} can be embedded here.`);
  if (link.search.length > MAX_QUERY) return problem(404, 'The link carries more than any of this site’s widgets writes.');
  const embed = embedForLink(link);
  if (!embed) return problem(404, 'That page has no embeddable widget.');
  const { widget, query, note } = embed;
  const body = buildOembed({ site: `${request.origin}/`, widget, query, ...(note ? { note } : {}) });
  return new Response(JSON.stringify(body), { status: 200, headers: HEADERS });
}
