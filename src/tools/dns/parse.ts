/** One entry point for pasted DNS output: detect the format, then read it with its parser. */
import { EXPECTED_FORMATS, detectFormat, type PasteFormat } from './detect.ts';
import { isShortLine, parseDig, parseDigShort } from './parse-dig.ts';
import { parseNslookup } from './parse-nslookup.ts';
import { parseResolveDnsName } from './parse-resolve-dnsname.ts';
import { parseZone } from './parse-zone.ts';
import { parseHost } from './parse-host.ts';
import { splitParts } from './split-parts.ts';
import { noteQuery, type Checked, type DnsObservation, type InputFormat } from './model.ts';
import { unwrapPaste } from '../paste-text.ts';
import { normaliseDomain } from '../../rules/address.ts';

export interface ParseOptions {
  /** Origin for a zone file that has no $ORIGIN (its relative names and `@`). */
  domain?: string | null;
}

/** Longer pastes than this are not DNS output; refusing them keeps the page responsive. */
export const MAX_PASTE_CHARS = 2_000_000;

export function parsePaste(input: string, options: ParseOptions = {}): Checked<DnsObservation> {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, message: `The paste is empty: paste ${EXPECTED_FORMATS}.` };
  }
  if (input.length > MAX_PASTE_CHARS) {
    return { ok: false, message: `The paste is ${Math.round(input.length / 1e6)} MB; DNS output is a few kilobytes. Paste ${EXPECTED_FORMATS}.` };
  }
  let domain: string | null = null;
  if (options.domain) {
    const checked = normaliseDomain(options.domain);
    if (!checked.ok) return { ok: false, message: `The domain ${checked.message}.` };
    domain = checked.value;
  }
  const text = englishLabels(unwrapRecords(unwrapPaste(input)));
  try {
    // Each tool's output is read by its own parser; one paste may hold several.
    const read: DnsObservation[] = [];
    for (const part of splitParts(text)) {
      const format = detectFormat(part.text);
      if (format !== null) read.push(parseAs(format, part.text, domain));
      else {
        // `dig +short` output without its command, amid other text (a prompt, a banner, a mail):
        // the one unbroken run of data lines is read as dig +short.
        const run = shortRun(part.text);
        if (run !== null) read.push(parseAs('dig-short', run, domain));
      }
    }
    if (read.length === 0) {
      return { ok: false, message: `This paste is not in a form the checker reads: expected ${EXPECTED_FORMATS}.` };
    }
    return { ok: true, value: merge(read) };
  } catch (error) {
    // The parsers are written not to throw; this is a last guard for the API boundary.
    return { ok: false, message: `The paste could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/**
 * Joins a record line that a forum or a narrow terminal wrapped before its data ended: an SRV with
 * its target, or a CNAME with its host, on the next line alone (`… IN SRV 100 1 5061` + `sipfed…`).
 */
export function unwrapRecords(text: string): string {
  return text.replace(/(\s(?:SRV\s+\d{1,5}\s+\d{1,5}\s+\d{1,5}|CNAME|svr hostname\s*=|canonical name\s*=|service\s*=\s*\d{1,5}\s+\d{1,5}\s+\d{1,5}))[ ]*\r?\n[ ]*([A-Za-z0-9_][\w.-]*\.[\w.-]*)[ ]*(?=\r?\n|$)/g, '$1 $2');
}

/**
 * Windows nslookup in another language prints its labels translated ("Nom :", "Serveur :",
 * "Nicht autorisierende Antwort:", "*** … wurde von … nicht gefunden: …") and the records in English
 * ("SRV service location:", "svr hostname ="): the labels are put back in English, line by line.
 */
export function englishLabels(text: string): string {
  if (!/^\s*(?:Nom|Nombre|Nome|Naam|Serveur|Servidor|Adresses?|Direcci[oó]n(?:es)?|Indirizz[oi]|Adres(?:sen)?|Endere[cç]os?|Alias(?:se)?)\s*:|autoris|autorit|autorev|gezaghebbend|nicht gefunden|ne parvient|no encuentra|impossibile trovare|Zeitüberschreitung|Délai|tiempo de espera/im.test(text)) return text;
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)(?:Serveur|Servidor|Servidor DNS)\s*:/i, '$1Server:')
        .replace(/^(\s*)(?:Nom|Nombre|Nome|Naam)\s*:/i, '$1Name:')
        .replace(/^(\s*)(?:Adresses|Direcciones|Indirizzi|Adressen|Endereços|Enderecos)\s*:/i, '$1Addresses:')
        .replace(/^(\s*)(?:Adresse|Dirección|Direccion|Indirizzo|Adres|Endereço|Endereco)\s*:/i, '$1Address:')
        .replace(/^(\s*)(?:Alias|Aliasse)\s*:/i, '$1Aliases:')
        .replace(/^\s*(?:Nicht autorisierende Antwort|R[ée]ponse ne faisant pas autorit[ée]|Respuesta no autoritativa|Risposta non autorevole|Niet-gezaghebbend antwoord|Resposta n[ãa]o autoritativa)\s*:?\s*$/i, 'Non-authoritative answer:')
        .replace(/^(\s*\*{2,3}\s*)(\S+)\s+(?:wurde von|ne parvient pas à trouver|no encuentra|non riesce a trovare|impossibile trovare|kan)\s+(\S+?)(?:\s+nicht gefunden)?\s*:\s*(.*)$/i, "$1$2 can't find $3: $4")
        .replace(/^\s*(?:Zeitüberschreitung bei DNS-Anforderung|D[ée]lai de la requ[êe]te DNS d[ée]pass[ée]|Tiempo de espera de solicitud DNS agotado|Richiesta DNS scaduta)\.?.*$/i, 'DNS request timed out.'),
    )
    .join('\n');
}

/** The data lines of a paste that has exactly one unbroken run of them (blank lines aside); else null. */
function shortRun(text: string): string | null {
  const all = text.split('\n');
  const marks = all.map((l) => (l.trim() === '' ? 'blank' : isShortLine(l) ? 'data' : 'other'));
  const first = marks.indexOf('data');
  if (first < 0) return null;
  let last = first;
  while (last + 1 < marks.length && marks[last + 1] !== 'other') last++;
  if (marks.slice(last + 1).includes('data')) return null;
  return all.slice(first, last + 1).join('\n');
}

/** One observation from several parts: every record and question, each question once. */
function merge(observations: DnsObservation[]): DnsObservation {
  const [first, ...rest] = observations as [DnsObservation, ...DnsObservation[]];
  if (rest.length === 0) return first;
  const formats = [...new Set(observations.map((o) => o.format))];
  const merged: DnsObservation = {
    format: formats.length === 1 ? first.format : 'mixed',
    domainHint: observations.find((o) => o.domainHint !== null)?.domainHint ?? null,
    complete: observations.some((o) => o.complete),
    records: observations.flatMap((o) => o.records),
    queries: [],
  };
  if (formats.length > 1) merged.parts = observations.map((o) => o.format as InputFormat);
  // Questions about one name merge as noteQuery says; grouping by name keeps a long paste linear.
  const byName = new Map<string, DnsObservation>();
  for (const q of observations.flatMap((o) => o.queries)) {
    let group = byName.get(q.name);
    if (!group) byName.set(q.name, (group = { ...merged, records: [], queries: [] }));
    noteQuery(group, { ...q });
  }
  merged.queries = [...byName.values()].flatMap((g) => g.queries);
  return merged;
}

export function parseAs(format: PasteFormat, text: string, domain: string | null = null): DnsObservation {
  switch (format) {
    case 'dig':
      return parseDig(text);
    case 'dig-short':
      return parseDigShort(text);
    case 'host':
      return parseHost(text);
    case 'nslookup':
      return parseNslookup(text);
    case 'resolve-dnsname':
      return parseResolveDnsName(text);
    case 'zone':
      return parseZone(text, domain);
  }
}
