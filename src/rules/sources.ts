/**
 * A rule's source as the reader sees it: the article (linked, with the section and the sentence
 * relied on), one of our evidence pages (linked at the heading that states the fact) and the public
 * document behind it. Every widget, tool, forum answer and CLI shows sources through cite(), so
 * none of them builds a citation of its own, and none can name our unpublished working notes.
 */
import type { EvidencePage, EvidenceRef, Source } from './model.ts';

/** The article, as published (src/claims/article.json holds the same address and sections). */
export const ARTICLE = {
  title: 'Federation 101 in Lync Online',
  date: 'July 2011',
  href: 'http://www.ultimate-communications.com/2011/07/federation-101-in-lync-online-office365-lync/',
} as const;

/** The article's sections: [first paragraph, heading]; a test checks them against article.json. */
export const ARTICLE_SECTIONS: readonly (readonly [number, string])[] = [
  [1, 'Title'],
  [2, 'Opening section'],
  [7, 'Federation features by type'],
  [15, 'Configuration in the Lync Online portal'],
  [31, 'Configuration in the Lync on premises to federate with Lync Online'],
  [41, 'How do you add a Live Messenger user that has a vanity domain name in its IM address?'],
  [45, 'Federation scenarios'],
  [47, 'Deep diving into troubleshooting of Lync Online federation'],
];

/** Each evidence page's title, as its front matter gives it (a test checks). */
export const EVIDENCE_TITLES: Readonly<Record<EvidencePage, string>> = {
  modalities: 'Evidence: what each partner can do',
  dns: 'Evidence: DNS records',
  'control-panel': 'Evidence: the Lync Online control panel',
  'on-premises': 'Evidence: the on-premises side',
  messenger: 'Evidence: Messenger addresses and other networks',
  troubleshooting: 'Evidence: symptoms, logs and codes',
  'kinds-and-encryption': 'Evidence: kinds of federation and encryption',
};

/** How sure the fact is, in the reader's words. */
export type CitedConfidence = 'article' | 'sourced' | 'inferred' | 'uncertain';

export const CONFIDENCE_LABEL: Readonly<Record<CitedConfidence, string>> = {
  article: 'the article says it',
  sourced: 'sourced',
  inferred: 'inferred, our reasoning',
  uncertain: 'uncertain',
};

/** One thing the reader can open or look up: an address where it has one, always a title. */
export interface SourceLink {
  title: string;
  /** Absolute for the article and public documents; the site's own path for evidence pages. */
  href?: string;
}

export interface Citation {
  confidence: CitedConfidence;
  /** The sentence relied on (quoted from the article) or the fact, in the reader's words. */
  text: string;
  links: SourceLink[];
}

/** The site path of an evidence page's heading: /reference/evidence/dns/#the-four-values. */
export function evidenceHref(ref: EvidenceRef): string {
  const [page, anchor] = ref.split('#');
  return `/reference/evidence/${page}/#${anchor}`;
}

/** The article section a paragraph sits in. */
export function articleSection(paragraph: number): string {
  let title = ARTICLE_SECTIONS[0]![1];
  for (const [from, name] of ARTICLE_SECTIONS) if (paragraph >= from) title = name;
  return title;
}

/** A source as links and words, ready to render. */
export function cite(source: Source): Citation {
  if (source.kind === 'seed') {
    return {
      confidence: 'article',
      text: `“${source.quote}”`,
      links: [{ title: `${ARTICLE.title} (${ARTICLE.date}), “${articleSection(source.paragraph)}”`, href: ARTICLE.href }],
    };
  }
  const page = source.evidence.split('#')[0] as EvidencePage;
  const links: SourceLink[] = [{ title: EVIDENCE_TITLES[page], href: evidenceHref(source.evidence) }];
  const doc = source.document;
  if (doc) links.push({ title: doc.date ? `${doc.title} (${doc.date})` : doc.title, ...(doc.href ? { href: doc.href } : {}) });
  return { confidence: source.confidence, text: source.note, links };
}

/** The same citation with the site's own paths made absolute against `site` (nothing changes without one). */
/** A site path ("/reference/…") as a full address against `site`; any other href, or no site, unchanged. */
export function siteHref(href: string, site: string | undefined): string {
  return site && href.startsWith('/') ? new URL(href, site).href : href;
}

export function onSite(c: Citation, site: string | undefined): Citation {
  if (!site) return c;
  return { ...c, links: c.links.map((l) => (l.href ? { ...l, href: siteHref(l.href, site) } : l)) };
}

/**
 * A text that names pages of this site by path ("… the DNS checker: /troubleshooting/dns-checker/…"),
 * with each path made a full address against `site` (SITE_URL in the CLIs); unchanged without one.
 */
export function withSitePaths(text: string, site: string | undefined): string {
  if (!site) return text;
  return text.replace(/(^|[\s(])(\/(?:troubleshooting|reference|concepts|configure|scenarios|playground)\/[^\s)]*)/g, (_m, before: string, path: string) => `${before}${siteHref(path, site)}`);
}

/**
 * One line of plain text for a citation (forum answers, CLIs): site paths are made absolute
 * against `site` when given (the permalink's origin, or SITE_URL).
 */
export function citationText(c: Citation, site?: string): string {
  const link = (l: SourceLink) => (l.href ? `${l.title}: ${siteHref(l.href, site)}` : l.title);
  return `${c.text} (${CONFIDENCE_LABEL[c.confidence]}; ${c.links.map(link).join('; ')})`;
}
