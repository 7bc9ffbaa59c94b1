/**
 * The command lines people paste along with their output (`C:\> nslookup -type=srv …`,
 * `$ dig +short … SRV`, `PS> Resolve-DnsName -Type SRV …`): they tell which name was asked
 * about, so a question that got no answer can be reported as a missing record.
 */
import { RECORD_TYPES } from './model.ts';

export interface CommandQuery {
  tool: 'nslookup' | 'dig' | 'host' | 'resolve-dnsname';
  /** Its output went to a file: the paste cannot show its answer. */
  redirected?: boolean;
  name: string | null;
  type: string | null;
  short: boolean;
}

const TOOL = /(?:^|[\s>$#%])(nslookup|dig|drill|kdig|resolve-dnsname)(?:\.exe)?(?=\s|$)/i;
/** Output sent to a file or nowhere (`| Export-Csv`, `> out.txt`): the console shows none of it. */
export const REDIRECTED = /\|\s*(?:Export-Csv|Export-Clixml|Out-File|Out-Null|Set-Content|Add-Content|ConvertTo-Html)\b|(?:^|\s)\d?>>?\s*[^\s|>]/i;
/** `host` is an ordinary word too: only in lower case, at a prompt or the start of a line, with an argument. */
const HOST_TOOL = /(?:^\s*|[>$#%]\s*)(host)\s+(?=(?:-[a-zA-Z]+(?:\s+[A-Za-z0-9]+)?\s+)*[A-Za-z0-9_][\w-]*(?:\.[\w-]+)+\.?(?:\s+\S+)?\s*$)/;

/** Reads a command line; null when the line runs none of the three tools. */
export function readCommand(line: string): CommandQuery | null {
  const m = TOOL.exec(line) ?? HOST_TOOL.exec(line);
  if (!m || m.index === undefined) return null;
  const named = (m[1] ?? '').toLowerCase();
  // drill (ldns) and kdig (Knot) take dig's arguments and print dig's sections.
  const tool = (named === 'drill' || named === 'kdig' ? 'dig' : named) as CommandQuery['tool'];
  // A pipe ends the command (`| Format-List`); quotes around the name are dropped.
  const after = line.slice(m.index + m[0].length);
  const rest = (after.split('|')[0] ?? '').replace(/(?:^|\s)\d?>>?\s*\S+.*$/, '');
  const tokens = rest.replace(/["']/g, '').trim().split(/\s+/).filter((t) => t !== '');
  const q = tool === 'dig' ? readDig(tokens) : tool === 'nslookup' ? readNslookup(tokens) : tool === 'host' ? readHost(tokens) : readResolveDnsName(tokens);
  if (REDIRECTED.test(after)) q.redirected = true;
  return q;
}

function isType(token: string): boolean {
  return RECORD_TYPES.has(token.toUpperCase());
}

function readDig(tokens: string[]): CommandQuery {
  const q: CommandQuery = { tool: 'dig', name: null, type: null, short: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (/^\+short$/i.test(t)) q.short = true;
    else if (t.startsWith('+') || t.startsWith('@')) continue;
    else if (t === '-t') q.type = (tokens[++i] ?? '').toUpperCase() || null;
    else if (t === '-q') q.name = tokens[++i] ?? null;
    else if (t.startsWith('-')) continue;
    else if (/^(IN|CH|HS)$/i.test(t)) continue;
    else if (isType(t) && q.type === null && (q.name !== null || !t.includes('.'))) q.type = t.toUpperCase();
    else if (q.name === null) q.name = t;
  }
  return q;
}

function readHost(tokens: string[]): CommandQuery {
  const q: CommandQuery = { tool: 'host', name: null, type: null, short: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (t === '-t') q.type = (tokens[++i] ?? '').toUpperCase() || null;
    else if (/^-[cNRWm]$/.test(t)) i++;
    else if (t.startsWith('-')) continue;
    else if (q.name === null) q.name = t; // a second word is the server to ask
  }
  return q;
}

function readNslookup(tokens: string[]): CommandQuery {
  const q: CommandQuery = { tool: 'nslookup', name: null, type: null, short: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const opt = /^-(?:type|querytype|q|qt|t)(?:=|:)(\w+)$/i.exec(t);
    if (opt) q.type = (opt[1] ?? '').toUpperCase();
    else if (/^-(?:type|querytype|q|t)$/i.test(t)) q.type = (tokens[++i] ?? '').toUpperCase() || null;
    else if (t.startsWith('-')) continue;
    else if (q.name === null) q.name = t; // a second bare word is the server to ask
  }
  return q;
}

function readResolveDnsName(tokens: string[]): CommandQuery {
  const q: CommandQuery = { tool: 'resolve-dnsname', name: null, type: null, short: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const inline = /^-(name|type|server):(\S+)$/i.exec(t);
    if (inline) {
      if (/^name$/i.test(inline[1] ?? '')) q.name = inline[2] ?? null;
      if (/^type$/i.test(inline[1] ?? '')) q.type = (inline[2] ?? '').toUpperCase();
    } else if (/^-name$/i.test(t)) q.name = tokens[++i] ?? null;
    else if (/^-type$/i.test(t)) q.type = (tokens[++i] ?? '').toUpperCase() || null;
    else if (/^-(server|cachepath|dnsonly|nohostsfile|quickTimeout|tcponly|llmnrnetbiosonly|llmnronly|netbiosfallback|nonetbios|norecursion|noidn|llmnrfallback)$/i.test(t)) {
      if (/^-server$/i.test(t)) i++;
    } else if (t.startsWith('-')) continue;
    else if (q.name === null) q.name = t;
    else if (q.type === null && isType(t)) q.type = t.toUpperCase();
  }
  return q;
}

/** nslookup's interactive mode: `> set type=srv` changes the type of the questions that follow. */
export function readInteractiveSetType(line: string): string | null {
  const m = /^\s*>?\s*set\s+(?:type|querytype|q|qt)\s*=\s*(\w+)\s*$/i.exec(line);
  return m ? (m[1] ?? '').toUpperCase() : null;
}

/** nslookup's interactive mode: `> _sipfederationtls._tcp.contoso.com` asks about that name. */
export function readInteractiveQuestion(line: string): string | null {
  const m = /^\s*>\s*([A-Za-z0-9_][\w.-]*\.[\w.-]*[A-Za-z0-9.])\s*$/.exec(line);
  return m ? (m[1] ?? null) : null;
}
