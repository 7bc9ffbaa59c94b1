/**
 * Splits a trace into SIP messages, incrementally: feed it chunks of any size (a 10 MB log in
 * 256 kB pieces from a Web Worker), then end it. It reads
 *   - OCSLogger / CLSLogger text, as Snooper shows it: `TL_INFO(TF_PROTOCOL) […]$$begin_record`,
 *     metadata lines (`Direction:`, `Peer:`, `Start-Line: INVITE … SIP/2.0`), the headers,
 *     `Message-Body: …`, `$$end_record`;
 *   - Lync 2010 and Communicator client logs (.uccapilog): `06/15/2011|10:23:45.123 1A28:1A2C INFO ::
 *     Data Received -` or `Sending Packet -` + the message + `End of Data Received -`;
 *   - other SIP clients' debug logs: lines that open with an ISO date or a clock time
 *     (`2011-11-26 09:12:44.101 …`, PJSIP's `09:12:44.101 pjsua_core.c .RX 512 bytes …` and its
 *     `--end msg--`), Asterisk's `<--- SIP read from TLS:… --->` … `<------------->` and
 *     `[Nov 26 09:12:44]` lines: each ends the message before it;
 *   - bare SIP messages, separated by blank lines or not at all.
 * Forum damage (non-breaking spaces, curly quotes) and the NUL bytes of UTF-16 read as 8-bit text
 * are undone first.
 * Folded (continued) header lines, CRLF or LF or CR, indented pastes, truncated logs and binary
 * junk are all accepted; nothing here throws.
 */
import { isDiagnosticHeader, parseDiagnostics, type Diagnostic } from './diagnostics.ts';
import { canonicalHeaderName, readHeaderLine, readStartLine, type StartLine } from './sip.ts';
import { normalisePaste } from '../paste-text.ts';

export interface SipMessage {
  /** 0-based position in the trace. */
  index: number;
  /** 1-based line of the start line (or of `Start-Line:`). */
  line: number;
  kind: 'request' | 'response';
  /** The request's method; for a response, the method its CSeq names. */
  method: string | null;
  requestUri: string | null;
  status: number | null;
  reasonPhrase: string | null;
  from: string | null;
  to: string | null;
  callId: string | null;
  cseq: string | null;
  via: string[];
  contentType: string | null;
  contentLength: number | null;
  /** Every header in order, folded lines joined (values capped at 8 kB). */
  headers: Array<[string, string]>;
  diagnostics: Diagnostic[];
  /** The message ends before its headers were complete, or before its body. */
  truncated: boolean;
  /** What the log says around the message: its time, direction and peer, when it says. */
  timestamp: string | null;
  direction: string | null;
  peer: string | null;
}

export interface SplitResult {
  messages: SipMessage[];
  /** Characters read. */
  chars: number;
  lines: number;
}

export interface TraceParser {
  push(chunk: string): void;
  end(): SplitResult;
  /** Characters pushed so far. */
  readonly chars: number;
  readonly messageCount: number;
}

const MAX_VALUE = 8192;
const LOG_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}[|\- ]\d|^\d{4}\/\d{2}\/\d{2}[ |]\d{1,2}:\d{2}/;
/** A log line that carries the message's first line after its prefix (`… INFO  :: SIP/2.0 504 Server time-out`). */
const PREFIXED_START = /(?:::\s*|\s)((?:SIP\/2\.0[ \t]+\d{3}\b.*)|(?:[A-Z][A-Z0-9_-]*[ \t]+\S+[ \t]+SIP\/2\.0[ \t]*))$/;
/** A mail client or a forum quoting the paste: `> `, `>> `, `> > ` before the text. */
const QUOTED = /^[ \t]*(?:>[ ]?)+/;
/** Event Viewer: a Lync or Communicator client event (ID 11 and its kin) that quotes the failed response. */
const EVENT_START = /A SIP request made by .{1,60} failed|more information is contained in the following technical data|^\s*Event ID:\s*\d+/i;
const EVENT_RESPONSE = /^\s*Response Data:\s*(?:(\d{3})\b[ \t]*(.*))?$/i;
const EVENT_STATUS = /^\s*(\d{3})\s+(\S.*?)\s*$/;
const EVENT_FIELD = /^\s*(From|To|Call-ID|CSeq|RequestUri|Request-Uri|Content-type)\s*:\s*(.*)$/i;
/** Other clients' log lines: an ISO date, a clock time with a source file or level, Asterisk's markers. */
const OTHER_LOG = /^(?:\d{4}-\d{2}-\d{2}[ T|]\d{1,2}:\d{2}|\d{2}:\d{2}:\d{2}[.,:]\d{3}\s+\S|\[[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\]|<-{3,}|--end msg--)/;
const OTHER_STAMP = /^(\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}:\d{2}(?:[.,:]\d+)?|\d{2}:\d{2}:\d{2}[.,]\d{3})/;
/** Text worth cleaning before the split: anything beyond ASCII, or a NUL. */
const NEEDS_CLEANING = /[^\x01-\x7F]|\u0000/;
const TL_STAMP = /::(\d{1,2}\/\d{1,2}\/\d{4}-\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)/;
const CLIENT_STAMP = /^(\d{1,2}\/\d{1,2}\/\d{4}\|\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)/;

type State = 'outside' | 'frame-meta' | 'headers' | 'body';

interface Builder {
  msg: SipMessage;
  indent: string;
  lastHeader: number;
  bodyChars: number;
  bodyLines: number;
  inFrame: boolean;
}

export function createTraceParser(): TraceParser {
  const messages: SipMessage[] = [];
  let remainder = '';
  let chars = 0;
  let lineNo = 0;
  let state: State = 'outside';
  let current: Builder | null = null;
  let inFrame = false;
  let timestamp: string | null = null;
  let direction: string | null = null;
  let peer: string | null = null;
  /** Inside a client event copied from Event Viewer: its technical data, and whether its status line is next. */
  let eventFields: Array<[string, string]> | null = null;
  let eventStatusNext = false;
  /** The length of the line before, as pasted: a console wraps at 80 columns. */
  let previousLength = 0;

  /**
   * Closes the message being read. `cut` says the log itself shows it was cut off (a frame without
   * its $$end_record, the end of the text in mid-header); otherwise its own headers tell.
   */
  const finish = (cut: boolean): void => {
    if (!current) return;
    const b: Builder = current;
    const m = b.msg;
    if (cut) m.truncated = true;
    else if (state === 'headers' && !b.inFrame) {
      // Ended without the blank line that closes the headers: cut short when a header every
      // message has is missing, or a body was announced.
      m.truncated = m.callId === null || m.cseq === null || (m.contentLength ?? 0) > 0;
    } else if (state === 'body' && !b.inFrame && m.contentLength !== null) {
      // A log may have turned CRLF into LF: allow a character per body line.
      m.truncated = b.bodyChars + b.bodyLines < m.contentLength;
    }
    messages.push(m);
    current = null;
    state = inFrame ? 'frame-meta' : 'outside';
  };

  const start = (startLine: StartLine, indent: string): void => {
    current = {
      msg: {
        index: messages.length,
        line: lineNo,
        kind: startLine.kind,
        method: startLine.kind === 'request' ? startLine.method : null,
        requestUri: startLine.kind === 'request' ? startLine.uri : null,
        status: startLine.kind === 'response' ? startLine.status : null,
        reasonPhrase: startLine.kind === 'response' ? startLine.reason : null,
        from: null,
        to: null,
        callId: null,
        cseq: null,
        via: [],
        contentType: null,
        contentLength: null,
        headers: [],
        diagnostics: [],
        truncated: false,
        timestamp,
        direction,
        peer,
      },
      indent,
      lastHeader: -1,
      bodyChars: 0,
      bodyLines: 0,
      inFrame,
    };
    state = 'headers';
  };

  // A header's value is read when the next line shows it is not folded further.
  const settleHeader = (b: Builder): void => {
    const entry = b.msg.headers[b.lastHeader];
    if (!entry) return;
    const [rawName, value] = entry;
    const name = canonicalHeaderName(rawName);
    const m = b.msg;
    if (name === 'from') m.from ??= value;
    else if (name === 'to') m.to ??= value;
    else if (name === 'call-id') m.callId ??= value;
    else if (name === 'cseq') {
      m.cseq ??= value;
      if (m.kind === 'response') m.method ??= /\d+\s+(\S+)/.exec(value)?.[1] ?? null;
    } else if (name === 'via') m.via.push(value);
    else if (name === 'content-type') m.contentType ??= value.toLowerCase();
    else if (name === 'content-length') {
      const n = /^\s*(\d+)/.exec(value);
      if (n) m.contentLength = Number(n[1]);
    } else if (isDiagnosticHeader(name)) m.diagnostics.push(...parseDiagnostics(name, value));
    b.lastHeader = -1;
  };

  const addHeader = (b: Builder, name: string, value: string): void => {
    if (b.lastHeader >= 0) settleHeader(b);
    b.msg.headers.push([name, value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value]);
    b.lastHeader = b.msg.headers.length - 1;
  };

  const closeHeaders = (): void => {
    if (current && current.lastHeader >= 0) settleHeader(current);
  };

  const end = (cut: boolean): void => {
    closeHeaders();
    finish(cut);
  };

  const readLogLine = (line: string): void => {
    const stamp = TL_STAMP.exec(line) ?? CLIENT_STAMP.exec(line) ?? OTHER_STAMP.exec(line);
    if (stamp) timestamp = stamp[1] ?? null;
    if (/Data Received|Received from|incoming|\.RX\s|SIP read from|message received|Receiving/i.test(line)) direction = 'incoming';
    else if (/Sending Packet|Sent to|outgoing|\.TX\s|Transmitting|message sent|Sending/i.test(line)) direction = 'outgoing';
  };

  /** A header value still open: a quoted string not closed, or a list or parameter not finished. */
  const unfinished = (value: string): boolean => {
    let quotes = 0;
    for (let k = value.indexOf('"'); k >= 0; k = value.indexOf('"', k + 1)) quotes++;
    return quotes % 2 === 1 || /[;,=]$/.test(value);
  };

  /** A response quoted in a client event: its status line, then the event's technical data as headers. */
  const startEventResponse = (status: number, reason: string, indent = ''): void => {
    end(false);
    start({ kind: 'response', status, reason: reason.trim() }, indent);
    const b = current as Builder | null;
    if (b) {
      for (const [name, value] of eventFields ?? []) {
        const n = /^request-?uri$/i.test(name) ? null : /^content-type$/i.test(name) ? 'Content-Type' : name;
        if (n !== null) addHeader(b, n, value);
      }
    }
    eventFields = null;
    eventStatusNext = false;
  };

  /** A log line exactly 80 characters wide, outside a message: a console may have wrapped it. */
  let carry: string | null = null;
  const handle = (raw: string): void => {
    if (carry !== null) {
      const held = carry;
      carry = null;
      // The rest of a wrapped log line: not a line of its own kind (start line, log line, header).
      if (raw !== '' && !raw.startsWith('TL_') && !LOG_DATE.test(raw) && !OTHER_LOG.test(raw) && !raw.includes('SIP/2.0') && !/^\s*[A-Za-z][\w-]*:\s/.test(raw)) {
        lineNo++;
        handleLine(held + raw);
        return;
      }
      handleLine(held);
    }
    if (raw.length === 80 && state !== 'headers' && state !== 'body') {
      carry = raw;
      return;
    }
    handleLine(raw);
  };

  const handleLine = (raw: string): void => {
    lineNo++;
    const wrapped = previousLength === 80;
    previousLength = raw.length;
    // Quote markers (`> `, `>> `) a mail client or a forum put before each line.
    const first0 = raw.charCodeAt(0);
    const unquoted = first0 === 62 || (first0 === 32 && raw.trimStart().charCodeAt(0) === 62) ? raw.replace(QUOTED, '') : raw;
    // An indented paste (a forum's code block): log lines and frame lines are read without the indent.
    const line = unquoted;
    const bare = line.charCodeAt(0) === 32 ? line.trimStart() : line;
    // Frame markers, wherever they are on the line.
    if (line.includes('$$')) {
      if (line.includes('$$begin_record')) {
        // The previous frame never got its $$end_record: the log lost its end.
        end(inFrame && current !== null);
        inFrame = true;
        state = 'frame-meta';
        direction = null;
        peer = null;
        readLogLine(line);
        return;
      }
      if (line.includes('$$end_record')) {
        end(false);
        inFrame = false;
        state = 'outside';
        return;
      }
    }
    // Log lines between messages end the message before them.
    if (bare.startsWith('TL_') || LOG_DATE.test(bare) || OTHER_LOG.test(bare)) {
      end(false);
      readLogLine(bare);
      if (inFrame) state = 'frame-meta';
      // Lync and Communicator client logs write the message's first line on the log line itself.
      if (bare.includes('SIP/2.0')) {
        const m = PREFIXED_START.exec(bare.trimEnd());
        const sl = m?.[1] ? readStartLine(m[1].trim()) : null;
        if (sl) start(sl, line.slice(0, line.length - bare.length));
      }
      return;
    }
    // Event Viewer: the event's technical data, then "Response Data:" and the response's status line.
    if (state === 'outside' || state === 'body') {
      if (eventFields === null && EVENT_START.test(line)) {
        eventFields = [];
        return;
      }
      if (eventFields !== null) {
        const response = EVENT_RESPONSE.exec(line);
        if (response) {
          if (response[1]) startEventResponse(Number(response[1]), response[2] ?? '');
          else eventStatusNext = true;
          return;
        }
        const status = eventStatusNext ? EVENT_STATUS.exec(line) : null;
        if (status) {
          startEventResponse(Number(status[1]), status[2] ?? '', line.slice(0, line.length - line.trimStart().length));
          return;
        }
        const f = eventStatusNext ? null : EVENT_FIELD.exec(line);
        if (f && state === 'outside') {
          eventFields.push([f[1] ?? '', (f[2] ?? '').trim()]);
          return;
        }
      }
    }
    const trimmed = line.trimStart();
    const startLine = trimmed.startsWith('SIP/2.0') || trimmed.includes(' SIP/2.0') ? readStartLine(trimmed.trimEnd()) : null;
    if (startLine) {
      const b = current as Builder | null;
      // A message/sipfrag body is itself a start line: keep it as body.
      if (state === 'body' && b && b.bodyLines === 0 && b.msg.contentType?.includes('sipfrag')) {
        b.bodyLines++;
        b.bodyChars += line.length + 2;
        return;
      }
      end(false);
      start(startLine, line.slice(0, line.length - trimmed.length));
      return;
    }
    if (state === 'frame-meta') {
      const h = readHeaderLine(bare);
      if (!h) return;
      const name = h[0].toLowerCase();
      if (name === 'start-line') {
        const sl = readStartLine(h[1].trim());
        if (sl) start(sl, line.slice(0, line.length - bare.length));
      } else if (name === 'direction') direction = h[1].split(';')[0]?.trim() || null;
      else if (name === 'peer') peer = h[1].trim() || null;
      return;
    }
    if (state === 'headers' && current) {
      const b: Builder = current;
      let text = line;
      if (b.indent !== '' && text.startsWith(b.indent)) text = text.slice(b.indent.length);
      if (text.trim() === '') {
        closeHeaders();
        state = 'body';
        return;
      }
      const first = text.charCodeAt(0);
      if ((first === 32 || first === 9) && b.lastHeader >= 0) {
        // A folded header line continues the value above (RFC 3261 §7.3.1).
        const entry = b.msg.headers[b.lastHeader];
        if (entry && entry[1].length < MAX_VALUE) entry[1] = `${entry[1]} ${text.trim()}`.slice(0, MAX_VALUE);
        return;
      }
      if (b.lastHeader >= 0 && (!b.inFrame || wrapped)) {
        // A value a mail client folded onto the next line without the leading space (its quoted
        // string still open), or a console cut at 80 columns (the next line is no "Name: value").
        const entry = b.msg.headers[b.lastHeader];
        if (entry && entry[1].length < MAX_VALUE) {
          if (wrapped && !/^[A-Za-z][\w.!%*+`'~-]*:\s/.test(text)) {
            entry[1] = `${entry[1]}${text.trimEnd()}`.slice(0, MAX_VALUE);
            return;
          }
          if (!b.inFrame && unfinished(entry[1]) && !/^[A-Za-z][\w.!%*+`'~-]*:\s/.test(text)) {
            entry[1] = `${entry[1]} ${text.trim()}`.slice(0, MAX_VALUE);
            return;
          }
        }
      }
      const h = readHeaderLine(text);
      if (h) {
        // OCSLogger writes the body as one more "header".
        if (b.inFrame && h[0].toLowerCase() === 'message-body') {
          closeHeaders();
          state = 'body';
          const body = h[1].trim();
          if (body !== '' && body !== '–' && body !== '-') {
            b.bodyLines++;
            b.bodyChars += body.length + 2;
          }
          return;
        }
        addHeader(b, h[0], h[1]);
        return;
      }
      // Neither header nor continuation: inside a frame, noise to skip; outside, the message ended.
      if (!b.inFrame) end(false);
      return;
    }
    if (state === 'body' && current) {
      const b: Builder = current;
      if (line.trim() !== '') {
        b.bodyLines++;
        b.bodyChars += line.length + 2;
      }
    }
  };

  const drain = (final: boolean): void => {
    // A CR at the very end may be the first half of a CRLF split across chunks: keep it back.
    const cut = final ? remainder.length : remainder.endsWith('\r') ? remainder.length - 1 : remainder.length;
    const work = remainder.slice(0, cut);
    const parts = work.split(/\r\n|\n|\r/);
    const last = final ? null : parts.pop() ?? '';
    for (const p of parts) handle(p);
    remainder = final ? '' : (last ?? '') + remainder.slice(cut);
  };

  return {
    push(chunk: string): void {
      if (typeof chunk !== 'string' || chunk === '') return;
      chars += chunk.length;
      remainder += NEEDS_CLEANING.test(chunk) ? normalisePaste(chunk) : chunk;
      drain(false);
    },
    end(): SplitResult {
      if (remainder !== '') drain(true);
      if (carry !== null) {
        const held = carry;
        carry = null;
        handleLine(held);
      }
      // The text ends inside a frame, or in mid-header before Content-Length (Lync writes it last).
      closeHeaders();
      const b = current as Builder | null;
      end(b !== null && (b.inFrame || (state === 'headers' && b.msg.contentLength === null)));
      return { messages, chars, lines: lineNo };
    },
    get chars() {
      return chars;
    },
    get messageCount() {
      return messages.length + (current ? 1 : 0);
    },
  };
}

/** Splits a whole text at once. */
export function splitTrace(text: string): SplitResult {
  const parser = createTraceParser();
  parser.push(text);
  return parser.end();
}
