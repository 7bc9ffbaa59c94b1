import { tokensSpelling, type HighlightedLines } from '../highlight/tokens.ts';
import { CopyButton } from './CopyButton.tsx';

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
                  {line.map((token, j) => (
                    <span key={j} style={{ '--lf-d': token.dark, '--lf-l': token.light }}>
                      {token.text}
                    </span>
                  ))}
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
