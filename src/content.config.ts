import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Starlight's docs collection, loaded from the top-level content/ folder rather than
// src/content/docs/: the pages are the project's main artefact and sit beside src/.
// Files starting with "_" are partials, not pages.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
};
