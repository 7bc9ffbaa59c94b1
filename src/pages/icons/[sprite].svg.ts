/**
 * The icon sprite (src/icons/sprite.ts) as a static file, /icons/<hash of its content>.svg, which
 * every page's icons <use>.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SPRITE_NAME, SPRITE_SVG } from '../../icons/sprite.ts';

export const prerender = true;

export const getStaticPaths = (() => [{ params: { sprite: SPRITE_NAME } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(SPRITE_SVG, { headers: { 'content-type': 'image/svg+xml' } });
