/**
 * Finds the federation failures in a split trace and explains each: the code and its reason, what
 * it means on this site, the playground rule and fix it points to, and a playground link.
 *
 * What counts as a finding:
 *   - every ms-diagnostics / ms-diagnostics-public entry whose code the catalogue knows, on any
 *     message (a request carrying one has no status: `status` is null);
 *   - an entry with a code the catalogue does not know, when it rides on an error response
 *     (status 400 and up, except the 401/407 authentication challenges): shown as unknown, never
 *     guessed. Unknown codes on requests and successes are informational (e.g. a BYE's reason)
 *     and only counted.
 * The same failure is often logged at several hops (received from the Edge, sent to the client):
 * entries with the same Call-ID, CSeq, status and code are one finding, with `occurrences`.
 * An error response with no diagnostics whose reason phrase (or Warning header) is the reason text
 * of a catalogued code, e.g. `SIP/2.0 403 From URI not authorized to communicate with federated
 * partners`, is matched to that code by the phrase, and the finding says so (`matchedBy`).
 * Other error responses to requests crossing domains that carry no diagnostics are listed apart
 * (`undiagnosed`, once per Call-ID, CSeq and status): the status alone does not say which setting
 * is wrong.
 */
import { cite, type Citation } from '../../rules/sources.ts';
import { CATALOGUE, lookupCode, type CatalogueEntry } from './catalogue.ts';
import type { Diagnostic, DiagnosticHeader } from './diagnostics.ts';
import { playgroundLink } from './playground-link.ts';
import { addressOf, domainOf } from './sip.ts';
import { createTraceParser, type SipMessage, type SplitResult } from './split.ts';

export interface Finding {
  code: number;
  /** The reason text the log carries; the catalogue's when the header has none. */
  reason: string;
  /** SIP status of the message carrying the diagnostics; null when that message is a request. */
  status: number | null;
  callId: string | null;
  explanation: string;
  /** The playground rule (= contract reason code) it points to; null when none fits. */
  rule: string | null;
  /** Other rules that give the same code. */
  alsoRules: string[];
  known: boolean;
  /** The catalogue's meaning, and where the code comes from (public links); null when unknown. */
  meaning: string | null;
  citation: Citation | null;
  fix: string | null;
  note: string | null;
  /** `/playground/?scenario=…` opening the matching scenario; null when none fits. */
  playground: string | null;
  /** For DNS failures (1008, 1014): the domain to look up in the DNS record checker. */
  dnsDomain: string | null;
  /** The header(s) the code came in. */
  headers: DiagnosticHeader[];
  /** The server that wrote the entry (its `source` parameter). */
  diagnosticSource: string | null;
  method: string | null;
  cseq: string | null;
  from: string | null;
  to: string | null;
  reasonPhrase: string | null;
  messageIndex: number;
  line: number;
  timestamp: string | null;
  occurrences: number;
  /** How the code was found: an ms-diagnostics header, or (no header) the response's reason phrase. */
  matchedBy: 'header' | 'reason-phrase';
}

export interface UndiagnosedFailure {
  status: number;
  reasonPhrase: string | null;
  method: string | null;
  callId: string | null;
  from: string | null;
  to: string | null;
  messageIndex: number;
  line: number;
}

/**
 * A code from an ms-client-diagnostics header: the clients' own A/V and application-sharing codes,
 * not federation codes. Never dropped: shown with where the site lists the headers it explains.
 */
export interface ClientDiagnosticEntry {
  code: number | null;
  reason: string | null;
  status: number | null;
  method: string | null;
  callId: string | null;
  line: number;
  explanation: string;
  /** The site page about Lync's diagnostic headers. */
  page: string;
}

/** The site's page on ms-diagnostics codes: where a client code is pointed. */
export const MS_DIAGNOSTICS_PAGE = '/troubleshooting/ms-diagnostics/';

export interface TraceReport {
  /** SIP messages found. */
  messages: number;
  requests: number;
  responses: number;
  /** Messages the log cut short. */
  truncated: number;
  findings: Finding[];
  undiagnosed: UndiagnosedFailure[];
  /** Diagnostics entries read but not reported (unknown codes on requests and successes). */
  informational: number;
  /** ms-client-diagnostics entries (A/V, application sharing): shown, not read as federation failures. */
  clientDiagnostics: ClientDiagnosticEntry[];
  summary: string;
}

export type Explained = { ok: true; value: TraceReport } | { ok: false; message: string };

export const EXPECTED_TRACE =
  "a Snooper or OCSLogger text log (or a CLSLogger log from Lync Server 2013, which came later), a Lync or Communicator client log (.uccapilog), another SIP client's debug log (PJSIP, Asterisk, Linphone), or raw SIP messages (a message starts with a line such as 'INVITE sip:bob@fabrikam.com SIP/2.0' or 'SIP/2.0 504 Server time-out')";

export interface ExplainOptions {
  /** Characters per chunk for the incremental parser. */
  chunkSize?: number;
  /** Called after each chunk with characters done and total. */
  onProgress?: (done: number, total: number) => void;
}

/** Splits and explains a whole text (synchronously: in a Web Worker, or the CLI). */
export function explainTrace(text: string, options: ExplainOptions = {}): Explained {
  if (typeof text !== 'string') return { ok: false, message: `Expected text: ${EXPECTED_TRACE}.` };
  const chunk = Math.max(1024, options.chunkSize ?? 1 << 18);
  try {
    const parser = createTraceParser();
    for (let at = 0; at < text.length; at += chunk) {
      parser.push(text.slice(at, at + chunk));
      options.onProgress?.(Math.min(text.length, at + chunk), text.length);
    }
    return explainSplit(parser.end());
  } catch (error) {
    // The parser is written not to throw; this guards the API boundary all the same.
    return { ok: false, message: `The trace could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/**
 * The same, yielding to the page between chunks: for a page without a worker, so a large log does
 * not freeze it. `yieldEvery` defaults to a zero-delay timeout.
 */
export async function explainTraceAsync(text: string, options: ExplainOptions & { yieldEvery?: () => Promise<void> } = {}): Promise<Explained> {
  const pause = options.yieldEvery ?? ((): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0)));
  const chunk = Math.max(1024, options.chunkSize ?? 1 << 18);
  try {
    const parser = createTraceParser();
    for (let at = 0; at < text.length; at += chunk) {
      parser.push(text.slice(at, at + chunk));
      options.onProgress?.(Math.min(text.length, at + chunk), text.length);
      await pause();
    }
    return explainSplit(parser.end());
  } catch (error) {
    return { ok: false, message: `The trace could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** Explains what the parser found; fails only when it found no SIP message at all. */
export function explainSplit(split: SplitResult): Explained {
  const { messages } = split;
  if (messages.length === 0) {
    return { ok: false, message: `No SIP messages found: expected ${EXPECTED_TRACE}.` };
  }
  const findings: Finding[] = [];
  const byKey = new Map<string, Finding>();
  const undiagnosed: UndiagnosedFailure[] = [];
  let informational = 0;
  const clientDiagnostics: ClientDiagnosticEntry[] = [];
  const seenClient = new Set<string>();
  const seenUndiagnosed = new Set<string>();
  for (const msg of messages) {
    const isError = msg.status !== null && msg.status >= 400 && msg.status !== 401 && msg.status !== 407;
    const reported = new Set<number>();
    const keyOf = (code: number) => `${msg.callId ?? `#${msg.index}`}|${msg.cseq}|${msg.status}|${code}`;
    for (const d of msg.diagnostics) {
      if (d.header === 'ms-client-diagnostics') {
        const key = `${msg.callId ?? `#${msg.index}`}|${msg.cseq}|${msg.status}|${d.code}`;
        if (!seenClient.has(key)) {
          seenClient.add(key);
          clientDiagnostics.push(clientEntry(msg, d));
        }
        continue;
      }
      if (d.code === null) continue;
      const entry = lookupCode(d.code);
      if (!entry && !isError) {
        informational++;
        continue;
      }
      // Without a Call-ID (a cut message) there is nothing to match hops on: keep it apart.
      const key = keyOf(d.code);
      const same = byKey.get(key);
      if (same) {
        // ms-diagnostics and ms-diagnostics-public with one code in one message: one finding.
        if (!same.headers.includes(d.header)) same.headers.push(d.header);
        if (!reported.has(d.code)) same.occurrences++;
        reported.add(d.code);
        if (same.matchedBy === 'reason-phrase') {
          // Another hop logged the header itself: the header's reading replaces the phrase's.
          Object.assign(same, makeFinding(msg, d, entry), { occurrences: same.occurrences, headers: same.headers, messageIndex: same.messageIndex, line: same.line });
        }
        continue;
      }
      reported.add(d.code);
      const finding = makeFinding(msg, d, entry);
      byKey.set(key, finding);
      findings.push(finding);
    }
    if (!isError || msg.diagnostics.some((d) => d.code !== null)) continue;
    const phrased = byPhrase(msg);
    if (phrased) {
      const key = keyOf(phrased.code);
      const same = byKey.get(key);
      if (same) same.occurrences++;
      else {
        const finding = makePhraseFinding(msg, phrased);
        byKey.set(key, finding);
        findings.push(finding);
      }
      continue;
    }
    const hop = `${msg.callId ?? `#${msg.index}`}|${msg.cseq}|${msg.status}`;
    if (crossesDomains(msg) && !seenUndiagnosed.has(hop)) {
      seenUndiagnosed.add(hop);
      undiagnosed.push({ status: msg.status ?? 0, reasonPhrase: msg.reasonPhrase, method: msg.method, callId: msg.callId, from: msg.from, to: msg.to, messageIndex: msg.index, line: msg.line });
    }
  }
  const requests = messages.filter((m) => m.kind === 'request').length;
  return {
    ok: true,
    value: {
      messages: messages.length,
      requests,
      responses: messages.length - requests,
      truncated: messages.filter((m) => m.truncated).length,
      findings,
      undiagnosed,
      informational,
      clientDiagnostics,
      summary: summarise(messages.length, findings, clientDiagnostics.length),
    },
  };
}

/** Catalogued reason texts as a response may carry them: lower case, no final full stop. */
const PHRASES = CATALOGUE.map((entry) => ({ entry, phrase: entry.reason.toLowerCase().replace(/[.\s]+$/, '') })).filter((p) => p.phrase.length >= 12);

/** The catalogued code whose reason text is this response's reason phrase or Warning text. */
function byPhrase(msg: SipMessage): CatalogueEntry | null {
  const texts = [msg.reasonPhrase ?? '', ...msg.headers.filter(([name]) => name.toLowerCase() === 'warning').map(([, value]) => value)].map((t) => t.toLowerCase());
  for (const { entry, phrase } of PHRASES) if (texts.some((t) => t.includes(phrase))) return entry;
  return null;
}

function makePhraseFinding(msg: SipMessage, entry: CatalogueEntry): Finding {
  const d: Diagnostic = { header: 'ms-diagnostics', code: entry.code, reason: entry.reason, source: null, params: {}, raw: '' };
  const finding = makeFinding(msg, d, entry);
  const route = finding.explanation.slice(0, finding.explanation.indexOf(' carries '));
  finding.explanation = `${route} carries no ms-diagnostics header, but its reason text is the one Lync gives code ${entry.code} ("${entry.reason.replace(/\.$/, '')}"), so it is matched to that code by the phrase alone: ${entry.meaning}. ${entry.explanation}`;
  finding.headers = [];
  finding.matchedBy = 'reason-phrase';
  return finding;
}

function crossesDomains(msg: SipMessage): boolean {
  const from = domainOf(addressOf(msg.from));
  const to = domainOf(addressOf(msg.to));
  return from !== null && to !== null && from !== to;
}

function makeFinding(msg: SipMessage, d: Diagnostic, entry: CatalogueEntry | undefined): Finding {
  const code = d.code ?? 0;
  const fromAddress = addressOf(msg.from);
  const toAddress = addressOf(msg.to);
  const fromDomain = domainOf(fromAddress);
  const toDomain = domainOf(toAddress);
  const reason = d.reason ?? entry?.reason ?? '';
  const carrier = msg.status !== null ? `The response ${msg.status}${msg.reasonPhrase ? ` ${msg.reasonPhrase}` : ''}` : `The ${msg.method ?? 'request'}`;
  const where = d.source ? ` from ${d.source}` : '';
  const route = fromDomain && toDomain ? ` (${msg.method ?? 'request'} from ${fromDomain} to ${toDomain})` : '';
  let explanation: string;
  if (entry) {
    explanation = `${carrier}${where}${route} carries ${d.header} ${code}, "${reason.replace(/\.$/, '')}": ${entry.meaning}. ${entry.explanation}`;
  } else {
    explanation = `${carrier}${where}${route} carries ${d.header} ${code}${reason ? `, "${reason.replace(/\.$/, '')}"` : ''}. This code is not in this site's catalogue of federation codes, so the site does not say what it means: look it up for the server that wrote it.`;
  }
  const tenantIsFrom = entry?.tenantSide !== 'to';
  const rule = entry?.rule ?? null;
  const context = {
    tenantDomain: tenantIsFrom ? fromDomain : toDomain,
    partnerDomain: tenantIsFrom ? toDomain : fromDomain,
    partnerAddress: tenantIsFrom ? toAddress : fromAddress,
  };
  return {
    code,
    reason,
    status: msg.status,
    callId: msg.callId,
    explanation,
    rule,
    alsoRules: [...(entry?.alsoRules ?? [])],
    known: entry !== undefined,
    meaning: entry?.meaning ?? null,
    citation: entry ? cite(entry.source) : null,
    fix: entry?.fix ?? null,
    note: entry?.note ?? null,
    playground: playgroundLink(rule, context),
    dnsDomain: code === 1008 || code === 1014 ? toDomain : null,
    headers: [d.header],
    diagnosticSource: d.source,
    method: msg.method,
    cseq: msg.cseq,
    from: msg.from,
    to: msg.to,
    reasonPhrase: msg.reasonPhrase,
    messageIndex: msg.index,
    line: msg.line,
    timestamp: msg.timestamp,
    occurrences: 1,
    matchedBy: 'header',
  };
}

function clientEntry(msg: SipMessage, d: Diagnostic): ClientDiagnosticEntry {
  const carrier = msg.status !== null ? `The response ${msg.status}${msg.reasonPhrase ? ` ${msg.reasonPhrase}` : ''}` : `The ${msg.method ?? 'request'}`;
  const code = d.code === null ? d.raw : String(d.code);
  return {
    code: d.code,
    reason: d.reason,
    status: msg.status,
    method: msg.method,
    callId: msg.callId,
    line: msg.line,
    explanation: `${carrier} carries ms-client-diagnostics ${code}${d.reason ? `, "${d.reason.replace(/\.$/, '')}"` : ''}. Lync clients write this header about calls, video and application sharing (media and connectivity), not about federation: it is not one of the federation codes this site explains. The site's ms-diagnostics page lists the codes it does explain.`,
    page: MS_DIAGNOSTICS_PAGE,
  };
}

function summarise(count: number, findings: Finding[], client = 0): string {
  const n = `${count} SIP message${count === 1 ? '' : 's'}`;
  const extra = client > 0 ? ` ${client} ms-client-diagnostics code${client === 1 ? '' : 's'} (A/V or application sharing, not federation) shown below.` : '';
  if (findings.length === 0) return `${n}; none carries an ms-diagnostics code this site explains.${extra}`;
  const codes = [...new Set(findings.map((f) => f.code))].join(', ');
  return `${n}; ${findings.length} federation failure${findings.length === 1 ? '' : 's'} (ms-diagnostics ${codes}).${extra}`;
}
