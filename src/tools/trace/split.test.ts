import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTraceParser, splitTrace } from './split.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/trace/${name}`, import.meta.url), 'utf8');

const RESPONSE = [
  'SIP/2.0 504 Server time-out',
  'Via: SIP/2.0/TLS 10.0.0.1:5061;branch=z9hG4bK1',
  'From: <sip:alice@contoso.com>;tag=1',
  'To: <sip:bob@fabrikam.com>;tag=2',
  'Call-ID: abc',
  'CSeq: 7 INVITE',
  'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sipfed.online.lync.com"',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

describe('createTraceParser', () => {
  it('gives the same messages whatever the chunk boundaries, CRLF split included', () => {
    const text = fixture('ocslogger-1005.txt') + fixture('client-log-1008.txt') + fixture('bare-sip.txt');
    const whole = splitTrace(text).messages;
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 12 }), (cuts) => {
        const parser = createTraceParser();
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          parser.push(text.slice(at, cut));
          at = cut;
        }
        parser.push(text.slice(at));
        expect(parser.end().messages).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
  it('counts characters and messages as it goes', () => {
    const parser = createTraceParser();
    parser.push(RESPONSE);
    expect(parser.chars).toBe(RESPONSE.length);
    expect(parser.messageCount).toBe(1);
  });
  it('never throws on any text, binary junk included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: fc.constantFrom('SIP/2.0 ', '\r', '\n', ':', ' ', '$$begin_record', '$$end_record', 'ms-diagnostics: ', '1005;', 'TL_INFO', 'INVITE x SIP/2.0', '\u0000') })), (text) => {
        const r = splitTrace(text);
        expect(Array.isArray(r.messages)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('splitTrace', () => {
  it('reads OCSLogger frames: Start-Line, metadata, headers, folded diagnostics, Message-Body', () => {
    const { messages } = splitTrace(fixture('ocslogger-1005.txt'));
    expect(messages).toHaveLength(2);
    const [request, response] = messages;
    expect(request).toMatchObject({ kind: 'request', method: 'INVITE', requestUri: 'sip:alice@contoso.com', callId: '8f2e1c0a9b7d4e3f', direction: 'outgoing', peer: 'edge.litwareinc.com:5061', timestamp: '11/26/2011-14:32:10.123', truncated: false });
    expect(response).toMatchObject({ kind: 'response', status: 504, reasonPhrase: 'Server time-out', method: 'INVITE', cseq: '1 INVITE', direction: 'incoming' });
    expect(response?.diagnostics.map((d) => [d.header, d.code, d.params['appname']])).toEqual([
      ['ms-diagnostics', 1005, 'FederationManager'],
      ['ms-diagnostics-public', 1005, undefined],
    ]);
  });
  it('reads CLSLogger frames with upper-case header names', () => {
    const [m] = splitTrace(fixture('clslogger-1034.txt')).messages;
    expect(m).toMatchObject({ status: 504, callId: 'cls-call-1', cseq: '1 SUBSCRIBE', method: 'SUBSCRIBE' });
    expect(m?.diagnostics[0]).toMatchObject({ header: 'ms-diagnostics-public', code: 1034, source: 'sipfed.online.lync.com' });
  });
  it('reads a Lync client log: the log lines end each message, bodies included', () => {
    const { messages } = splitTrace(fixture('client-log-1008.txt'));
    expect(messages.map((m) => [m.kind, m.method, m.status, m.direction, m.truncated])).toEqual([
      ['request', 'MESSAGE', null, 'outgoing', false],
      ['response', 'MESSAGE', 504, 'incoming', false],
    ]);
    expect(messages[1]?.timestamp).toBe('11/26/2011|09:12:44.690');
  });
  it('reads bare messages separated by blank lines, compact headers, folded lines and bodies', () => {
    const { messages } = splitTrace(fixture('bare-sip.txt'));
    expect(messages.map((m) => m.method)).toEqual(['SUBSCRIBE', 'SUBSCRIBE', 'INVITE', 'INVITE', 'BYE']);
    expect(messages[0]).toMatchObject({ from: '<sip:alice@contoso.com>;tag=aa', callId: 'call-77', contentLength: 0, via: ['SIP/2.0/TLS 192.168.1.10:50123'] });
    expect(messages[1]?.diagnostics[0]?.source).toBe('sip.online.lync.com');
    expect(messages[2]).toMatchObject({ contentType: 'application/sdp', contentLength: 27, truncated: false });
  });
  it('reads the same messages with LF, CRLF or CR line ends', () => {
    const lf = RESPONSE.replace(/\r\n/g, '\n');
    const cr = RESPONSE.replace(/\r\n/g, '\r');
    for (const text of [RESPONSE, lf, cr]) {
      const [m] = splitTrace(text + text).messages;
      expect(m).toMatchObject({ status: 504, callId: 'abc', truncated: false });
      expect(m?.diagnostics[0]?.code).toBe(1008);
    }
  });
  it('splits back-to-back messages with no blank line between them', () => {
    const text = RESPONSE.replace(/\r\n\r\n$/, '\r\n') + RESPONSE;
    expect(splitTrace(text).messages).toHaveLength(2);
  });
  it('reads an indented paste (from an e-mail or a forum post)', () => {
    const indented = RESPONSE.split('\r\n').map((l) => `    ${l}`).join('\n');
    const [m] = splitTrace(indented).messages;
    expect(m).toMatchObject({ status: 504, callId: 'abc', cseq: '7 INVITE' });
  });
  it('joins folded header lines', () => {
    const text = 'SIP/2.0 403 Forbidden\nCall-ID: x\nCSeq: 1 MESSAGE\nms-diagnostics: 1002;\n\treason="From URI not authorized to communicate with federated partners.";\n source="a.b"\nContent-Length: 0\n\n';
    const [m] = splitTrace(text).messages;
    expect(m?.diagnostics[0]).toMatchObject({ code: 1002, reason: 'From URI not authorized to communicate with federated partners.', source: 'a.b' });
  });
  it('marks messages the log cut short', () => {
    const [m] = splitTrace(fixture('truncated.txt')).messages;
    expect(m).toMatchObject({ status: 504, truncated: true });
    expect(m?.diagnostics[0]?.code).toBe(1009);
    const half = RESPONSE.slice(0, RESPONSE.indexOf('Call-ID'));
    expect(splitTrace(half).messages[0]?.truncated).toBe(true);
    const shortBody = 'MESSAGE sip:b@f.com SIP/2.0\nCall-ID: y\nCSeq: 1 MESSAGE\nContent-Length: 500\n\nHello\n';
    expect(splitTrace(shortBody).messages[0]?.truncated).toBe(true);
  });
  it('keeps a message/sipfrag body inside its NOTIFY', () => {
    const text = 'NOTIFY sip:a@b.com SIP/2.0\nCall-ID: n\nCSeq: 3 NOTIFY\nContent-Type: message/sipfrag\nContent-Length: 20\n\nSIP/2.0 200 OK\n\nSIP/2.0 200 OK\nCall-ID: n\nCSeq: 3 NOTIFY\nContent-Length: 0\n\n';
    expect(splitTrace(text).messages.map((m) => m.kind)).toEqual(['request', 'response']);
  });
  it('skips binary junk between messages', () => {
    const junk = '\u0000\u0001\u00ff\ufffd\u0007garbage: not sip\u0000\n\u0002\u0003\n';
    const { messages } = splitTrace(junk + RESPONSE + junk + RESPONSE + junk);
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.diagnostics[0]?.code === 1008)).toBe(true);
  });
  it('ends a frame that lost its $$end_record at the next $$begin_record, as truncated', () => {
    const frame = fixture('clslogger-1034.txt').replace('$$end_record\r\n', '');
    const { messages } = splitTrace(frame + frame);
    expect(messages.map((m) => m.truncated)).toEqual([true, true]);
  });
});
