import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite } from '../../rules/sources.ts';
import { CATALOGUE } from './catalogue.ts';
import { explainSplit, explainTrace, explainTraceAsync } from './explain.ts';
import { splitTrace } from './split.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/trace/${name}`, import.meta.url), 'utf8');

/** A real-shaped failure response carrying one diagnostic, as the Front End logs it. */
function failure(code: number, reason: string, options: { status?: string; header?: string; callId?: string; from?: string; to?: string } = {}): string {
  return [
    `SIP/2.0 ${options.status ?? '504 Server time-out'}`,
    'Via: SIP/2.0/TLS 192.168.1.10:50123;branch=z9hG4bK9',
    `From: <sip:${options.from ?? 'alice@contoso.com'}>;tag=1`,
    `To: <sip:${options.to ?? 'bob@fabrikam.com'}>;tag=2`,
    `Call-ID: ${options.callId ?? `call-${code}`}`,
    'CSeq: 1 INVITE',
    `${options.header ?? 'ms-diagnostics'}: ${code};reason="${reason}";source="sipfed.online.lync.com"`,
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

describe('explainTrace', () => {
  it.each(CATALOGUE.map((e) => [e.code, e]))('explains ms-diagnostics %i from the catalogue', (code, entry) => {
    const r = explainTrace(failure(code, entry.reason));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.messages).toBe(1);
    expect(r.value.findings).toHaveLength(1);
    const f = r.value.findings[0];
    expect(f).toMatchObject({ code, reason: entry.reason, status: 504, callId: `call-${code}`, rule: entry.rule, known: true, meaning: entry.meaning, citation: cite(entry.source) });
    expect(f?.explanation).toContain(entry.meaning);
    expect(f?.explanation).toContain(String(code));
    if (entry.rule) expect(f?.playground).toMatch(/^\/playground\/\?scenario=[A-Za-z0-9_-]+$/);
    if (entry.rule === null) expect(f?.playground).toBeNull();
  });
  it('finds the failure in an OCSLogger log and merges ms-diagnostics with ms-diagnostics-public', () => {
    const r = explainTrace(fixture('ocslogger-1005.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.messages).toBe(2);
    expect(r.value.findings).toMatchObject([
      { code: 1005, status: 504, callId: '8f2e1c0a9b7d4e3f', rule: 'partner-no-route-to-lync-online', headers: ['ms-diagnostics', 'ms-diagnostics-public'], diagnosticSource: 'edge.litwareinc.com', occurrences: 1 },
    ]);
  });
  it('shows an unknown code on an error response as unknown, and leaves a BYE\'s informational code out', () => {
    const r = explainTrace(fixture('bare-sip.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.findings.map((f) => [f.code, f.known, f.rule])).toEqual([[1001, true, 'tenant-public-im-disabled'], [15030, false, null]]);
    expect(r.value.findings[1]?.explanation).toContain('not in this site\'s catalogue');
    expect(r.value.findings[1]?.meaning).toBeNull();
    expect(r.value.informational).toBe(1);
  });
  it('gives a request carrying a known code a null status', () => {
    const text = 'BYE sip:bob@fabrikam.com SIP/2.0\nFrom: <sip:alice@contoso.com>;tag=1\nTo: <sip:bob@fabrikam.com>;tag=2\nCall-ID: q\nCSeq: 2 BYE\nms-diagnostics: 1011;reason="ms-diagnostics header not provided by previous hop."\nContent-Length: 0\n\n';
    const r = explainTrace(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.findings).toMatchObject([{ code: 1011, status: null, method: 'BYE' }]);
  });
  it('counts one failure logged at two hops once, with its occurrences', () => {
    const r = explainTrace(failure(1005, 'Cannot route to destination domain') + failure(1005, 'Cannot route to destination domain'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.messages).toBe(2);
    expect(r.value.findings).toMatchObject([{ code: 1005, occurrences: 2 }]);
  });
  it('reports several codes in one message, and the same code in different calls, separately', () => {
    const two = failure(1034, 'Previous hop federated peer did not report diagnostic information').replace('Content-Length', 'ms-diagnostics-public: 1005;reason="Cannot route to destination domain"\r\nContent-Length');
    const r = explainTrace(two + failure(1034, 'x', { callId: 'other' }));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.findings.map((f) => [f.code, f.callId])).toEqual([[1034, 'call-1034'], [1005, 'call-1034'], [1034, 'other']]);
  });
  it('ignores authentication challenges and lists undiagnosed cross-domain errors apart', () => {
    const r = explainTrace(failure(99999, 'x', { status: '401 Unauthorized' }) + failure(0, 'x').replace(/ms-diagnostics:.*\r\n/, ''));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.findings).toEqual([]);
    expect(r.value.undiagnosed).toMatchObject([{ status: 504, callId: 'call-0' }]);
  });
  it('takes the reason from the catalogue when the header has none', () => {
    const r = explainTrace(failure(1008, 'x').replace(';reason="x"', ''));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.findings[0]?.reason).toBe('Unable to resolve DNS SRV record.');
    expect(r.value.findings[0]?.dnsDomain).toBe('fabrikam.com');
  });
  it('builds the playground scenario from the trace\'s domains, the tenant on the right side', () => {
    const r = explainTrace(failure(1009, 'Conflicting SRV and host domains in DNS', { from: 'bob@litwareinc.com', to: 'alice@contoso.com' }));
    if (!r.ok) throw new Error(r.message);
    const param = r.value.findings[0]?.playground?.split('scenario=')[1] ?? '';
    const scenario = JSON.parse(Buffer.from(param, 'base64url').toString('utf8'));
    expect(scenario.tenant.domain).toBe('contoso.com');
    expect(scenario.partner).toMatchObject({ platform: 'lync-server-2010', domain: 'litwareinc.com', allowedDomains: [{ domain: 'contoso.com', proxyFqdn: null }] });
  });
  it('reports progress chunk by chunk', () => {
    const text = failure(1005, 'x').repeat(50);
    const seen: number[] = [];
    const r = explainTrace(text, { chunkSize: 1024, onProgress: (done) => seen.push(done) });
    expect(r.ok).toBe(true);
    expect(seen.at(-1)).toBe(text.length);
    expect(seen.length).toBe(Math.ceil(text.length / 1024));
  });
  it('names what it expected when there is no SIP message', () => {
    expect(explainTrace('just some text\nand more')).toEqual({ ok: false, message: expect.stringMatching(/No SIP messages found: expected a Snooper.*SIP\/2\.0 504/) });
    expect(explainTrace('')).toMatchObject({ ok: false });
  });
  it('never throws, on random text or mangled real logs', () => {
    const logs = ['ocslogger-1005.txt', 'client-log-1008.txt', 'bare-sip.txt', 'clslogger-1034.txt'].map(fixture);
    const mangled = fc.tuple(fc.constantFrom(...logs), fc.nat(), fc.nat({ max: 200 }), fc.string({ unit: 'binary', maxLength: 30 })).map(([t, a, b, junk]) => {
      const at = a % (t.length + 1);
      return t.slice(0, at) + junk + t.slice(at + b);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mangled), (text) => {
        const r = explainTrace(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('explainTraceAsync', () => {
  it('gives the same report as explainTrace, yielding between chunks', async () => {
    const text = fixture('ocslogger-1005.txt') + fixture('client-log-1008.txt');
    let pauses = 0;
    const r = await explainTraceAsync(text, { chunkSize: 1024, yieldEvery: async () => void pauses++ });
    expect(r).toEqual(explainTrace(text));
    expect(pauses).toBe(Math.ceil(text.length / 1024));
  });
});

describe('explainSplit', () => {
  it('summarises', () => {
    const r = explainSplit(splitTrace(fixture('client-log-1008.txt')));
    expect(r.ok && r.value.summary).toBe('2 SIP messages; 1 federation failure (ms-diagnostics 1008).');
  });
});
