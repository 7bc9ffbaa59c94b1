/**
 * Every built page's HTML goes through here once, at build time (the site is static): Starlight's
 * inline icons become references to the cached icon sprite (see src/icons/sprite.ts). Anything
 * that is not HTML (the sprite, the preview images, the oEmbed documents) passes untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { useIconSprite } from './icons/sprite.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = useIconSprite(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
