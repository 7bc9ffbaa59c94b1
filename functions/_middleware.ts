/**
 * Cloudflare Pages Functions: the only code the site runs on its host. Pages Functions are read
 * from a top-level `functions/` folder next to the build output (the host's convention: file
 * paths are routes), so this folder sits beside src/ rather than in it; the logic lives in
 * src/deploy/ (plain Request/Response, unit-tested in Node) and these files only connect it.
 * public/_routes.json sends only the paths that need it here, so every other request stays a
 * plain static file. `npm run serve:host` runs them in Cloudflare's own emulator.
 */
import { edgeResponse } from '../src/deploy/edge-response.ts';

interface Context {
  request: Request;
  next: () => Promise<Response>;
}

export const onRequest = async ({ request, next }: Context): Promise<Response> => edgeResponse(request, await next());
