/**
 * Every trace form the explainer reads, on our own samples in test/fixtures/trace/. Where each
 * form was seen:
 * - OCSLogger / CLSLogger text as Snooper shows it, and Lync 2010 / Communicator client logs
 *   (.uccapilog: `MM/DD/YYYY|hh:mm:ss.mmm tid INFO :: Data Received -` / `Sending Packet -`): see
 *   split.test.ts and explain.test.ts;
 * - PJSIP's debug log (`.TX 812 bytes Request msg …`, `.RX … Response msg 403/MESSAGE/cseq=2 …`,
 *   `--end msg--`): PJSIP's logging as pjsua prints it;
 * - Asterisk `sip set debug on` (`<--- SIP read from TLS:… --->`, `Reliably Transmitting … to …`,
 *   `<------------->`, `[Nov 26 09:20:01] VERBOSE[…]`): Asterisk's chan_sip debug output;
 * - Linphone / belle-sip (`2011-11-26 10:01:02.345 belle-sip-message- … message received from …`);
 * - ms-diagnostics-public with curly quotes (a forum paste) and UTF-16 files saved by Windows tools.
 * The reason phrases matched without a header are the catalogue's own (catalogue.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { explainTrace, type TraceReport } from './explain.ts';
import { splitTrace } from './split.ts';

const fixture = (name: string) => decodeText(readFileSync(new URL(`../../../test/fixtures/trace/${name}`, import.meta.url)));
const explain = (text: string): TraceReport => {
  const r = explainTrace(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('other SIP clients’ debug logs', () => {
  it('PJSIP: two messages, log lines and --end msg-- kept out of them, the 403 matched by its reason phrase', () => {
    const split = splitTrace(fixture('pjsip-403-phrase.txt'));
    expect(split.messages.map((m) => [m.kind, m.status ?? m.method, m.callId, m.truncated, m.direction])).toEqual([
      ['request', 'MESSAGE', '1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901', false, 'outgoing'],
      ['response', 403, '1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901', false, 'incoming'],
    ]);
    const r = explain(fixture('pjsip-403-phrase.txt'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 1002, status: 403, callId: '1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901', matchedBy: 'reason-phrase', headers: [], known: true });
    expect(r.findings[0]?.explanation).toMatch(/carries no ms-diagnostics header.*matched to that code by the phrase/);
    expect(r.undiagnosed).toEqual([]);
  });

  it('Asterisk: ms-diagnostics-public with curly quotes, read as code 1034', () => {
    const r = explain(fixture('asterisk-1034.txt'));
    expect(r.messages).toBe(2);
    expect(r.findings.map((f) => [f.code, f.status, f.callId, f.headers, f.diagnosticSource])).toEqual([[1034, 504, '6c7d8e9f@192.0.2.5', ['ms-diagnostics-public'], 'sipfed.online.lync.com']]);
    expect(r.findings[0]?.reason).toBe('Previous hop federated peer did not report diagnostic information');
  });

  it('ISO-dated client log: one failure logged at two hops (with the header, then by phrase alone) counts once; an undiagnosed 480 from two hops is listed once', () => {
    const r = explain(fixture('iso-client-hops.txt'));
    expect(r.messages).toBe(5);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 1002, callId: 'hop-test-42', occurrences: 2, matchedBy: 'header', headers: ['ms-diagnostics'] });
    expect(r.undiagnosed.map((u) => [u.status, u.callId])).toEqual([[480, 'hop-test-43']]);
    expect(r.findings[0]?.timestamp).toBe('2011-11-26 10:01:02.901');
  });

  it('the phrase first, then the header at a later hop: still one finding, read from the header', () => {
    const text = fixture('iso-client-hops.txt');
    const blocks = text.split(/\n(?=2011-11-26)/);
    const swapped = [blocks[0], blocks[2], blocks[1]].join('\n');
    const r = explain(swapped);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 1002, occurrences: 2, matchedBy: 'header' });
  });
});

describe('encodings and forum damage', () => {
  it('reads a UTF-16 client log', () => {
    const bytes = readFileSync(new URL('../../../test/fixtures/trace/utf16-client-log-1008.txt', import.meta.url));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const r = explain(decodeText(bytes));
    expect(r.findings.map((f) => [f.code, f.status, f.callId])).toEqual([[1008, 504, '4d5e6f7a8b9c']]);
  });
  it('reads UTF-16 pasted as 8-bit text (NUL between the characters) and non-breaking spaces', () => {
    const text = fixture('client-log-1008.txt');
    const nul = [...text].join('\u0000');
    expect(explain(nul).findings.map((f) => f.code)).toEqual([1008]);
    expect(explain(text.replace(/ /g, '\u00A0')).findings.map((f) => f.code)).toEqual([1008]);
  });
  it('does not match a phrase on a success or a request', () => {
    const r = explain('SIP/2.0 200 From URI not authorized to communicate with federated partners\r\nCall-ID: x\r\nCSeq: 1 MESSAGE\r\nFrom: <sip:a@a.com>\r\nTo: <sip:b@b.com>\r\n\r\n');
    expect(r.findings).toEqual([]);
  });
});
