/**
 * What confidence each evidence section gives its facts, read from the evidence pages themselves:
 * every paragraph there opens with its confidence in bold ("**Sourced.**", "**Inferred, from …**",
 * "**Article and sourced.**", "**Sourced (later history).**", "**Where the sources disagree.**").
 * A footnote's confidence word, or a rule's source confidence, must be one its evidence section
 * gives (issue 30: "a footnote's confidence word matches the confidence its evidence page gives
 * that claim"; "widgets and CLIs say no more than the pages"). Pure: text in, words out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingsOf, ROOT } from './content-claims.ts';

/** The words an evidence paragraph can open with. "disagree" counts as uncertain. */
export type SectionWord = 'article' | 'sourced' | 'inferred' | 'uncertain' | 'later' | 'disagree';

const WORDS: readonly [RegExp, SectionWord][] = [
  [/\barticle\b/i, 'article'],
  [/\bsourced\b/i, 'sourced'],
  [/\binferred\b/i, 'inferred'],
  [/\buncertain\b/i, 'uncertain'],
  [/\blater\b/i, 'later'],
  [/\bdisagree\b/i, 'disagree'],
];

/** The confidence words of one paragraph: the bold runs in its first line's opening. */
export function paragraphWords(paragraph: string): Set<SectionWord> {
  const out = new Set<SectionWord>();
  const opening = paragraph.trimStart();
  if (!opening.startsWith('**')) return out;
  // Bold runs in the paragraph's first 140 characters ("**Sourced** for R2, **inferred** for …").
  for (const m of opening.slice(0, 140).matchAll(/\*\*([^*]+)\*\*/g)) for (const [re, word] of WORDS) if (re.test(m[1]!)) out.add(word);
  return out;
}

/** Section id (null: the page as a whole) → the confidence words its paragraphs give. */
export function sectionWords(source: string): Map<string | null, Set<SectionWord>> {
  const heads = headingsOf(source);
  const lines = source.split(/\r?\n/);
  const out = new Map<string | null, Set<SectionWord>>([[null, new Set()]]);
  let para: string[] = [];
  let at: string | null = null;
  const flush = () => {
    if (para.length === 0) return;
    const words = paragraphWords(para.join(' '));
    for (const key of [at, null]) {
      const set = out.get(key) ?? new Set<SectionWord>();
      for (const w of words) set.add(w);
      out.set(key, set);
    }
    para = [];
  };
  lines.forEach((line, index) => {
    const head = heads.find((h) => h.line === index + 1);
    if (head) {
      flush();
      at = head.id;
      if (!out.has(at)) out.set(at, new Set());
      return;
    }
    if (line.trim() === '' || /^\[\^/.test(line)) flush();
    else para.push(line);
  });
  flush();
  return out;
}

const EVIDENCE_DIR = join(ROOT, 'content', 'reference', 'evidence');

/** page → section → words, for every evidence page. */
export function evidenceWords(dir = EVIDENCE_DIR): Map<string, Map<string | null, Set<SectionWord>>> {
  const out = new Map<string, Map<string | null, Set<SectionWord>>>();
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) out.set(file.replace(/\.mdx?$/, ''), sectionWords(readFileSync(join(dir, file), 'utf8')));
  return out;
}

/** A footnote's or a rule's confidence, as the evidence pages name it. */
export type GivenConfidence = 'sourced' | 'inferred' | 'uncertain' | 'later';

/**
 * Null when the section gives this confidence; else why not. "uncertain" is also what a section
 * where the sources disagree gives; a whole page (no anchor) must give the word somewhere.
 */
export function confidenceProblem(words: Map<string, Map<string | null, Set<SectionWord>>>, page: string, anchor: string | null, given: GivenConfidence): string | null {
  const sections = words.get(page);
  if (!sections) return `no evidence page ${page}`;
  const set = sections.get(anchor);
  if (!set) return `no section #${anchor} on evidence page ${page}`;
  const ok = set.has(given) || (given === 'uncertain' && set.has('disagree'));
  if (ok) return null;
  const where = anchor === null ? `evidence page ${page}` : `${page}#${anchor}`;
  return `says "${given}" but ${where} gives ${set.size === 0 ? 'no confidence word' : [...set].join(', ')}`;
}

/** Words a text uses when it hedges: an inferred or uncertain rule must say so in its own words. */
export const HEDGE = /\b(infer|inferred|we infer|uncertain|not confirmed|no source|as the article reads|rule of thumb|not established|our reasoning|cannot tell|unconfirmed)\b/i;
