/**
 * Footnote coverage (issue 14, item 2): every paragraph and list item of a content page that states
 * something carries a footnote reference ([^id]) leading to its evidence. The About page promises
 * "Every factual sentence carries a numbered footnote"; this test keeps that true.
 *
 * The pages are MDX written to a few conventions, so they are read block by block here rather than
 * through a full MDX parser: frontmatter, import/export lines, JSX tag lines, code fences, headings,
 * tables, list items (with their indented continuation lines) and paragraphs.
 *
 * What needs no footnote (navigational or structural text), the whole list:
 * 1. headings, code blocks, import/export lines, JSX tag lines (a component, an Aside's opening and
 *    closing tag, whose title attribute is the admonition title), HTML/MDX comments;
 * 2. footnote definitions themselves (they are the sources);
 * 3. a block made only of links (with punctuation, "and", "or", "·" between them);
 * 4. a pointer: a block starting "See " or "For …, see " that holds a link;
 * 5. a lead-in and what it introduces, cited on one side of the colon: a list item or table under a
 *    paragraph ending in a footnoted colon ("These are the records:[^x]"), or a lead-in ending in a
 *    colon ("The blockers for this scenario:") whose list or table cites item by item;
 * 6. a block about this site itself (how its widgets and pages work, not a claim about Lync),
 *    marked by the line `{/* about this site *\/}` just before it (before a list: the whole list),
 *    or by the same comment at the end of the block (one item of a list).
 *    Each marker is visible in review.
 * A page with no body (the 404 page, all frontmatter) has nothing to check. The splash home page is
 * checked like any other: it states facts too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf, SITE_MARKER, type Block } from '../../src/claims/blocks.ts';

export { blocksOf, type Block };

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

const FOOTNOTE_REF = /\[\^[^\]\s]+\](?!:)/;
const LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;

/** Text with links, inline code and emphasis marks taken out, for the navigational tests. */
function withoutLinks(text: string): string {
  return text
    .replace(LINK, ' ')
    .replace(/<a\s[^>]*>[^<]*<\/a>/g, ' ')
    .replace(/<\/?(ul|ol|li|p)>/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[*_]/g, '');
}

const CITES = (block: Block) => FOOTNOTE_REF.test(block.text);
const LEAD_IN_CITED = /:\s*(\[\^[^\]\s]+\]\s*)+$/;

/** The paragraph that introduces a list item or table: back over the earlier items of its list. */
function leadIn(block: Block): Block | undefined {
  let at = block.before;
  while (at && at.kind === 'item') at = at.before;
  return at?.kind === 'paragraph' ? at : undefined;
}

/** True when the paragraph or an earlier item that introduces this block ends in a cited colon. */
function introducedByCitedLeadIn(block: Block): boolean {
  for (let at = block.before; at; at = at.kind === 'item' ? at.before : undefined) {
    if (LEAD_IN_CITED.test(at.text.trim())) return true;
    if (at.kind !== 'item') return false;
  }
  return false;
}

/** Why a block needs no footnote, or null when it needs one. `all` is the page's blocks, in order. */
export function exemption(block: Block, all: readonly Block[] = []): string | null {
  if (CITES(block)) return 'cites';
  if (block.aboutSite || block.text.includes(SITE_MARKER)) return 'about this site';
  if (block.kind !== 'paragraph') {
    return introducedByCitedLeadIn(block) ? 'introduced by a cited lead-in' : null;
  }
  if (/:\s*$/.test(block.text)) {
    const introduced = all.filter((b) => b.kind !== 'paragraph' && leadIn(b) === block);
    if (introduced.length > 0 && introduced.every(CITES)) return 'lead-in to a cited list';
  }
  const hasLink = LINK.test(block.text) || /<a\s[^>]*href/.test(block.text);
  LINK.lastIndex = 0;
  const rest = withoutLinks(block.text).trim();
  if (hasLink && /^[\s,;.·:()–—-]*((and|or)[\s,;.·:()–—-]*)*$/i.test(rest)) return 'only links';
  if (hasLink && /^(See|For [^.]*, see)\s/.test(block.text.trim())) return 'pointer';
  return null;
}

const FILES = pages(CONTENT).sort();

describe('footnote coverage of content pages', () => {
  it('reads every content page', () => {
    expect(FILES.length).toBeGreaterThan(30);
  });

  it.each(FILES.map((file) => [relative(ROOT, file), file]))('%s: every paragraph and list item that states something has a footnote', (_name, file) => {
    const blocks = blocksOf(readFileSync(file, 'utf8'));
    const missing = blocks
      .filter((block) => exemption(block, blocks) === null)
      .map((block) => `line ${block.line}: "${block.text.replace(LINK, '$1').split(/\s+/).slice(0, 10).join(' ')}…"`);
    expect(missing, `${relative(ROOT, file)} states these without a footnote:\n${missing.join('\n')}`).toEqual([]);
  });
});

describe('the coverage reader itself', () => {
  it('finds an uncited paragraph and an uncited list item, and accepts cited ones', () => {
    const blocks = blocksOf(['---', 'title: x', '---', '', 'Federation needs both sides.', '', '- A claim.', '- Cited.[^a]', '', 'Also cited.[^b]', '', '[^a]: Source.', '[^b]: Source.'].join('\n'));
    expect(blocks.map((b) => [b.kind, exemption(b)])).toEqual([
      ['paragraph', null],
      ['item', null],
      ['item', 'cites'],
      ['paragraph', 'cites'],
    ]);
  });
  it('skips code, headings, JSX and footnote definitions, and checks text inside an Aside', () => {
    const source = ['## Heading', '', '```sh', 'nslookup x', '```', '', '<Aside type="note" title="A title">', '  A claim inside.', '</Aside>', '', '<Widget client:load />', '', '[^a]: Def', '  continued.'].join('\n');
    expect(blocksOf(source).map((b) => b.text)).toEqual(['A claim inside.']);
  });
  it('lets navigational text through and nothing that states a fact', () => {
    const nav = (text: string) => exemption({ kind: 'paragraph', text, line: 1, aboutSite: false });
    expect(nav('[One](/a/) · [Two](/b/)')).toBe('only links');
    expect(nav('See [DNS records](/configure/dns-records/).')).toBe('pointer');
    expect(nav('For the records, see [DNS records](/configure/dns-records/).')).toBe('pointer');
    expect(nav('Federation is off by default: [DNS](/configure/dns-records/)')).toBeNull();
    expect(nav('Only the federation record matters, see [DNS](/x/).')).toBeNull();
    expect(nav('A plain claim with a [link](/x/) inside it.')).toBeNull();
  });
  it('accepts a list or table cited on one side of its lead-in colon, and nothing across a heading', () => {
    const blocks = blocksOf(
      ['Intro:[^a]', '| a | b |', '', 'Steps:[^a]', '', '1. One.', '2. Two.', '', 'The blockers:', '', '- A.[^b]', '- B.[^c]', '', 'Plain intro:', '', '- Uncited.', '', 'Cited intro:[^d]', '', '## Heading', '', '- After a heading.'].join('\n'),
    );
    expect(blocks.map((b) => exemption(b, blocks))).toEqual([
      'cites', 'introduced by a cited lead-in',
      'cites', 'introduced by a cited lead-in', 'introduced by a cited lead-in',
      'lead-in to a cited list', 'cites', 'cites',
      null, null,
      'cites', null,
    ]);
  });
  it('exempts a block only when the about-this-site marker stands just before it', () => {
    const blocks = blocksOf([SITE_MARKER, 'Choose a setting and see the verdict.', '', 'A claim.', '', SITE_MARKER, '- One.', '- Two.', '', 'Between.', '', '- Another list.'].join('\n'));
    expect(blocks.map((b) => exemption(b, blocks))).toEqual(['about this site', null, 'about this site', 'about this site', null, null]);
  });
});

// ---------------------------------------------------------------------------------------------
// Beyond paragraphs and list items (issue 30): card texts, Aside titles, "about this site" blocks
// that state Lync facts, and page descriptions.
// ---------------------------------------------------------------------------------------------

/** An Aside's title and its body: the title is covered when the body cites (or the Aside is marked). */
export function asideProblems(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(\{\/\* about this site \*\/\}\s*)?<Aside\b([^>]*)>([\s\S]*?)<\/Aside>/g)) {
    const title = /title="([^"]*)"/.exec(m[2] ?? '')?.[1];
    if (!title || m[1]) continue;
    if (!FOOTNOTE_REF.test(m[3] ?? '')) out.push(`Aside "${title}": its body cites nothing, so its title is unsourced`);
  }
  return out;
}

/**
 * Card texts (LinkCard descriptions): a card states what its page says, so a card group must be
 * followed by a footnoted block that gives the cards' source (or be marked about this site).
 */
export function cardProblems(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(\{\/\* about this site \*\/\}\s*)?<CardGrid>([\s\S]*?)<\/CardGrid>\s*\n([^\n]*(?:\n(?!\s*\n)[^\n]*)*)/g)) {
    const described = [...(m[2] ?? '').matchAll(/description="([^"]*)"/g)].map((d) => d[1]!);
    if (described.length === 0 || m[1]) continue;
    if (!FOOTNOTE_REF.test(m[3] ?? '')) out.push(`cards "${described[0]!.slice(0, 40)}…": no footnoted block right after the card group gives their source`);
  }
  return out;
}

/** What a block about this site may not say without a footnote: a fact about Lync itself. */
export const LYNC_FACT = /\b(?:New|Set|Get|Test|Remove)-Cs\w+\b[^.]*\b(?:only|must|cannot|never)\b|\bonly a domain\b|\blogged at\b|\bms-diagnostics\s+\d{4}\b|\bsipfed\.online\.lync\.com\b[^.]*\b(?:is|are|must)\b|\b(?:is|are) not (?:available|supported)\b/i;

export function siteBlockProblems(blocks: readonly Block[]): string[] {
  return blocks
    .filter((b) => (b.aboutSite || b.text.includes(SITE_MARKER)) && !CITES(b) && LYNC_FACT.test(b.text.replace(LINK, '$1')))
    .map((b) => `line ${b.line}: marked "about this site" but states a Lync fact without a footnote: "${b.text.slice(0, 70)}…"`);
}

/** Page descriptions (search results): no hedged topic of the page stated flat. */
const HEDGE_WORDS = /\b(uncertain|inferred|we infer|infer|as the article reads|not established|rule of thumb|may|disagree)\b/i;
const TOPICS: readonly [string, RegExp][] = [
  ['messenger-av', /\b(audio|video)\b[^.;]*\bMessenger\b|\bMessenger\b[^.;]*\b(audio|video)\b/i],
  ['ocs-2007-av', /\bOCS 2007\b(?! R2)[^.;]*\b(audio|video)\b|\b(audio|video)\b[^.;]*\bOCS 2007\b(?! R2)/i],
  ['other-networks', /\b(AOL|Yahoo!?|Google Talk|Jabber|XMPP)\b/],
  ['default-state', /\bby default\b|\bstarts? (on|off|enabled|disabled)\b/i],
  ['outlook', /\boutlook\.com\b/i],
];

export function descriptionProblems(source: string): string[] {
  const description = /^description:\s*(.*)$/m.exec(source.split(/^---$/m)[1] ?? '')?.[1] ?? '';
  const body = source.split(/^---$/m).slice(2).join('---');
  const out: string[] = [];
  for (const [topic, re] of TOPICS) {
    const hedgedInBody = body.split(/(?<=[.;])\s+/).some((s) => re.test(s) && HEDGE_WORDS.test(s));
    if (!hedgedInBody) continue;
    for (const clause of description.split(/(?<=[.;])\s+/)) if (re.test(clause) && !HEDGE_WORDS.test(clause)) out.push(`description states ${topic} flat, which the page hedges: "${clause}"`);
  }
  return out;
}

describe('footnote coverage beyond paragraphs: cards, Aside titles, "about this site" blocks, descriptions', () => {
  it.each(FILES.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const problems = [...asideProblems(source), ...cardProblems(source), ...siteBlockProblems(blocksOf(source)), ...descriptionProblems(source)];
    expect(problems).toEqual([]);
  });

  it('each check fails on a bad sample', () => {
    expect(asideProblems('<Aside type="caution" title="Block wins">\n  It does.\n</Aside>')).toHaveLength(1);
    expect(asideProblems('<Aside type="caution" title="Block wins">\n  It does.[^a]\n</Aside>')).toEqual([]);
    expect(cardProblems('<CardGrid>\n  <LinkCard title="a" href="/a/" description="IM only." />\n</CardGrid>\n\nNext.')).toHaveLength(1);
    expect(cardProblems('<CardGrid>\n  <LinkCard title="a" href="/a/" description="IM only." />\n</CardGrid>\n\nThe cards sum up the article.[^a]')).toEqual([]);
    expect(siteBlockProblems(blocksOf(`${SITE_MARKER}\nThat cmdlet (Test-CsFederatedPartner) can test only a domain on the allowed list.`))).toHaveLength(1);
    expect(siteBlockProblems(blocksOf(`${SITE_MARKER}\nPaste the output of Get-CsAllowedDomain here.`))).toEqual([]);
    const page = (d: string) => `---\ntitle: x\ndescription: ${d}\n---\n\nWith Messenger, audio and video are no as the article reads, and uncertain.[^a]\n`;
    expect(descriptionProblems(page('IM and presence with Messenger; no audio or video with Messenger.'))).toHaveLength(1);
    expect(descriptionProblems(page('IM and presence with Messenger; audio and video with Messenger uncertain.'))).toEqual([]);
  });
});
