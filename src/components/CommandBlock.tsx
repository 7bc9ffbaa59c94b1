import { tokensSpelling, type HighlightedLines } from '../highlight/tokens.ts';
import { CopyButton } from './CopyButton.tsx';

/**
 * The code block's own text colours (site.css `.lf-code pre`, the Night Owl themes' foreground): a
 * token in exactly these needs no span of its own, it is the block's text. Most such tokens are
 * the spaces between words, so this drops about a third of a command's spans from the HTML.
 */
const FOREGROUND = { dark: '#d6deeb', light: '#403f53' };
const isForeground = (token: { dark: string; light: string }) =>
  token.dark.toLowerCase() === FOREGROUND.dark && token.light.toLowerCase() === FOREGROUND.light;

export interface Props {
  /** The exact command text: what the copy button copies and what a reader without colours sees. */
  code: string;
  /** Build-time tokens for this exact text, when a template matched; plain text otherwise. */
  lines?: HighlightedLines | undefined;
  title?: string | undefined;
}

/**
 * A generated command, coloured like Starlight's code blocks from tokens made at build time.
 * If the tokens do not spell the command exactly (a template mismatch), the plain text wins:
 * a command must never show one thing and copy another.
 */
export function CommandBlock({ code, lines, title }: Props) {
  const tokens = tokensSpelling(code, lines);
  return (
    <figure class="lf-code">
      {title ? <figcaption>{title}</figcaption> : null}
      <pre>
        <code>
          {tokens
            ? tokens.map((line, i) => (
                <span class="lf-code-line" key={i}>
                  {line.map((token, j) =>
                    isForeground(token) ? (
                      token.text
                    ) : (
                      <span key={j} style={{ '--lf-d': token.dark, '--lf-l': token.light }}>
                        {token.text}
                      </span>
                    ),
                  )}
                  {'\n'}
                </span>
              ))
            : code}
        </code>
      </pre>
      <CopyButton text={code} label={title ? `Copy: ${title}` : 'Copy this command'} />
    </figure>
  );
}
