import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';

// Starlight's docs collection, loaded from the top-level content/ folder rather than
// src/content/docs/: the pages are the project's main artefact and sit beside src/.
// Files starting with "_" are partials, not pages.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: z.object({
        /**
         * The page's content column is 68rem wide, not Starlight's 45rem (the playground's two
         * columns). PageFrame marks the page, and site.css widens it: a `:root:has(…)` rule did
         * it before, and made every change of a widget's markup on any page test the whole
         * document (a style recalculation of the root at each change).
         */
        wide: z.boolean().default(false),
      }),
    }),
  }),
  // Starlight's interface strings: none changed (src/content/i18n/en.json is empty). Declared so
  // that Starlight finds the collection it reads, rather than warning at every build.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
