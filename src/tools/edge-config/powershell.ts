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
  /**
   * Properties read from a column whose header Format-Table cut short (`AllowFederat...`), named
   * by the one property that header can be: probably right, and said so. Lower-case names.
   */
  probable: Map<string, string>;
  form: 'list' | 'table' | 'csv';
  /** The 1-based line of the command that printed it (null: no prompt above it). */
  commandLine: number | null;
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
  /** Its output went to a file (`| Export-Csv`, `| Out-File`, `> file`): it prints nothing by design. */
  redirected: boolean;
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

export interface PsOptions {
  /** The one property a header cut short (`AllowFederat`) can be, or null when none or several. */
  resolveHeader?: (prefix: string) => string | null;
}

/** A command whose output goes to a file or nowhere, so the console shows none of it. */
const REDIRECTED = /\|\s*(?:Export-Csv|Export-Clixml|Out-File|Out-Null|Set-Content|Add-Content|Tee-Object|ConvertTo-Html)\b|(?:^|\s)\d?>>?\s*[^\s|]/i;
const EXPORT_PATH = /\|\s*(?:Export-Csv|Export-Clixml|Out-File|Tee-Object|Set-Content|Add-Content)\s+(?:-(?:Path|FilePath|LiteralPath)\s+)?["']?([^\s"'|]+)|(?:^|\s)\d?>>?\s*["']?([^\s"'|]+)/i;
const SHOW_FILE = /^\s*(?:type|cat|gc|more|Get-Content|Import-Csv)\s+(?:-(?:Path|LiteralPath)\s+)?["']?([^\s"'|]+)/i;
/** What Export-Csv writes first (without -NoTypeInformation): the objects' .NET type. */
const CSV_TYPE = /^\s*#TYPE\s+(\S+)\s*$/i;
const CSV_HEADER = /^\s*"[A-Za-z_][A-Za-z0-9_]*"(?:,"[A-Za-z_][A-Za-z0-9_]*")+\s*$/;
/** The Lync cmdlet whose objects a CSV's #TYPE names. */
const TYPE_CMDLETS: Array<[RegExp, string]> = [
  [/AccessEdgeConfiguration/i, 'Get-CsAccessEdgeConfiguration'],
  [/HostingProvider/i, 'Get-CsHostingProvider'],
  [/AllowedDomain/i, 'Get-CsAllowedDomain'],
  [/BlockedDomain/i, 'Get-CsBlockedDomain'],
  [/ExternalAccessPolicy|ExternalAccess\.Policy/i, 'Get-CsExternalAccessPolicy'],
  [/OCSUserOrAppContact|\.OCSUser\b|CsUser/i, 'Get-CsUser'],
];

const fileKey = (path: string) => (path.split(/[\\/]/).pop() ?? path).toLowerCase();

/** Splits one CSV line (RFC 4180 quoting, as Export-Csv writes it); null when it is not one. */
export function splitCsvLine(line: string): string[] | null {
  const cells: string[] = [];
  let i = 0;
  const text = line.trim();
  while (i <= text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) return null;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      cells.push(value);
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      cells.push(text.slice(i, end).trim());
      i = end;
    }
    if (i >= text.length) break;
    if (text[i] !== ',') return null;
    i++;
    if (i === text.length) cells.push('');
  }
  return cells;
}

/** Splits a paste into objects; see the module comment. */
export function parsePowerShell(input: string, options: PsOptions = {}): PsParse {
  const text = unwrapPaste(typeof input === 'string' ? input : '');
  const lines = text.split(/\r\n|\r|\n/);
  const result: PsParse = { objects: [], commands: [], unread: [], errors: [] };
  let cmdlet: string | null = null;
  let command: string | null = null;
  let commandLine: number | null = null;
  /** Files a command exported to, by name: the cmdlet whose objects they hold. */
  const exports = new Map<string, string | null>();
  let csvType: string | null = null;
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
      commandLine = n;
      csvType = null;
      const redirected = REDIRECTED.test(command);
      if (redirected) {
        const path = EXPORT_PATH.exec(command);
        const file = path?.[1] ?? path?.[2];
        if (file) exports.set(fileKey(file), cmdlet);
      }
      // `type .\\allowed.csv`: the file holds what the command that wrote it printed.
      const shown = SHOW_FILE.exec(command);
      if (shown?.[1] && exports.has(fileKey(shown[1]))) cmdlet = exports.get(fileKey(shown[1])) ?? null;
      if (command !== '') result.commands.push({ line: n, text: command, cmdlet, redirected, printed: 0, failed: false });
      continue;
    }
    // Export-Csv's file shown with `type`: `#TYPE …`, a quoted header, one quoted row per object.
    const type = CSV_TYPE.exec(raw);
    if (type) {
      close();
      csvType = type[1] ?? null;
      continue;
    }
    if (!current && CSV_HEADER.test(raw)) {
      const names = splitCsvLine(raw) ?? [];
      const fromType = csvType === null ? undefined : TYPE_CMDLETS.find(([re]) => re.test(csvType as string))?.[1];
      const owner = fromType ?? cmdlet;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const row = (lines[j] ?? '').trimEnd();
        if (row.trim() === '') break;
        const cells = splitCsvLine(row);
        if (cells === null || cells.length !== names.length) break;
        const obj = newObject(owner, command, 'csv', j + 1, commandLine);
        names.forEach((name, k) => {
          obj.fields.set(name, cells[k] ?? '');
          obj.lineOf.set(name, j + 1);
        });
        push(obj);
      }
      i = j - 1;
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
      i = readTable(lines, i, cmdlet, command, commandLine, result, push, options);
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
      if (!current) current = newObject(cmdlet, command, 'list', n, commandLine);
      else if (current.fields.has(name)) {
        // The same property again without a blank line: the next object of a list.
        close();
        current = newObject(cmdlet, command, 'list', n, commandLine);
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

function newObject(cmdlet: string | null, command: string | null, form: PsObject['form'], line: number, commandLine: number | null): PsObject {
  return { cmdlet, command, fields: new Map(), lineOf: new Map(), truncated: new Set(), probable: new Map(), form, line, commandLine };
}

/** Reads a Format-Table block starting at its header line; returns the index of its last line. */
function readTable(lines: string[], start: number, cmdlet: string | null, command: string | null, commandLine: number | null, result: PsParse, push: (obj: PsObject) => void, options: PsOptions): number {
  const header = (lines[start] ?? '').trimEnd();
  const rule = (lines[start + 1] ?? '').trimEnd();
  const spans: { from: number; to: number }[] = [];
  const dash = /-+/g;
  for (let m = dash.exec(rule); m !== null; m = dash.exec(rule)) spans.push({ from: m.index, to: m.index + m[0].length });
  const printed = spans.map((s, k) => header.slice(s.from, k + 1 < spans.length ? spans[k + 1]!.from : undefined).trim());
  // Format-Table without -AutoSize cuts a long header short ("AllowFederat..."): such a column is
  // read only when one property alone can have that name, and then as probably that property.
  const cut = new Map<string, string>();
  const names = printed.map((name) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\.\.\.|…)$/.exec(name);
    if (!m) return name;
    const resolved = options.resolveHeader?.(m[1] ?? '') ?? null;
    if (resolved) cut.set(resolved.toLowerCase(), name);
    else result.unread.push({ line: start + 1, text: name, why: `Format-Table cut this column's header short ("${name}") and more than one property, or none this reader knows, starts so: paste the output of "| Format-List" to show it` });
    return resolved ?? '';
  });
  if (names.some((name) => name !== '' && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))) {
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
        if (piece === '' || name === '') return;
        const before = above.fields.get(name) ?? '';
        above.fields.set(name, `${before}${/\s/.test(before) ? ' ' : ''}${piece}`);
      });
      continue;
    }
    const obj = newObject(cmdlet, command, 'table', i + 1, commandLine);
    for (const [property, header] of cut) obj.probable.set(property, header);
    names.forEach((name, k) => {
      if (name === '') return;
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
