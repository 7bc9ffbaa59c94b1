/**
 * A content page read block by block, as the footnote coverage test and the claims register read
 * it: paragraphs, list items (with their continuation lines) and tables, each with its first line.
 * See test/unit/footnotes.test.ts for what needs no footnote. Pure: text in, blocks out.
 */
export const SITE_MARKER = '{/* about this site */}';

export interface Block {
  kind: 'paragraph' | 'item' | 'table';
  text: string;
  line: number;
  /** The block just before, when only blank lines or JSX tags stand between (no heading). */
  before?: Block | undefined;
  /** Marked `{/* about this site *\/}`. */
  aboutSite: boolean;
}


/** The blocks of a page that may state something, in order. */
export function blocksOf(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  if (lines[0] === '---') {
    i = lines.indexOf('---', 1) + 1;
  }
  const blocks: Block[] = [];
  let current: Block | null = null;
  let fence: string | null = null;
  let marked = false;
  let inFootnoteDef = false;
  let linked: Block | undefined;
  let listMarked = false;
  const close = () => {
    if (current) {
      blocks.push(current);
      linked = current;
    }
    current = null;
  };
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const fenceMatch = /^(```|~~~)/.exec(line);
    if (fence) {
      if (line.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) {
      close();
      fence = fenceMatch[1] ?? '```';
      continue;
    }
    if (line === '') {
      close();
      inFootnoteDef = false;
      continue;
    }
    if (line === SITE_MARKER) {
      close();
      marked = true;
      continue;
    }
    // A JSX tag written over several lines (<LinkCard title=… href=… />): structural throughout.
    if (/^<[A-Za-z][\w.]*(\s|$)/.test(line) && !/>\s*$/.test(line)) {
      close();
      while (i < lines.length && !/>\s*$/.test((lines[i] ?? '').trim())) i++;
      continue;
    }
    // Structural lines: imports/exports, JSX tags, comments, headings, footnote definitions.
    if (/^#{1,6}\s/.test(line)) {
      close();
      linked = undefined;
      continue;
    }
    if (/^(import|export)\s/.test(raw) || /^<\/?[A-Za-z][^>]*>?$/.test(line) || /^\/?>$/.test(line) || /^\{\/\*.*\*\/\}$/.test(line) || /^<!--.*-->$/.test(line)) {
      close();
      continue;
    }
    if (/^\[\^[^\]]+\]:/.test(line)) {
      close();
      inFootnoteDef = true;
      continue;
    }
    if (inFootnoteDef && /^\s/.test(raw)) continue;
    inFootnoteDef = false;
    const isTable = line.startsWith('|');
    // As in CommonMark, only "1." starts an ordered list inside a paragraph ("2011. Each …" does not).
    const isItem = /^([-*+]|1\.)\s/.test(line) || (/^\d+\.\s/.test(line) && current?.kind !== 'paragraph');
    if (isTable) {
      let table: Block;
      if (current?.kind === 'table') table = current;
      else {
        close();
        table = { kind: 'table', text: '', line: i + 1, before: linked, aboutSite: marked };
        current = table;
        marked = false;
      }
      table.text += `${line}\n`;
      continue;
    }
    if (isItem) {
      close();
      // The marker before a list covers the whole list.
      if (marked) listMarked = true;
      else if (linked?.kind !== 'item') listMarked = false;
      current = { kind: 'item', text: line.replace(/^([-*+]|\d+\.)\s+/, ''), line: i + 1, before: linked, aboutSite: marked || listMarked };
      marked = false;
      continue;
    }
    if (current) {
      current.text += ` ${line}`;
      continue;
    }
    current = { kind: 'paragraph', text: line, line: i + 1, before: linked, aboutSite: marked };
    marked = false;
    listMarked = false;
  }
  close();
  return blocks;
}

