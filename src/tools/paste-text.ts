/**
 * What forums, mail clients and word processors do to pasted console text, undone before any
 * parser reads it: a byte-order mark, NUL bytes (UTF-16 read as 8-bit), non-breaking and other
 * Unicode spaces, zero-width characters, curly quotes and dashes, tabs. Line ends are left alone
 * (every parser splits on CRLF, CR and LF).
 */
export function normalisePaste(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\u0000/g, '')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\t/g, '    ');
}

/** A line's quote markers (`> `, `>> `, `> > `, with the indent a forum adds) and how many. */
const QUOTE = /^[ ]{0,3}((?:>[ ]?)+)/;
/** nslookup's interactive mode echoes what was typed after its own `> ` prompt: not a quote. */
const NSLOOKUP_INPUT = /^\s*(?:set\s+\S+|server\s+\S+|ls\s.*|exit|[A-Za-z0-9_][\w.-]*\.?|)\s*$/i;
/** A mail client's header block around a quoted reply (Outlook's "-----Original Message-----" and the like). */
const MAIL_HEADER = /^\s*(?:From|Sent|Date|To|Cc|Subject|Reply-To|Importance|Von|Gesendet|An|Betreff|De|Envoyé|À|Objet|Enviado el|Para|Asunto):\s/i;
const MAIL_OPENING = /^\s*(?:-{3,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{3,}|On\s.{3,200}\swrote:|Am\s.{3,200}\sschrieb\s.{0,100}:|Le\s.{3,200}\sa écrit\s?:|El\s.{3,200}\sescribió:)\s*$/i;
/** Anything the mail and transcript pass looks for, tested once on the whole text. */
const MAIL_OR_TRANSCRIPT = /^\s*(?:-{2,}|On\s|Am\s|Le\s|El\s|\*{10,}|Transcript|Windows PowerShell [Tt]ranscript|(?:From|Sent|Date|To|Cc|Subject|Reply-To|Importance|Von|Gesendet|An|Betreff|De|Envoyé|À|Objet|Enviado el|Para|Asunto):\s)/m;
const TRANSCRIPT_RULE = /^\s*\*{10,}\s*$/;
const TRANSCRIPT_LINE = /^\s*(?:Windows PowerShell [Tt]ranscript (?:Start|End)|Transcript (?:started|stopped), output file is\s.*|Start time:\s*\d+|End time:\s*\d+|Username\s*:\s.*|RunAs User\s*:\s.*|Machine\s*:\s.*|Host Application\s*:\s.*|Process ID\s*:\s.*|Configuration Name\s*:.*|PSVersion\s*:.*|PSEdition\s*:.*|BuildVersion\s*:.*|CLRVersion\s*:.*|WSManStackVersion\s*:.*|PSRemotingProtocolVersion\s*:.*|SerializationVersion\s*:.*|PSCompatibleVersions\s*:.*)\s*$/;
/** A console window 80 columns wide breaks a longer line into 80-character pieces. */
export const CONSOLE_WIDTH = 80;

export interface UnwrapOptions {
  /** Join a line of exactly 80 characters with the next (console wrapping). Default true. */
  consoleWrap?: boolean;
}

/**
 * Undoes what happens to console output on its way to a forum post or an e-mail, line by line,
 * keeping one output line per input line (removed lines become blank) except where console
 * wrapping is joined:
 *   - `normalisePaste`'s character damage;
 *   - quoting with `> ` at one or more levels (a block's common depth is removed; nslookup's own
 *     interactive `> name` lines are not quotes);
 *   - a mail client's header block (From/Sent/To/Subject…), the "On … wrote:" line, and a
 *     signature after `-- `;
 *   - a PowerShell transcript's header block (Start-Transcript);
 *   - trailing spaces, and the indent every line shares (a forum's code block);
 *   - console wrapping at 80 columns (a piece of exactly 80 characters is joined with the next line;
 *     PowerShell itself never prints a line that wide in an 80-column window).
 * The result uses LF line ends.
 */
export function unwrapPaste(input: string, options: UnwrapOptions = {}): string {
  const text = normalisePaste(input);
  const lines = text.split(/\r\n|\r|\n/);
  // Each pass runs only when the text has what it undoes (a 2 MB paste stays quick).
  if (/^[ \t]*>/m.test(text)) unquote(lines);
  if (MAIL_OR_TRANSCRIPT.test(text)) blankMailAndTranscript(lines);
  // Wrapped pieces are joined before trailing spaces go: a piece may end in the space it was cut at.
  if (options.consoleWrap !== false) joinConsoleWrap(lines);
  const joined = lines.join('\n');
  const trimmed = / \n| $/.test(joined) ? joined.replace(/ +$/gm, '') : joined;
  if (!/^(?! |$)/m.test(trimmed)) return dedentText(trimmed);
  return trimmed;
}

function quoteDepth(line: string): number {
  const m = QUOTE.exec(line);
  return m ? (m[1] ?? '').replace(/ /g, '').length : 0;
}

function stripQuotes(line: string, depth: number): string {
  let rest = line.replace(/^[ ]{0,3}/, '');
  for (let k = 0; k < depth; k++) rest = rest.replace(/^>[ ]?/, '');
  return rest;
}

/** Removes the quote markers of each quoted block (a run of lines that start with `>`). */
function unquote(lines: string[]): void {
  let i = 0;
  while (i < lines.length) {
    if (quoteDepth(lines[i] as string) === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && quoteDepth(lines[j] as string) > 0) j++;
    const block = lines.slice(i, j);
    const depth = Math.min(...block.map(quoteDepth));
    // nslookup typed in interactive mode, unquoted: every line is a short `> name` or `> set …`.
    const quoted = block.some((l) => !NSLOOKUP_INPUT.test(stripQuotes(l, 1))) || depth > 1;
    if (quoted) for (let k = i; k < j; k++) lines[k] = stripQuotes(lines[k] as string, depth);
    i = j;
  }
}

function blankMailAndTranscript(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (MAIL_OPENING.test(line)) {
      lines[i] = '';
      continue;
    }
    // A header block: consecutive mail header lines naming a subject and a date, and no SIP header.
    if (MAIL_HEADER.test(line)) {
      let j = i;
      while (j < lines.length && MAIL_HEADER.test(lines[j] as string)) j++;
      const block = lines.slice(i, j);
      if (block.length >= 3 && block.some((l) => /^\s*(?:Subject|Betreff|Objet|Asunto):/i.test(l)) && block.some((l) => /^\s*(?:Sent|Date|Gesendet|Envoyé|Enviado el):/i.test(l))) {
        for (let k = i; k < j; k++) lines[k] = '';
      }
      i = j - 1;
      continue;
    }
    // A signature: `-- ` after a blank line, up to the next blank line followed by a quote or the end.
    if (/^--\s?$/.test(line) && (i === 0 || (lines[i - 1] as string).trim() === '')) {
      let j = i;
      while (j < lines.length && (lines[j] as string).trim() !== '') j++;
      for (let k = i; k < j; k++) lines[k] = '';
      i = j - 1;
      continue;
    }
    if (TRANSCRIPT_RULE.test(line) && i + 1 < lines.length && /^\s*Windows PowerShell [Tt]ranscript/.test(lines[i + 1] as string)) {
      let j = i + 1;
      while (j < lines.length && !TRANSCRIPT_RULE.test(lines[j] as string) && (TRANSCRIPT_LINE.test(lines[j] as string) || (lines[j] as string).trim() === '')) j++;
      const end = j < lines.length && TRANSCRIPT_RULE.test(lines[j] as string) ? j : j - 1;
      for (let k = i; k <= end; k++) lines[k] = '';
      i = end;
      continue;
    }
    if (/^\s*Transcript (?:started|stopped), output file is\s/.test(line) || /^\s*Windows PowerShell [Tt]ranscript End\s*$/.test(line)) lines[i] = '';
  }
}

/** Removes the indent every non-blank line shares (a forum's code block); relative indents stay. */
function dedentText(text: string): string {
  const lines = text.split('\n');
  let common = Infinity;
  for (const line of lines) {
    if (line === '') continue;
    const indent = line.length - line.trimStart().length;
    if (indent < common) common = indent;
    if (common === 0) return text;
  }
  if (common === Infinity) return text;
  return lines.map((line) => line.slice(common)).join('\n');
}

/** Joins console-wrapped pieces: a line exactly 80 characters wide continues on the next line. */
function joinConsoleWrap(lines: string[]): void {
  let out = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    let piece = line;
    while (piece.length === CONSOLE_WIDTH && i + 1 < lines.length && (lines[i + 1] as string) !== '') {
      piece = lines[++i] as string;
      line += piece;
    }
    lines[out++] = line;
  }
  lines.length = out;
}
