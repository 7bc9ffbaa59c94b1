/**
 * GET /oembed?url=… : the oEmbed endpoint for any page of the site with an embeddable widget,
 * embedding the state the link opens (src/deploy/edge-oembed.ts). See _middleware.ts for why
 * this folder is top-level.
 */
import { answerOembed } from '../src/deploy/edge-oembed.ts';

export const onRequestGet = ({ request }: { request: Request }): Response => answerOembed(new URL(request.url));
