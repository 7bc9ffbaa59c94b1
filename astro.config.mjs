// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { rehypeCodeBlocks } from './src/highlight/rehype-code-blocks.ts';
import { rehypeHeadingAnchors } from './src/markdown/heading-anchors.ts';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { linkCheck } from './src/integrations/link-check.ts';
import { hydrateOnInteraction } from './src/integrations/hydrate-on-interaction.ts';
import { csp } from './src/security/csp.ts';
import { cspTrim } from './src/security/trim-csp.ts';
import { commandTokens } from './src/integrations/command-tokens.ts';
import { islandRuntime } from './src/integrations/island-runtime.ts';
import { readFileSync } from 'node:fs';

// The public address of the site, used for canonical URLs, the sitemap and link previews.
// Set SITE_URL when deploying somewhere else.
const site = process.env.SITE_URL || 'https://lync-federation-101.example.org';

/**
 * Says, in one line at build time, when SITE_URL is not set: every absolute address the build
 * writes (canonical URLs, the sitemap, link previews, embed code, copied links and forum answers)
 * then names the placeholder host above, which is fine for trying the site locally but not for
 * publishing it.
 * @returns {import('astro').AstroIntegration}
 */
function saySiteUrl() {
  return {
    name: 'lync-federation-101:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL) logger.warn(`SITE_URL is not set: absolute links (canonical, sitemap, previews, embeds, copied links) use ${site}; set SITE_URL=https://your.host to publish.`);
      },
    },
  };
}

/**
 * Which built scripts and stylesheets Astro writes into each page rather than linking (Vite's
 * assetsInlineLimit, which Astro applies to both; by default everything under 4 kB is inlined).
 * Inlined, the same bytes come again with every page, and each inlined script or <style> adds
 * its hash to every page's Content Security Policy; linked, they are fetched once and reused.
 * - Scripts are always linked: a module script never blocks rendering (Starlight's theme picker,
 *   mobile menu and sidebar-state scripts were ~0.6 kB gzip of every page's HTML).
 * - Stylesheets are always linked: Starlight's card, link card and steps styles (~0.8 kB gzip of
 *   every page's HTML) and the embeds' widget styles, and also Starlight's icon style (0.1 kB):
 *   inline, it cost ~0.12 kB gzip of every page's HTML with its hash in the page's policy, more
 *   than its own request, which is cached once for the whole site. Each page's CSS is ~14 kB
 *   gzip, under the 17 kB budget of issue 8.
 * Anything else (images, fonts) keeps Vite's default.
 * @param {string} file
 * @returns {boolean | undefined} false: link it; undefined: Vite's default
 */
function inlineAsset(file) {
  if (file.endsWith('.js') || file.endsWith('.css')) return false;
  return undefined;
}

/**
 * Bundler warnings that are known false alarms, left out of the build's output so that a newcomer
 * meets no warning they must learn to ignore; every other warning is passed on. (A plugin's onLog
 * hook, as Rollup and Rolldown define it, sees each build's logs before they are printed; Astro
 * runs several builds, so a build option would miss some.)
 * - MODULE_LEVEL_DIRECTIVE for "use astro:head-inject" in each MDX page: Astro's MDX output starts
 *   with that directive, which Astro itself reads before bundling; Rolldown says it may not keep
 *   it. Reported upstream, withastro/astro#18087 (open; a new Starlight project shows it too).
 *   Remove this filter when that issue is fixed.
 * @returns {import('vite').Plugin}
 */
function quietKnownFalseAlarms() {
  return {
    name: 'lync-federation-101:quiet-known-false-alarms',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return false;
      return undefined;
    },
  };
}

/**
 * Starlight components we replace with our own (src/components/overrides/, each naming the
 * Starlight file it follows). LYNC_STARLIGHT_OWN=Name,Name builds with those left to Starlight:
 * `npm run bench -- --only overrides` builds once per override that way to measure what each one
 * saves (bench/overrides.ts).
 * @returns {Record<string, string>}
 */
function starlightOverrides() {
  /** @type {Record<string, string>} */
  const overrides = {
    Search: './src/components/overrides/Search.astro',
    Head: './src/components/overrides/Head.astro',
    ThemeProvider: './src/components/overrides/ThemeProvider.astro',
    Sidebar: './src/components/overrides/Sidebar.astro',
    TableOfContents: './src/components/overrides/TableOfContents.astro',
    MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
    ThemeSelect: './src/components/overrides/ThemeSelect.astro',
    PageFrame: './src/components/overrides/PageFrame.astro',
    Footer: './src/components/overrides/Footer.astro',
    // Starlight's banner, and the dated changes that alter the page (src/rules/history.ts).
    Banner: './src/components/overrides/Banner.astro',
  };
  const own = new Set((process.env.LYNC_STARLIGHT_OWN ?? '').split(',').map((name) => name.trim()).filter(Boolean));
  return Object.fromEntries(Object.entries(overrides).filter(([name]) => !own.has(name)));
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  // A strict Content Security Policy on every page (see src/security/csp.ts).
  security: { csp },
  vite: {
    build: { assetsInlineLimit: inlineAsset },
    plugins: [quietKnownFalseAlarms()],
    // "Report a wrong verdict" (src/share/verdict-report.ts): the tracker's "new issue" address, set
    // at build time like SITE_URL (ISSUES_URL, e.g. https://github.com/owner/repo/issues/new; unset:
    // the report is text to copy), and the site's version the report carries.
    define: {
      'import.meta.env.ISSUES_URL': JSON.stringify(process.env.ISSUES_URL ?? ''),
      'import.meta.env.SITE_VERSION': JSON.stringify(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version),
    },
  },
  integrations: [
    saySiteUrl(),
    // Our own sitemap (Starlight then adds none): the embed pages are widgets for other sites, each
    // with its full page as canonical, so they are left out.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
    starlight({
      title: 'Lync Online Federation 101',
      description:
        'Every Lync Online federation scenario explained: who you can reach, what must be set on each side, and how to fix it.',
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/site.css', './src/styles/chrome.css', './src/styles/widgets.css', './src/styles/tools.css'],
      components: starlightOverrides(),
      // Long commands wrap rather than scroll: a scrolling code block becomes an unnamed region
      // (axe: landmark-unique), and wrapped commands read better on a phone.
      expressiveCode: false, // Code blocks are our own, and wrap (see markdown below, .lf-code in site.css).
      // Our pages live in the top-level content/ folder (see src/content.config.ts); Starlight's
      // Markdown features (asides) must process that folder too. Heading links are our own, leaner
      // (src/markdown/heading-anchors.ts).
      markdown: { processedDirs: ['./content'], headingLinks: false },
      // Autogenerated groups match the pages' file paths, which start with content/ here (Starlight
      // assumes src/content/docs/ and strips only that), hence the directories below.
      sidebar: [
        { label: 'Start here', link: '/' },
        {
          label: 'Concepts',
          items: [{ autogenerate: { directory: 'content/concepts' } }],
        },
        {
          label: 'Configure',
          items: [{ autogenerate: { directory: 'content/configure' } }],
        },
        {
          label: 'Scenarios',
          items: [{ autogenerate: { directory: 'content/scenarios' } }],
        },
        {
          label: 'Troubleshooting',
          items: [{ autogenerate: { directory: 'content/troubleshooting' } }],
        },
        {
          label: 'Playground',
          items: [{ autogenerate: { directory: 'content/playground' } }],
        },
        {
          label: 'Reference',
          items: [{ autogenerate: { directory: 'content/reference' } }],
        },
      ],
    }),
    preact(),
    linkCheck(),
    // `client:interaction`: widgets fetch their code when the reader first uses them.
    hydrateOnInteraction(),
    // The commands' build-time colours, as a module the widgets import (not as page props).
    commandTokens(),
    // Astro's island runtime and loaders: one cached file each, not inline in every page (before cspTrim).
    islandRuntime(),
    // Each page's policy keeps only the hashes of its own inline scripts and styles.
    cspTrim(),
  ],
  // Markdown code fences become the site's own code blocks at build time (the widgets' look and
  // highlighter, long lines wrapping, a copy button): src/highlight/rehype-code-blocks.ts. Astro's
  // own Shiki pass is off, so fences reach the plugin as plain text. MDX inherits both settings.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [rehypeCodeBlocks(), ...rehypeHeadingAnchors()] }) },
});
