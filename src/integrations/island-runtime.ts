import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteBuiltPages } from './built-pages.ts';

/**
 * Astro writes its island runtime (the <astro-island> element, ~4 kB) and each client directive's
 * loader inline into every page that has an island: the same ~2.4 kB gzip repeated in each page's
 * HTML. After the build this moves each of those scripts to one file under /_astro/, named by its
 * content, that the browser caches once for the whole site, and loads it with `defer` so it never
 * holds up the page: islands are custom elements, which upgrade whenever the runtime arrives.
 * It also drops the <style> Astro writes with them (`astro-island,astro-slot,astro-static-slot
 * {display:contents}`) from a page whose linked stylesheets already hold that rule (the site's
 * chrome.css does, for every Starlight page): one inline style and its hash fewer per page.
 * Runs before the CSP trim, which then drops the hashes these scripts and styles no longer need.
 *
 * The runtime's tag says `crossorigin`: the runtime imports each island's code with import(), and a
 * classic script fetched without CORS hands its imports credentials "include". In an embed sandboxed
 * to the origin "null" every request is cross-origin, and our /_astro/ files answer CORS with "*",
 * which a request with credentials may not use: the first import failed without a request, and
 * Astro's retry a second later (made outside the script, with default credentials) succeeded, a
 * second lost on first use (seen in test/e2e/host.test.ts). Inline, Astro's own way, it had no such
 * problem; `crossorigin` gives the file the same credentials ("same-origin").
 */

/** The inline scripts Astro adds for islands: the runtime, and a directive's loader. */
const ISLAND_SCRIPT = /<script>((?:(?!<\/script>)[\s\S])*?(?:customElements\.define\(["'`]astro-island["'`]|dispatchEvent\(new Event\(["'`]astro:[a-z]+["'`]\)\))(?:(?!<\/script>)[\s\S])*?)<\/script>/g;

/** Astro's inline style for islands, and the same rule as a minified stylesheet writes it. */
export const ISLAND_STYLE_RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';
const ISLAND_STYLE = `<style>${ISLAND_STYLE_RULE}</style>`;
const STYLESHEET_HREF = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;

/**
 * The page without Astro's inline island style when one of its stylesheets (read by `stylesheet`,
 * by href) has the rule; the page unchanged otherwise.
 */
export function dropIslandStyle(html: string, stylesheet: (href: string) => string | undefined): string {
  if (!html.includes(ISLAND_STYLE)) return html;
  const linked = [...html.matchAll(STYLESHEET_HREF)].some(([tag, href = '']) => !/\bmedia="print"/.test(tag) && (stylesheet(href) ?? '').includes(ISLAND_STYLE_RULE));
  return linked ? html.replaceAll(ISLAND_STYLE, '') : html;
}

export interface Extracted {
  html: string;
  /** File name under /_astro/ → its content. */
  files: Map<string, string>;
}

/** The page with its island scripts replaced by deferred external scripts, and those files. */
export function externalizeIslandScripts(html: string): Extracted {
  const files = new Map<string, string>();
  const out = html.replace(ISLAND_SCRIPT, (_match, body: string) => {
    const isRuntime = /customElements\.define\(["'`]astro-island/.test(body);
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 10);
    const name = `${isRuntime ? 'astro-island' : 'astro-directive'}.${hash}.js`;
    files.set(name, body);
    return `<script src="/_astro/${name}" defer${isRuntime ? ' crossorigin' : ''}></script>`;
  });
  return { html: out, files };
}

export function islandRuntime(): AstroIntegration {
  return {
    name: 'lync-federation:island-runtime',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const written = new Map<string, string>();
        // The site's own stylesheets (/_astro/…), read once each.
        const root = fileURLToPath(dir);
        const stylesheets = new Map<string, string | undefined>();
        for (const file of await readdir(join(root, '_astro'))) {
          if (file.endsWith('.css')) stylesheets.set(`/_astro/${file}`, await readFile(join(root, '_astro', file), 'utf8'));
        }
        const { pages, changed } = await rewriteBuiltPages(dir, (page) => {
          const { html, files } = externalizeIslandScripts(page);
          for (const [name, body] of files) written.set(name, body);
          return dropIslandStyle(html, (href) => stylesheets.get(href));
        });
        for (const [name, body] of written) await writeFile(join(root, '_astro', name), body);
        logger.info(`${changed} of ${pages} pages: island scripts moved to ${written.size} cached file(s).`);
      },
    },
  };
}
