import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, pagePathOf } from './links.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Fails the build when any built page links to a missing page, asset or heading anchor. */
export function linkCheck(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'lync-federation:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await filesUnder(root);
        const pages = new Map<string, string>();
        const assets = new Set<string>();
        for (const file of files) {
          const path = pagePathOf(relative(root, file));
          if (file.endsWith('.html')) pages.set(path, await readFile(file, 'utf8'));
          else assets.add(path);
        }
        const broken = findBrokenLinks(pages, assets, site);
        if (broken.length > 0) {
          for (const link of broken) logger.error(`${link.page}: ${link.href} (${link.problem})`);
          throw new Error(`${broken.length} broken internal link(s): see the list above.`);
        }
        logger.info(`${pages.size} pages checked: every internal link and anchor resolves.`);
      },
    },
  };
}
