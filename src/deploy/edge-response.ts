/**
 * What the host's edge middleware (functions/_middleware.ts) does to a response the static site
 * gave, for the few paths routed through it (public/_routes.json):
 * - Any 404: the not-found page may not be framed. `_headers` can only match paths, and a
 *   404 is served for every path no rule names (and under /embed/, whose rule allows framing),
 *   so the framing protection of a 404 is set here, whatever the path.
 * - /playground/ with a shared scenario in its query string: the link preview describes that
 *   scenario (edge-preview.ts).
 * Everything else passes unchanged.
 */
import { EMBED_WIDGETS } from '../embed/widgets.ts';
import { applyPreview, playgroundPreview } from './edge-preview.ts';

const PLAYGROUND = EMBED_WIDGETS.find((widget) => widget.id === 'playground')!;

/** The headers of a page that must not be framed, as public/_headers gives the site's sections. */
export const NO_FRAMING = { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" } as const;

export async function edgeResponse(request: Request, response: Response): Promise<Response> {
  const url = new URL(request.url);
  if (response.status === 404) {
    const guarded = new Response(response.body, response);
    for (const [name, value] of Object.entries(NO_FRAMING)) guarded.headers.set(name, value);
    guarded.headers.set('x-content-type-options', 'nosniff');
    return guarded;
  }
  const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (request.method !== 'GET' || response.status !== 200 || !isHtml || url.pathname !== PLAYGROUND.page || url.search === '') return response;
  const preview = playgroundPreview(url.origin, url.search, PLAYGROUND.title);
  if (!preview) return response;
  const html = applyPreview(await response.text(), preview);
  const rewritten = new Response(html, response);
  // The body changed: its old length and any validator no longer describe it.
  rewritten.headers.delete('content-length');
  rewritten.headers.delete('etag');
  return rewritten;
}
