/**
 * The site as embeds and link previews name it: the title and description Starlight's config
 * gives (astro.config.mjs), repeated here because build-time endpoints cannot read Starlight's
 * config. A test holds the two in step.
 */
export const PROVIDER = {
  name: 'Lync Online Federation 101',
  description: 'Every Lync Online federation scenario explained: who you can reach, what must be set on each side, and how to fix it.',
} as const;
