/**
 * "Report a wrong verdict": what a reader sends the project when a verdict looks wrong. It carries
 * the permalink (which reopens exactly what they saw), the ids of the rules that decided it and the
 * site's version, with room for the reader's source. Built at the reader's request, from data.
 *
 * Where it goes: the project's tracker, whose "new issue" address is set at build time (ISSUES_URL,
 * like SITE_URL), as a prefilled issue (title and body in the address, as GitHub, GitLab and Gitea
 * read them). With no tracker set, or when the address would be longer than trackers and browsers
 * take, the text is given to copy instead, saying why.
 */

export interface VerdictReport {
  /** What the verdict said, in one line ("IM: blocked, presence: blocked"). */
  verdict: string;
  /** The link that reopens it, on SITE_URL. */
  permalink: string;
  /** The rules that decided it (their ids), in the order they fired. */
  rules: readonly string[];
  /** The site's version (package.json). */
  version: string;
}

/** Longest prefilled address given as a link: GitHub refuses longer ones (about 8 kB). */
export const MAX_REPORT_URL = 8000;

export const SOURCE_PLACEHOLDER = '(Where does this verdict go wrong? Please give your source: a Microsoft document, a log line, what you saw happen.)';

export function reportTitle(report: VerdictReport): string {
  return `Wrong verdict? ${report.verdict}`.slice(0, 120);
}

/** The issue's body, in Markdown (trackers read it), every line of it plain. */
export function reportBody(report: VerdictReport): string {
  return [
    `**The verdict:** ${report.verdict}`,
    `**Reopen it:** <${report.permalink}>`,
    `**Rules that decided it:** ${report.rules.length > 0 ? report.rules.map((id) => `\`${id}\``).join(', ') : '(none fired)'}`,
    `**Site version:** ${report.version}`,
    '',
    '**What I expected instead, and my source:**',
    '',
    SOURCE_PLACEHOLDER,
  ].join('\n');
}

export type ReportTarget =
  | { kind: 'link'; href: string }
  | { kind: 'text'; text: string; why: string };

/** A prefilled issue on the tracker, or the text to copy (with why), for this report. */
export function reportTarget(issuesUrl: string | undefined, report: VerdictReport): ReportTarget {
  const text = `${reportTitle(report)}\n\n${reportBody(report)}`;
  let base: URL | null = null;
  try {
    base = issuesUrl ? new URL(issuesUrl) : null;
  } catch {
    base = null;
  }
  if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:')) {
    return { kind: 'text', text, why: 'This copy of the site has no issue tracker set: copy the report and send it to whoever runs it.' };
  }
  base.searchParams.set('title', reportTitle(report));
  base.searchParams.set('body', reportBody(report));
  if (base.href.length > MAX_REPORT_URL) {
    return { kind: 'text', text, why: 'The report is too long to prefill an issue: copy it and paste it into a new issue.' };
  }
  return { kind: 'link', href: base.href };
}
