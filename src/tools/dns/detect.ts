/**
 * Tells which tool printed a paste, from the marks each leaves. The order matters: dig's full
 * output also contains zone-style lines, and Resolve-DnsName pastes may carry nslookup-like words.
 */
import { readCommand } from './commands.ts';
import { isShortLine } from './parse-dig.ts';
import { looksLikeRrLine } from './parse-zone.ts';
import type { InputFormat } from './model.ts';
import { HOST_LINE } from './parse-host.ts';

export type PasteFormat = Exclude<InputFormat, 'doh' | 'mixed'>;

const DIG = /<<>>\s*DiG|^;;\s*(?:ANSWER|QUESTION) SECTION|->>HEADER<<-/im;
const RESOLVE = /^\s*#TYPE\s+Microsoft\.DnsClient|^\s*"(?:Name|QueryType|NameTarget)",.*"(?:Type|Section)"|^\s*Name\s+Type\s+TTL\s+Section\b|^\s*(?:QueryType|Section|NameTarget|NameHost)\s+:\s|Resolve-DnsName|DNS_ERROR_RCODE/im;
const NSLOOKUP = /SRV service location:|Request to \S+ timed-out|DNS request timed out|svr hostname\s*=|canonical name\s*=|^\S+\s+service\s*=\s*\d|can't find \S+:|Non-authoritative answer|^Server:\s|\bnslookup\b|internet address\s*=/im;
const ZONE = /^\$(?:ORIGIN|TTL)\s/im;

export const EXPECTED_FORMATS =
  'nslookup output (Windows or Linux), dig output (full or +short), host output, Resolve-DnsName output (table or list), or a BIND zone file (or several of these in one paste)';

const commandsOf = (text: string) => text.split(/\r\n?|\n/).slice(0, 200).map(readCommand);

export function detectFormat(text: string): PasteFormat | null {
  if (DIG.test(text)) return 'dig';
  if (RESOLVE.test(text)) return 'resolve-dnsname';
  if (NSLOOKUP.test(text)) return 'nslookup';
  if (HOST_LINE.test(text) || commandsOf(text).some((c) => c?.tool === 'host')) return 'host';
  if (ZONE.test(text)) return 'zone';
  const lines = text.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith(';'));
  if (lines.length === 0) return null;
  const commands = lines.map(readCommand);
  if (commands.some((c) => c?.tool === 'dig' && c.short)) return 'dig-short';
  // `dig +noall +answer` prints zone-style lines; with its command line pasted, it is dig.
  if (commands.some((c) => c?.tool === 'dig') && lines.some(looksLikeRrLine)) return 'dig';
  if (lines.some(looksLikeRrLine)) return 'zone';
  // Only data lines, nothing else: what `dig +short` prints.
  if (lines.every((l, i) => isShortLine(l) || commands[i]?.tool === 'dig')) return 'dig-short';
  if (commands.some((c) => c?.tool === 'dig')) return 'dig';
  return null;
}
