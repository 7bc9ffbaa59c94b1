/**
 * The `is:inline` scripts that end up in the built pages. Astro copies them into the HTML exactly
 * as written and, unlike the scripts it processes, does not hash them for the Content Security
 * Policy: their hashes are computed here, from the same source files, so they follow any change
 * to those scripts (ours, or Starlight's after an upgrade). test/e2e/csp.test.ts checks that every
 * inline script of every built page is covered, so a new one cannot go unnoticed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** The components whose inline scripts the site renders. */
export const INLINE_SCRIPT_SOURCES: readonly URL[] = [
  // Ours: the theme set before first paint (and the Apple-device flag of the search shortcut),
  // the theme picker's initial state and the sidebar's restored state (Starlight's, written
  // compactly), and the embeds' theme.
  new URL('src/components/overrides/ThemeProvider.astro', root),
  new URL('src/components/overrides/ThemeSelect.astro', root),
  new URL('src/components/overrides/Sidebar.astro', root),
  new URL('src/components/embed/EmbedLayout.astro', root),
];

/** The bodies of a component's `<script is:inline …>` elements, exactly as written. */
export function inlineScriptsOf(source: string): string[] {
  return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

/** A CSP source expression for a script or style body: 'sha256-<base64>' without the quotes. */
export function sha256(body: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** The hashes of every inline script in INLINE_SCRIPT_SOURCES, each once. */
export function inlineScriptHashes(sources: readonly URL[] = INLINE_SCRIPT_SOURCES): Array<`sha256-${string}`> {
  const hashes = sources.flatMap((file) => {
    const scripts = inlineScriptsOf(readFileSync(file, 'utf8'));
    if (scripts.length === 0) throw new Error(`${file.pathname} has no is:inline script: update src/security/inline-scripts.ts`);
    return scripts.map(sha256);
  });
  return [...new Set(hashes)];
}
