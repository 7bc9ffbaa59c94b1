/**
 * Build-time highlighting (Node only: imports Shiki) for every code block on the site: the
 * widgets' generated commands and the pages' Markdown code fences (rehype-code-blocks.ts). Uses
 * the Night Owl themes Starlight ships for its code blocks, with Expressive Code's minimum
 * contrast, so the site's code looks as Starlight's default would, in both themes.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHighlighter, type Highlighter, type ThemeRegistration } from 'shiki';
import { ensureContrast } from './contrast.ts';
import type { HighlightedLines } from './tokens.ts';

/** The code background in the dark and light themes (Starlight's default, as .lf-code in site.css). */
export const CODE_BACKGROUND = { dark: '#23262f', light: '#f6f7f9' } as const;
export type Language = 'powershell' | 'shellscript' | 'text';

async function starlightTheme(name: 'night-owl-dark' | 'night-owl-light'): Promise<ThemeRegistration> {
  // Starlight ships its themes as JSONC strings inside JS modules that its package exports do not
  // expose; read the file and strip the comments and trailing commas.
  const file = join(starlightDist(), 'integrations/expressive-code/themes', `${name}.js`);
  const jsonc = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: string }).default;
  const json = jsonc.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1');
  return { ...(JSON.parse(json) as ThemeRegistration), name };
}

function starlightDist(): string {
  try {
    return dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  } catch {
    // Bundled contexts may lack import.meta.resolve; the package is a direct dependency.
    return join(process.cwd(), 'node_modules/@astrojs/starlight/dist');
  }
}

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= Promise.all([starlightTheme('night-owl-dark'), starlightTheme('night-owl-light')]).then((themes) =>
    createHighlighter({ themes, langs: ['powershell', 'shellscript'] }),
  );
  return highlighter;
}

/** Highlights `code` into token lines coloured for both themes. */
export async function highlight(code: string, lang: Language): Promise<HighlightedLines> {
  const shiki = await getHighlighter();
  const options = { themes: { dark: 'night-owl-dark', light: 'night-owl-light' }, defaultColor: false as const };
  const lines = lang === 'text' ? code.split('\n').map((text) => [{ content: text, htmlStyle: {} }]) : shiki.codeToTokens(code, { lang, ...options }).tokens;
  return lines.map((line) =>
    line.map((token) => {
      const style = (token.htmlStyle ?? {}) as Record<string, string>;
      return {
        text: token.content,
        dark: ensureContrast(style['--shiki-dark'] ?? '#d6deeb', CODE_BACKGROUND.dark),
        light: ensureContrast(style['--shiki-light'] ?? '#403f53', CODE_BACKGROUND.light),
      };
    }),
  );
}
