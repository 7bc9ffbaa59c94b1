import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { siteLink } from '../../share/site-link.ts';

export interface Props {
  /** What a link asked for but could not be restored (from useWidgetPermalink). */
  problems: string[];
  /** The full page the link should open (an embed links to its page, not to itself). */
  path: string;
}

/** "Copy link" for a widget's current state, and the notice for a link that did not fully open. */
export function WidgetLinkBar({ problems, path }: Props) {
  const ready = useSignal(false);
  const status = useSignal('');
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ready.value = true;
  }, []);
  // Printed, the bar shows the link as text (widgets.css, @media print): the address is written
  // after each change, so the link is read again after each render and just before printing.
  useEffect(() => {
    const mark = () => bar.current?.setAttribute('data-permalink', siteLink(import.meta.env.SITE, window.location.origin, path, window.location.search));
    mark();
    window.addEventListener('beforeprint', mark);
    return () => window.removeEventListener('beforeprint', mark);
  });
  const copy = async () => {
    const link = siteLink(import.meta.env.SITE, window.location.origin, path, window.location.search);
    try {
      await navigator.clipboard.writeText(link);
      status.value = 'Link copied: it opens this widget as it is now.';
    } catch {
      status.value = 'Could not copy the link: your browser refused access to the clipboard.';
    }
  };
  return (
    <>
      {problems.length > 0 ? (
        <div class="lf-notice" role="alert" data-testid="widget-link-notice">
          <strong>Not everything in this link could be opened.</strong>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="lf-share" ref={bar} data-ready={ready.value ? 'true' : 'false'}>
        <button type="button" class="lf-button" data-share="widget-link" onClick={copy}>
          Copy link
        </button>
        <span class="lf-hint" role="status" aria-live="polite">
          {status.value}
        </span>
      </div>
    </>
  );
}
