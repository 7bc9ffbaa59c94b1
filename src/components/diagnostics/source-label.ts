import type { Source } from '../../rules/model.ts';
import { cite, evidenceHref } from '../../rules/sources.ts';

export interface SourceLabel {
  text: string;
  href?: string;
}

/**
 * The short, linked name a table shows for a catalogue entry's source: "MS-OCER" (Microsoft's
 * protocol specification, linked) or "blog, 2012" (linked to the post itself, or else to our
 * evidence page). Anything else shows its first link whole, so a new kind of source is never hidden
 * behind a wrong label.
 */
export function sourceLabel(source: Source): SourceLabel {
  if (source.kind === 'evidence') {
    if (source.document?.title.includes('MS-OCER')) return { text: 'MS-OCER', ...(source.document.href ? { href: source.document.href } : {}) };
    if (/\b2012 blog\b/.test(source.note)) return { text: 'blog, 2012', href: source.document?.href ?? evidenceHref(source.evidence) };
  }
  const first = cite(source).links[0];
  return first ? { text: first.title, ...(first.href ? { href: first.href } : {}) } : { text: 'unknown' };
}
