// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { linkCheck } from './src/integrations/link-check.ts';

// The public address of the site, used for canonical URLs, the sitemap and link previews.
// Set SITE_URL when deploying somewhere else.
const site = process.env.SITE_URL || 'https://lync-federation-101.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Lync Online Federation 101',
      description:
        'Every Lync Online federation scenario explained: who you can reach, what must be set on each side, and how to fix it.',
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/site.css', './src/styles/widgets.css', './src/styles/tools.css'],
      components: { Search: './src/components/overrides/Search.astro', Head: './src/components/overrides/Head.astro' },
      // Long commands wrap rather than scroll: a scrolling code block becomes an unnamed region
      // (axe: landmark-unique), and wrapped commands read better on a phone.
      expressiveCode: { defaultProps: { wrap: true } },
      // Our pages live in the top-level content/ folder (see src/content.config.ts); Starlight's
      // Markdown features (asides, heading anchors) must process that folder too.
      markdown: { processedDirs: ['./content'] },
      sidebar: [
        { label: 'Start here', link: '/' },
        {
          label: 'Concepts',
          items: [{ autogenerate: { directory: 'concepts' } }],
        },
        {
          label: 'Configure',
          items: [{ autogenerate: { directory: 'configure' } }],
        },
        {
          label: 'Scenarios',
          items: [{ autogenerate: { directory: 'scenarios' } }],
        },
        {
          label: 'Troubleshooting',
          items: [{ autogenerate: { directory: 'troubleshooting' } }],
        },
        {
          label: 'Playground',
          items: [{ autogenerate: { directory: 'playground' } }],
        },
        {
          label: 'Reference',
          items: [{ autogenerate: { directory: 'reference' } }],
        },
      ],
    }),
    preact(),
    linkCheck(),
  ],
});
