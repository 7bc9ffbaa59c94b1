import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Evaluation } from '../../rules/index.ts';
import { forumAnswer, type AnswerFormat } from '../../share/forum-answer.ts';
import { siteLink } from '../../share/site-link.ts';

export interface Props {
  id: string;
  evaluation: Evaluation;
  /** The query string (without "?") that reopens this exact state. */
  query: string;
  /** Where the link should open: the full playground, even from an embed. */
  path: string;
}

const FORMATS: ReadonlyArray<{ value: AnswerFormat; label: string }> = [
  { value: 'markdown', label: 'Markdown' },
  { value: 'text', label: 'Plain text' },
  { value: 'bbcode', label: 'BBCode' },
];

/**
 * Copy a link to this exact scenario, or a ready-made forum answer (verdict, reasons, fixes,
 * commands and the link).
 */
export function ShareBar({ id, evaluation, query, path }: Props) {
  const ready = useSignal(false);
  const format = useSignal<AnswerFormat>('markdown');
  const status = useSignal('');
  useEffect(() => {
    ready.value = true;
  }, []);
  const link = () => siteLink(import.meta.env.SITE, window.location.origin, path, query);
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      status.value = `${what} copied.`;
    } catch {
      status.value = `Could not copy the ${what.toLowerCase()}: your browser refused access to the clipboard.`;
    }
  };
  // Rendered on the server too but useless without JavaScript: invisible (keeping its space, so
  // nothing shifts when it appears) until hydrated.
  return (
    <div class="lf-share" role="group" aria-label="Share this scenario" data-ready={ready.value ? 'true' : 'false'} data-permalink={ready.value ? link() : undefined}>
      <button type="button" class="lf-button" data-share="link" onClick={() => copy(link(), 'Link')}>
        Copy link
      </button>
      <label for={`${id}-format`} class="sr-only">
        Answer format
      </label>
      <select id={`${id}-format`} value={format.value} onChange={(event) => (format.value = event.currentTarget.value as AnswerFormat)}>
        {FORMATS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" class="lf-button" data-share="answer" onClick={() => copy(forumAnswer(evaluation, link(), format.value), 'Forum answer')}>
        Copy as forum answer
      </button>
      <span class="lf-hint" role="status" aria-live="polite">
        {status.value}
      </span>
    </div>
  );
}
