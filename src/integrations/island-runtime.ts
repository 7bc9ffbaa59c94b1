import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const written = new Map<string, string>();
        let changed = 0;
        for (const page of pages) {
          const path = join(root, page);
          const { html, files } = externalizeIslandScripts(await readFile(path, 'utf8'));
          if (files.size === 0) continue;
          for (const [name, body] of files) written.set(name, body);
          await writeFile(path, html);
          changed++;
        }
        for (const [name, body] of written) await writeFile(join(root, '_astro', name), body);
        logger.info(`${changed} of ${pages.length} pages: island scripts moved to ${written.size} cached file(s).`);
      },
    },
  };
}
