import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDiagnosticHeader, parseDiagnostics } from './diagnostics.ts';

describe('parseDiagnostics', () => {
  it('reads code, reason, source and other parameters', () => {
    expect(parseDiagnostics('ms-diagnostics', '1005;reason="Cannot route to destination domain";source="sip.contoso.com";appName="FederationManager"')).toEqual([
      {
        header: 'ms-diagnostics',
        code: 1005,
        reason: 'Cannot route to destination domain',
        source: 'sip.contoso.com',
        params: { reason: 'Cannot route to destination domain', source: 'sip.contoso.com', appname: 'FederationManager' },
        raw: '1005;reason="Cannot route to destination domain";source="sip.contoso.com";appName="FederationManager"',
      },
    ]);
  });
  it('keeps ; and , inside a quoted reason, and splits entries at a comma followed by a code', () => {
    const d = parseDiagnostics('ms-diagnostics-public', '1034;reason="Peer failed; see, there";source="a", 1005;reason="x"');
    expect(d.map((e) => [e.code, e.reason])).toEqual([[1034, 'Peer failed; see, there'], [1005, 'x']]);
  });
  it('reads an unquoted value and a reason whose closing quote was cut off', () => {
    expect(parseDiagnostics('ms-diagnostics', '1008;reason=Unable;source="x')[0]).toMatchObject({ reason: 'Unable', source: 'x' });
  });
  it('gives a null code when the value does not start with one', () => {
    expect(parseDiagnostics('ms-diagnostics', 'reason="x"')[0]?.code).toBeNull();
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => Array.isArray(parseDiagnostics('ms-diagnostics', s))), { numRuns: 300 });
  });
});

describe('isDiagnosticHeader', () => {
  it('knows the three headers (already lower-cased)', () => {
    expect(['ms-diagnostics', 'ms-diagnostics-public', 'ms-client-diagnostics', 'warning'].map(isDiagnosticHeader)).toEqual([true, true, true, false]);
  });
});
