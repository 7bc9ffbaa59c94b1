/**
 * Keeps in each built page's Content Security Policy only the hashes that page uses.
 *
 * Astro writes the same list of hashes into every page: the inline scripts and styles of the
 * whole site, plus some that match nothing inline (its bundled files, which 'self' already
 * allows, and the client directives no island uses). About 27 hashes, ~1.3 kB gzip per page;
 * a page needs 6 to 14 of them. After the build, this drops from each page's policy every hash
 * that matches none of the page's own inline <script> or <style> elements (the policy is a
 * static <meta>: nothing added later could use a hash anyway). Nothing else in the policy changes.
 *
 * test/e2e/csp.test.ts checks the result like any other build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { rewriteBuiltPages } from '../integrations/built-pages.ts';

const META = /<meta\b[^>]*\bhttp-equiv="content-security-policy"[^>]*>/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = /\s'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}'/g;

function digest(algorithm: string, body: string): string {
  return `'${algorithm}-${createHash(algorithm).update(body, 'utf8').digest('base64')}'`;
}

/** The page with its policy's unused hash sources removed; the page unchanged when it has no policy. */
export function trimPolicyHashes(html: string): string {
  const meta = META.exec(html)?.[0];
  if (!meta) return html;
  const bodies = [...html.matchAll(INLINE)].filter(([, , attributes = '']) => !/\ssrc\s*=/i.test(attributes)).map(([, , , body = '']) => body);
  const trimmed = meta.replace(HASH_SOURCE, (source) => {
    const hash = source.trim();
    const algorithm = hash.slice(1, hash.indexOf('-'));
    return bodies.some((body) => digest(algorithm, body) === hash) ? source : '';
  });
  return html.replace(meta, () => trimmed);
}

export function cspTrim(): AstroIntegration {
  return {
    name: 'lync-federation:csp-trim',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, changed } = await rewriteBuiltPages(dir, trimPolicyHashes);
        logger.info(`${changed} of ${pages} pages: unused CSP hashes dropped.`);
      },
    },
  };
}
