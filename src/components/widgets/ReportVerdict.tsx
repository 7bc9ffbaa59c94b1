import { useSignal } from '@preact/signals';
import { reportTarget, type ReportTarget, type VerdictReport } from '../../share/verdict-report.ts';
import { CopyButton } from '../CopyButton.tsx';

export interface Props {
  /** The report for the verdict as it is now (built when the reader opens the box). */
  report: () => VerdictReport;
}

/**
 * "Report a wrong verdict", under a verdict: closed, a one-line summary; opened, a prefilled issue
 * on the project's tracker (ISSUES_URL at build time), or the report as text to copy when there is
 * no tracker or the report is too long for an address (verdict-report.ts). Nothing is sent by the
 * site: the reader opens the issue, or pastes the text, themselves.
 */
export function ReportVerdict({ report }: Props) {
  const target = useSignal<ReportTarget | null>(null);
  const toggle = (event: Event) => {
    target.value = (event.currentTarget as HTMLDetailsElement).open ? reportTarget(import.meta.env.ISSUES_URL, report()) : null;
  };
  const t = target.value;
  return (
    <details class="lf-report" onToggle={toggle} data-testid="report-verdict">
      <summary>Report a wrong verdict</summary>
      {t === null ? null : t.kind === 'link' ? (
        <p>
          <a href={t.href} target="_blank" rel="noopener noreferrer" data-testid="report-verdict-link">
            Open a prefilled issue
          </a>{' '}
          on the project's tracker: it carries the link to this verdict, the rules that decided it and the site's version; add your source.
        </p>
      ) : (
        <>
          <p>{t.why}</p>
          <textarea readOnly rows={8} aria-label="The report" data-testid="report-verdict-text" value={t.text} />
          <CopyButton text={t.text} label="Copy the report" />
        </>
      )}
    </details>
  );
}
