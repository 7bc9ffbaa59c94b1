import type { Citation } from '../rules/sources.ts';
import { CONFIDENCE_LABEL } from '../rules/sources.ts';

export interface Props {
  citation: Citation;
}

/** A source as the rules give it: the confidence in words, the sentence or fact, and each link. */
export function SourceNote({ citation }: Props) {
  return (
    <p class="lf-source">
      Source ({CONFIDENCE_LABEL[citation.confidence]}): {citation.text}{' '}
      {citation.links.map((link, i) => (
        <span key={link.title}>
          {i > 0 ? '; ' : '— '}
          {link.href ? <a href={link.href}>{link.title}</a> : link.title}
        </span>
      ))}
    </p>
  );
}
