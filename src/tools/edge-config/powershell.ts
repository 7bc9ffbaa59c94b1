/**
 * Reads what the Lync Server Management Shell prints, in the forms admins paste it: the default
 * list output and `Format-List` (`Name : value`, long values wrapped onto indented lines),
 * `Format-Table` (a header, a dashed rule, one row per object), the prompt lines (`PS C:\> …`)
 * and blank lines between several cmdlets, PowerShell's error blocks, CRLF line ends, and the
 * forum damage a paste picks up (non-breaking spaces, curly quotes, a lost line break in a long
 * value). It knows nothing about federation: it turns text into objects with the command that
 * printed them, and keeps every line it could not place.
 *
 * Never throws, for any string.
 */
import { normalisePaste, unwrapPaste } from '../paste-text.ts';

export interface PsObject {
  /** The Lync cmdlet named on the prompt line above this object (e.g. "Get-CsAllowedDomain"), if any. */
  cmdlet: string | null;
  /** The whole command line, for parameters such as Test-CsFederatedPartner's -Domain. */
  command: string | null;
  /** Property name → value as printed (wrapped values joined), in the order printed. */
  fields: Map<string, string>;
  /** Field name → the 1-based line it came from. */
  lineOf: Map<string, number>;
  /** Properties whose printed value was cut short by Format-Table ("..."), lower-case names. */
  truncated: Set<string>;
  form: 'list' | 'table';
  /** The 1-based line the object starts on. */
  line: number;
}

export interface PsLine {
  line: number;
  text: string;
  /** Why it was not read, in a reader's words. */
  why: string;
}

export interface PsCommand {
  line: number;
  text: string;
  cmdlet: string | null;
  /** How many objects it printed (0: it printed nothing, e.g. an empty list). */
  printed: number;
  /** PowerShell error lines followed it: the command failed. */
  failed: boolean;
}

export interface PsParse {
  objects: PsObject[];
  commands: PsCommand[];
  /** Lines that are neither output the reader understands nor blank, nor a prompt. */
  unread: PsLine[];
  /** Lines of PowerShell error messages (the command failed): kept apart from unread. */
  errors: PsLine[];
}

export { normalisePaste };

/** `PS C:\\>`, a remote session's `[server]: PS C:\\>`, and the Exchange-style `[PS] C:\\>`. */
const PROMPT = /^\s*(?:\[[^\]\r\n]{1,200}\]:\s*)?(?:\[PS\]|PS)(?:\s+[^>\r\n]{0,300})?>\s?(.*)$/;
/** A cmdlet at the start of a line: a command pasted without its prompt. */
const BARE_COMMAND = /^\s*(?:Get|Set|New|Remove|Test|Grant)-Cs[A-Za-z]+\b/;
const CMDLET = /\b((?:Get|Set|New|Remove|Test|Grant)-Cs[A-Za-z]+)\b/i;
/** `Name : value`; the name is one PowerShell property name (letters, digits, underscore). */
const LIST_LINE = /^([A-Za-z_][A-Za-z0-9_]{0,80})\s*:(?:\s(.*)|)$/;
const RULE_LINE = /^\s*-{2,}(?:\s+-{2,})*\s*$/;
const ERROR_START = /^\s*(?:[A-Za-z]+-[A-Za-z]+\s+:\s.+|The term '.*' is not recognized.*|At line:\d+ char:\d+.*)$/;
const ERROR_CONT = /^\s*(?:\+\s|At line:\d+|~+\s*$|\+\s*(?:CategoryInfo|FullyQualifiedErrorId))/;

/** The canonical spelling of a cmdlet name (the paste may be in any case). */
export function canonicalCmdlet(name: string): string {
  const [verb = '', noun = ''] = name.split('-');
  const v = verb.charAt(0).toUpperCase() + verb.slice(1).toLowerCase();
  const rest = noun.slice(2);
  return `${v}-Cs${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

function cmdletOf(command: string): string | null {
  const m = CMDLET.exec(command);
  return m?.[1] ? canonicalCmdlet(m[1]) : null;
}

/** Splits a paste into objects; see the module comment. */
export function parsePowerShell(input: string): PsParse {
  const text = unwrapPaste(typeof input === 'string' ? input : '');
  const lines = text.split(/\r\n|\r|\n/);
  const result: PsParse = { objects: [], commands: [], unread: [], errors: [] };
  let cmdlet: string | null = null;
  let command: string | null = null;
  let current: PsObject | null = null;
  /** The last field of the current list object: where a wrapped continuation belongs. */
  let lastField: string | null = null;
  let valueColumn = -1;
  let inError = false;

  const push = (obj: PsObject) => {
    result.objects.push(obj);
    const last = result.commands[result.commands.length - 1];
    if (last) last.printed++;
  };
  const fail = (line: PsLine) => {
    result.errors.push(line);
    const last = result.commands[result.commands.length - 1];
    if (last) last.failed = true;
  };
  const close = () => {
    if (current && current.fields.size > 0) push(current);
    current = null;
    lastField = null;
    valueColumn = -1;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').trimEnd();
    const n = i + 1;
    if (raw.trim() === '') {
      close();
      inError = false;
      continue;
    }
    const prompt = PROMPT.exec(raw);
    // "Get-CsFoo : The term … is not recognized": an error that starts with the cmdlet's name.
    if (!prompt && /^\s*[A-Za-z]+-[A-Za-z]+\s+:\s/.test(raw)) {
      close();
      inError = true;
      fail({ line: n, text: raw, why: 'a PowerShell error message: the command failed' });
      continue;
    }
    if (prompt || BARE_COMMAND.test(raw)) {
      close();
      inError = false;
      command = (prompt ? (prompt[1] ?? '') : raw).trim();
      cmdlet = command === '' ? null : cmdletOf(command);
      if (command !== '') result.commands.push({ line: n, text: command, cmdlet, printed: 0, failed: false });
      continue;
    }
    // PowerShell's own stream messages look like "Name : value" but are not output.
    const stream = /^\s*(VERBOSE|WARNING|DEBUG|INFO):\s/.exec(raw);
    if (stream) {
      close();
      result.unread.push({ line: n, text: raw, why: `a PowerShell ${stream[1]} message, not the cmdlet's output` });
      continue;
    }
    if (inError && ERROR_CONT.test(raw)) {
      fail({ line: n, text: raw, why: 'part of a PowerShell error message' });
      continue;
    }
    if (!current && ERROR_START.test(raw) && !LIST_LINE.test(raw.trim())) {
      inError = true;
      fail({ line: n, text: raw, why: 'a PowerShell error message: the command failed' });
      continue;
    }
    // A table: a header line followed by a dashed rule.
    const next = lines[i + 1]?.trimEnd() ?? '';
    if (!current && RULE_LINE.test(next) && !LIST_LINE.test(raw.trim())) {
      i = readTable(lines, i, cmdlet, command, result, push);
      continue;
    }
    const trimmed = raw.trimStart();
    const indent = raw.length - trimmed.length;
    const field = LIST_LINE.exec(trimmed);
    // A wrapped value: indented to the value column (PowerShell's own wrapping) or, in a list,
    // a line with no "name :" at all (a line break a forum added).
    if (current && lastField && (field === null || (valueColumn > 0 && indent >= valueColumn - 1 && indent > 0))) {
      const before = current.fields.get(lastField) ?? '';
      const piece = trimmed.trim();
      const joiner = /\s/.test(before) || before === '' ? ' ' : '';
      current.fields.set(lastField, (before + joiner + piece).trim());
      continue;
    }
    if (field) {
      const name = field[1] ?? '';
      const value = (field[2] ?? '').trim();
      if (!current) current = newObject(cmdlet, command, 'list', n);
      else if (current.fields.has(name)) {
        // The same property again without a blank line: the next object of a list.
        close();
        current = newObject(cmdlet, command, 'list', n);
      }
      current.fields.set(name, value);
      current.lineOf.set(name, n);
      lastField = name;
      const colon = raw.indexOf(':');
      valueColumn = colon >= 0 ? colon + 2 : -1;
      continue;
    }
    inError = false;
    result.unread.push({ line: n, text: raw, why: 'not a "Name : value" line, a table row or a prompt' });
  }
  close();
  return result;
}

function newObject(cmdlet: string | null, command: string | null, form: 'list' | 'table', line: number): PsObject {
  return { cmdlet, command, fields: new Map(), lineOf: new Map(), truncated: new Set(), form, line };
}

/** Reads a Format-Table block starting at its header line; returns the index of its last line. */
function readTable(lines: string[], start: number, cmdlet: string | null, command: string | null, result: PsParse, push: (obj: PsObject) => void): number {
  const header = (lines[start] ?? '').trimEnd();
  const rule = (lines[start + 1] ?? '').trimEnd();
  const spans: { from: number; to: number }[] = [];
  const dash = /-+/g;
  for (let m = dash.exec(rule); m !== null; m = dash.exec(rule)) spans.push({ from: m.index, to: m.index + m[0].length });
  const names = spans.map((s, k) => header.slice(s.from, k + 1 < spans.length ? spans[k + 1]!.from : undefined).trim());
  if (names.some((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))) {
    result.unread.push({ line: start + 1, text: header, why: 'a table header whose column names could not be read' });
    return start + 1;
  }
  let i = start + 2;
  for (; i < lines.length; i++) {
    const row = (lines[i] ?? '').trimEnd();
    if (row.trim() === '' || PROMPT.test(row) || BARE_COMMAND.test(row)) break;
    const cells = cutRow(row, spans);
    // `Format-Table -Wrap` continues a long value on the next row, under its column, with the
    // first column blank: it belongs to the row above.
    const above = result.objects[result.objects.length - 1];
    if (i > start + 2 && above?.form === 'table' && above.line >= start + 3 && (cells[0] ?? '').trim() === '') {
      names.forEach((name, k) => {
        const piece = (cells[k] ?? '').trim();
        if (piece === '') return;
        const before = above.fields.get(name) ?? '';
        above.fields.set(name, `${before}${/\s/.test(before) ? ' ' : ''}${piece}`);
      });
      continue;
    }
    const obj = newObject(cmdlet, command, 'table', i + 1);
    names.forEach((name, k) => {
      let value = (cells[k] ?? '').trim();
      if (/(?:\.\.\.|…)$/.test(value)) {
        obj.truncated.add(name.toLowerCase());
        value = value.replace(/(?:\.\.\.|…)$/, '');
      }
      obj.fields.set(name, value);
      obj.lineOf.set(name, i + 1);
    });
    push(obj);
  }
  return i - 1;
}

/**
 * Cuts a row into the table's columns by position. Format-Table pads every cell to its column's
 * width (left-aligned text starts at the column, right-aligned numbers end with it) and cuts a
 * longer value short with "...", so a cell never crosses into the next column; the last column
 * takes the rest of the line.
 */
function cutRow(row: string, spans: { from: number; to: number }[]): string[] {
  return spans.map((span, k) => row.slice(span.from, k + 1 < spans.length ? spans[k + 1]!.from : undefined));
}
