/** One entry point for pasted DNS output: detect the format, then read it with its parser. */
import { EXPECTED_FORMATS, detectFormat, type PasteFormat } from './detect.ts';
import { parseDig, parseDigShort } from './parse-dig.ts';
import { parseNslookup } from './parse-nslookup.ts';
import { parseResolveDnsName } from './parse-resolve-dnsname.ts';
import { parseZone } from './parse-zone.ts';
import type { Checked, DnsObservation } from './model.ts';
import { normaliseDomain } from '../../rules/address.ts';

export interface ParseOptions {
  /** Origin for a zone file that has no $ORIGIN (its relative names and `@`). */
  domain?: string | null;
}

/** Longer pastes than this are not DNS output; refusing them keeps the page responsive. */
export const MAX_PASTE_CHARS = 2_000_000;

export function parsePaste(text: string, options: ParseOptions = {}): Checked<DnsObservation> {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, message: `The paste is empty: paste ${EXPECTED_FORMATS}.` };
  }
  if (text.length > MAX_PASTE_CHARS) {
    return { ok: false, message: `The paste is ${Math.round(text.length / 1e6)} MB; DNS output is a few kilobytes. Paste ${EXPECTED_FORMATS}.` };
  }
  const format = detectFormat(text);
  if (format === null) {
    return { ok: false, message: `This paste is not in a form the checker reads: expected ${EXPECTED_FORMATS}.` };
  }
  let domain: string | null = null;
  if (options.domain) {
    const checked = normaliseDomain(options.domain);
    if (!checked.ok) return { ok: false, message: `The domain ${checked.message}.` };
    domain = checked.value;
  }
  try {
    return { ok: true, value: parseAs(format, text, domain) };
  } catch (error) {
    // The parsers are written not to throw; this is a last guard for the API boundary.
    return { ok: false, message: `The ${format} output could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

export function parseAs(format: PasteFormat, text: string, domain: string | null = null): DnsObservation {
  switch (format) {
    case 'dig':
      return parseDig(text);
    case 'dig-short':
      return parseDigShort(text);
    case 'nslookup':
      return parseNslookup(text);
    case 'resolve-dnsname':
      return parseResolveDnsName(text);
    case 'zone':
      return parseZone(text, domain);
  }
}
