import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkObservation, checkPaste, inferDomain } from './check.ts';
import { emptyObservation, makeRecord } from './model.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/dns/${name}`, import.meta.url), 'utf8');
const statuses = (text: string, domain?: string): Array<[string, string]> => {
  const r = checkPaste(text, domain ? { domain } : {});
  if (!r.ok) throw new Error(r.message);
  return r.value.records.map((c) => [c.id, c.status]);
};

describe('checkPaste', () => {
  it('reports the federation record first, then the sign-in records, for a Windows nslookup paste', () => {
    const r = checkPaste(fixture('nslookup-windows.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.domain).toBe('contoso.com');
    expect(r.value.records.map((c) => [c.name, c.status, c.expected, c.found])).toEqual([
      ['_sipfederationtls._tcp.contoso.com', 'ok', '5061 sipfed.online.lync.com', '5061 sipfed.online.lync.com'],
      ['_sip._tls.contoso.com', 'missing', '443 sipdir.online.lync.com', null],
      ['sip.contoso.com', 'ok', 'sipdir.online.lync.com', 'sipdir.online.lync.com'],
    ]);
    expect(r.value.notChecked.map((c) => c.id)).toEqual(['lyncdiscover-cname']);
    expect(r.value.federation).toBe('ok');
  });
  it('calls a wrong port wrong and says which port to use', () => {
    const r = checkPaste(fixture('dig-full.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records[0]).toMatchObject({ status: 'wrong', found: '5060 sipfed.online.lync.com', problem: 'The port is 5060, not 5061.', fix: 'Change the port to 5061.' });
    expect(r.value.federation).toBe('broken');
  });
  it('calls a wrong target wrong; different priority and weight are fine', () => {
    expect(statuses(fixture('nslookup-linux.txt'))[0]).toEqual(['federation-srv', 'wrong']);
    expect(statuses('_sipfederationtls._tcp.contoso.com. 300 IN SRV 10 2 5061 sipfed.online.lync.com.')).toEqual([['federation-srv', 'ok']]);
  });
  it('calls a missing federation record missing after NXDOMAIN', () => {
    const r = checkPaste(fixture('dig-nxdomain.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records).toMatchObject([{ id: 'federation-srv', status: 'missing', found: null, fix: expect.stringContaining('port 5061, target sipfed.online.lync.com') }]);
    expect(r.value.summary).toContain('cannot find litwareinc.com');
  });
  it('reads a zone file: a relative SRV target, an A record where the CNAME belongs', () => {
    const r = checkPaste(fixture('zone.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records.map((c) => c.status)).toEqual(['ok', 'wrong', 'wrong', 'ok']);
    expect(r.value.records[1]?.fix).toContain('final dot');
    expect(r.value.records[2]).toMatchObject({ found: 'A 192.0.2.20', problem: expect.stringContaining('an A record') });
  });
  it('reports everything absent from a complete zone as missing, lyncdiscover as not required', () => {
    const r = checkPaste('$ORIGIN fabrikam.com.\n@ IN SOA ns1 host 1 2 3 4 5\nwww IN A 192.0.2.1\n');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records.map((c) => [c.id, c.status, c.required])).toEqual([
      ['federation-srv', 'missing', true],
      ['sign-in-srv', 'missing', true],
      ['sign-in-cname', 'missing', true],
      ['lyncdiscover-cname', 'missing', false],
    ]);
    expect(r.value.records[3]?.note).toContain('after GA');
    expect(r.value.records[3]?.fix).toMatch(/^If you use mobile clients/);
  });
  it('finds the record under the wrong protocol', () => {
    const r = checkPaste('$ORIGIN contoso.com.\n_sipfederationtls._udp IN SRV 100 1 5061 sipfed.online.lync.com.\n');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records[0]).toMatchObject({ status: 'wrong', found: '_sipfederationtls._udp.contoso.com: 5061 sipfed.online.lync.com', problem: expect.stringContaining('protocol _udp') });
  });
  it('calls a CNAME where the SRV belongs wrong', () => {
    expect(statuses('$ORIGIN contoso.com.\n_sipfederationtls._tcp IN CNAME sipfed.online.lync.com.\n')[0]).toEqual(['federation-srv', 'wrong']);
  });
  it('calls a second, stray SRV record wrong', () => {
    const r = checkPaste('_sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.\n_sipfederationtls._tcp.contoso.com. IN SRV 0 0 5061 sip.contoso.com.\n');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records[0]).toMatchObject({ status: 'wrong', fix: expect.stringContaining('Delete the SRV record pointing to sip.contoso.com') });
  });
  it('matches nameless dig +short data by its value', () => {
    const r = checkPaste('100 1 443 sipdir.online.lync.com.\n', { domain: 'contoso.com' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records).toMatchObject([{ id: 'sign-in-srv', name: '_sip._tls.contoso.com', status: 'ok' }]);
    expect(r.value.federation).toBe('unknown');
  });
  it('gives nameless data that fits nothing to the federation record', () => {
    expect(statuses('100 1 5060 sip.contoso.com.')).toEqual([['federation-srv', 'wrong']]);
  });
  it('does not judge an SRV record from an A question that found nothing', () => {
    const r = checkPaste('$ nslookup _sipfederationtls._tcp.contoso.com\nServer: x\nAddress: 10.0.0.1\n\n*** Can\'t find _sipfederationtls._tcp.contoso.com: No answer\n');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records).toEqual([]);
    expect(r.value.notChecked[0]).toMatchObject({ id: 'federation-srv', reason: expect.stringContaining('as an SRV record'), howToCheck: 'nslookup -type=srv _sipfederationtls._tcp.contoso.com' });
  });
  it('uses the --domain override', () => {
    const r = checkPaste(fixture('zone.txt'), { domain: 'Fabrikam.com' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.domain).toBe('fabrikam.com');
  });
  it('never throws on mangled pastes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('zone.txt', 'dig-full.txt', 'nslookup-windows.txt', 'resolve-table.txt'), (junk, file) => {
        const text = fixture(file);
        const at = junk.length % text.length;
        const r = checkPaste(text.slice(0, at) + junk + text.slice(at));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkObservation', () => {
  it('rejects an invalid domain override', () => {
    expect(checkObservation(emptyObservation('zone'), { domain: 'a b' })).toEqual({ ok: false, message: expect.stringContaining('a space') });
  });
});

describe('inferDomain', () => {
  it('prefers the federation record\'s domain', () => {
    const obs = emptyObservation('nslookup');
    obs.records.push(makeRecord('sip.a.com', 'CNAME', 'x.'), makeRecord('lyncdiscover.a.com', 'CNAME', 'x.'), makeRecord('_sipfederationtls._tcp.b.com', 'SRV', '1 1 1 x.'));
    expect(inferDomain(obs)).toBe('b.com');
  });
  it('falls back to the zone origin, then the only name asked', () => {
    const obs = emptyObservation('zone');
    obs.domainHint = 'Contoso.com';
    expect(inferDomain(obs)).toBe('contoso.com');
    const asked = emptyObservation('nslookup');
    asked.queries.push({ name: 'fabrikam.com', type: null, outcome: 'nxdomain' });
    expect(inferDomain(asked)).toBe('fabrikam.com');
  });
});
