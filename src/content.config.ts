import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';

// Starlight's docs collection, loaded from the top-level content/ folder rather than
// src/content/docs/: the pages are the project's main artefact and sit beside src/.
// Files starting with "_" are partials, not pages.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  // Starlight's interface strings: none changed (src/content/i18n/en.json is empty). Declared so
  // that Starlight finds the collection it reads, rather than warning at every build.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
