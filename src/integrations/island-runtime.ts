import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteBuiltPages } from './built-pages.ts';

/**
 * Astro writes its island runtime (the <astro-island> element, ~4 kB) and each client directive's
 * loader inline into every page that has an island: the same ~2.4 kB gzip repeated in each page's
 * HTML. After the build this moves each of those scripts to one file under /_astro/, named by its
 * content, that the browser caches once for the whole site, and loads it with `defer` so it never
 * holds up the page: islands are custom elements, which upgrade whenever the runtime arrives.
 * Runs before the CSP trim, which then drops the hashes these scripts no longer need.
 */

/** The inline scripts Astro adds for islands: the runtime, and a directive's loader. */
const ISLAND_SCRIPT = /<script>((?:(?!<\/script>)[\s\S])*?(?:customElements\.define\(["'`]astro-island["'`]|dispatchEvent\(new Event\(["'`]astro:[a-z]+["'`]\)\))(?:(?!<\/script>)[\s\S])*?)<\/script>/g;

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
    return `<script src="/_astro/${name}" defer></script>`;
  });
  return { html: out, files };
}

export function islandRuntime(): AstroIntegration {
  return {
    name: 'lync-federation:island-runtime',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const written = new Map<string, string>();
        const { pages, changed } = await rewriteBuiltPages(dir, (page) => {
          const { html, files } = externalizeIslandScripts(page);
          for (const [name, body] of files) written.set(name, body);
          return html;
        });
        for (const [name, body] of written) await writeFile(join(fileURLToPath(dir), '_astro', name), body);
        logger.info(`${changed} of ${pages} pages: island scripts moved to ${written.size} cached file(s).`);
      },
    },
  };
}
