import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs `rewrite` over every built HTML page under `dir` (astro:build:done's `dir`) and writes back
 * the pages it changed. Returns how many pages there are and how many changed.
 */
export async function rewriteBuiltPages(dir: URL, rewrite: (html: string) => string): Promise<{ pages: number; changed: number }> {
  const root = fileURLToPath(dir);
  const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
  let changed = 0;
  for (const page of pages) {
    const path = join(root, page);
    const html = await readFile(path, 'utf8');
    const rewritten = rewrite(html);
    if (rewritten === html) continue;
    await writeFile(path, rewritten);
    changed++;
  }
  return { pages: pages.length, changed };
}
