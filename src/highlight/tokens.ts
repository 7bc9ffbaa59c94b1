/**
 * Highlighted code as plain data: what the build produces with Shiki and what islands render.
 * No highlighter runs in the browser: an island only fills validated values into tokens that
 * were coloured at build time.
 */

export interface Token {
  text: string;
  /** Colour in the dark theme. */
  dark: string;
  /** Colour in the light theme. */
  light: string;
}

export type HighlightedLines = Token[][];

/**
 * Replaces each placeholder (a key of `values`) inside the tokens' text with its value.
 * The values must already be validated: they end up as text, never as markup.
 */
export function fillPlaceholders(lines: HighlightedLines, values: ReadonlyMap<string, string>): HighlightedLines {
  if (values.size === 0) return lines;
  return lines.map((line) =>
    line.map((token) => {
      let text = token.text;
      for (const [placeholder, value] of values) text = text.split(placeholder).join(value);
      return text === token.text ? token : { ...token, text };
    }),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces each value in `code` by its placeholder: the key under which a template was
 * highlighted. A value counts only as a whole name (not inside a longer domain or word); a rare
 * wrong guess just finds no template, and the command shows unhighlighted.
 */
export function templateKey(code: string, values: ReadonlyMap<string, string>): string {
  let key = code;
  for (const [placeholder, value] of values) {
    if (value === '') continue;
    key = key.replace(new RegExp(`(?<![A-Za-z0-9-])${escape(value)}(?![A-Za-z0-9.-])`, 'g'), () => placeholder);
  }
  return key;
}

/**
 * The tokens when they spell exactly `code`, else undefined: a block whose tokens disagree with
 * its text (a template mismatch) shows plain text, so it never shows one thing and copies another.
 */
export function tokensSpelling(code: string, lines: HighlightedLines | undefined): HighlightedLines | undefined {
  if (!lines) return undefined;
  return lines.map((line) => line.map((token) => token.text).join('')).join('\n') === code ? lines : undefined;
}
