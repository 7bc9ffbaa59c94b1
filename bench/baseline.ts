/**
 * The baseline: a bare Starlight site with one ordinary docs page, built from the same installed
 * packages. It is made at run time in a bench/.baseline-XXXXXX folder (git-ignored, removed
 * afterwards), where Node finds our node_modules by walking up: nothing is installed. (A project
 * in os.tmpdir() with a node_modules symlink does not build: Astro mistakes the symlink's real
 * paths for root-relative ones.) The page is our content/concepts/what-is-lync-federation.mdx with
 * any imports and components taken out, so it is the same text at the same length; the site has
 * Starlight's defaults (search included) plus a `site` address, as any deployed site has. Its
 * caches live in its own folder.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BASELINE_SOURCE = 'content/concepts/what-is-lync-federation.mdx';
export const BASELINE_PAGE = '/concepts/what-is-lync-federation/';

export interface BaselineProject {
  root: string;
  outDir: string;
  /** The page to measure, as a path on the baseline's server. */
  page: string;
  remove: () => Promise<void>;
}

/** Markdown without MDX: import/export lines and component tags (capitalised JSX) removed. */
export function plainMarkdown(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<([A-Z][\w.]*)\b[^>]*\/>/g, '')
    .replace(/<([A-Z][\w.]*)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/\n{3,}/g, '\n\n');
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://starlight-baseline.example.org',
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  integrations: [starlight({ title: 'Starlight baseline' })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

export async function createBaseline(projectRoot: string): Promise<BaselineProject> {
  const root = await mkdtemp(join(projectRoot, 'bench', '.baseline-'));
  // The dependencies must be declared: Astro reads them to find the packages Vite has to bundle
  // (Starlight imports astro: modules). Their versions are ours; the packages are ours too.
  const ours = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = { astro: ours.dependencies['astro'], '@astrojs/starlight': ours.dependencies['@astrojs/starlight'] };
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies }, null, 2));
  // Its own tsconfig, so that ours (Preact JSX, strictest) is not picked up from the folder above.
  await writeFile(join(root, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2));
  await writeFile(join(root, 'astro.config.mjs'), CONFIG);
  await mkdir(join(root, 'src/content/docs/concepts'), { recursive: true });
  await writeFile(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  // Starlight links /favicon.svg by default and its starter ships one; without it the page logs a 404.
  await mkdir(join(root, 'public'), { recursive: true });
  await copyFile(join(projectRoot, 'public/favicon.svg'), join(root, 'public/favicon.svg'));
  const source = await readFile(join(projectRoot, BASELINE_SOURCE), 'utf8');
  await writeFile(join(root, 'src/content/docs/concepts/what-is-lync-federation.md'), plainMarkdown(source));
  return {
    root,
    outDir: join(root, 'dist'),
    page: BASELINE_PAGE,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
