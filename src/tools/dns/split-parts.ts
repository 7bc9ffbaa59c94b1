/**
 * Splits a paste that holds several tools' output (an nslookup, then a dig, then a zone file
 * excerpt, as admins paste them into one forum post) into parts, each read by its own parser.
 * A part starts at a command line (`C:\> nslookup …`, `$ dig …`, the `; <<>> DiG` banner,
 * `host …`, `PS> Resolve-DnsName …`) once the part before it has printed something, and also where
 * another tool's output plainly begins without its command line: nslookup's `Server:` line, a
 * Resolve-DnsName table header, a zone file's `$ORIGIN` or `$TTL`.
 */
import { readCommand, type CommandQuery } from './commands.ts';

export interface PastePart {
  text: string;
  /** The 1-based line the part starts on. */
  line: number;
}

type Tool = CommandQuery['tool'] | 'zone' | null;

const RESOLVE_HEADER = /^\s*Name\s+Type\s+TTL\s+Section\b/i;
const NSLOOKUP_SERVER = /^\s*(?:Default\s+)?Server:\s+\S/i;
const ZONE_DIRECTIVE = /^\$(?:ORIGIN|TTL)\s/i;

export function splitParts(text: string): PastePart[] {
  const lines = text.split(/\r\n?|\n/);
  const parts: PastePart[] = [];
  let start = 0;
  let tool: Tool = null;
  let printed = false;
  const cut = (at: number, next: Tool) => {
    if (at > start) parts.push({ text: lines.slice(start, at).join('\n'), line: start + 1 });
    start = at;
    tool = next;
    printed = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const command = readCommand(line);
    if (command) {
      if (printed || (tool !== null && tool !== command.tool)) cut(i, command.tool);
      else tool = command.tool;
      continue;
    }
    const starts: Tool = RESOLVE_HEADER.test(line) ? 'resolve-dnsname' : NSLOOKUP_SERVER.test(line) ? 'nslookup' : ZONE_DIRECTIVE.test(line) ? 'zone' : null;
    if (starts !== null && tool !== starts && printed) cut(i, starts);
    else if (starts !== null && tool === null) tool = starts;
    printed = true;
  }
  cut(lines.length, null);
  return parts;
}
