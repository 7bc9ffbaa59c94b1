import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ON_PREM_PLATFORMS, PLATFORMS } from '../../rules/index.ts';
import { readPartnerPaste } from './lookup.ts';
import { answerFor, readPartnerRecord, readYourRecord, type RecordAnswer } from './read-record.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/dns/${name}`, import.meta.url), 'utf8');
const srv = (target: string, port = 5061): RecordAnswer => ({ name: '_sipfederationtls._tcp.x', outcome: 'answered', records: [{ priority: 100, weight: 1, port, target }] });

describe('reading a partner\'s federation record', () => {
  it('sipfed.online.lync.com: another Lync Online tenant, likely, and said to be an inference', () => {
    const r = readPartnerRecord('fabrikam.com', srv('sipfed.online.lync.com.'));
    expect(r).toMatchObject({ kind: 'lync-online', confidence: 'high', platform: 'lync-online' });
    expect(r.why.join(' ')).toMatch(/inference/);
    expect(readPartnerRecord('fabrikam.com', srv('SIPFED.online.lync.com', 443)).confidence).toBe('medium');
  });

  it('another host: their own Access Edge, and asks which server they run', () => {
    const r = readPartnerRecord('litwareinc.com', srv('sip.litwareinc.com'));
    expect(r.kind).toBe('own-edge');
    expect(r.candidates).toEqual(ON_PREM_PLATFORMS);
    expect(r.ask).toMatch(/Lync Server 2010, OCS 2007 R2 or OCS 2007/);
  });

  it('no record: they do not publish one; the reason says so and asks', () => {
    for (const outcome of ['nxdomain', 'no-data'] as const) {
      const r = readPartnerRecord('adatum.com', { name: '_sipfederationtls._tcp.adatum.com', outcome, records: [] });
      expect(r.kind).toBe('no-record');
      expect(r.confidence).toBe('low');
      expect(r.why[0]).toMatch(/publishes no federation SRV record/);
    }
  });

  it('a Microsoft consumer domain is Messenger whatever its record says, with the article\'s two named', () => {
    expect(readPartnerRecord('hotmail.com', srv('sipfed.online.lync.com')).kind).toBe('messenger');
    expect(readPartnerRecord('msn.com', { name: 'n', outcome: 'nxdomain', records: [] }).confidence).toBe('high');
    expect(readPartnerRecord('live.co.uk', { name: 'n', outcome: 'nxdomain', records: [] })).toMatchObject({ kind: 'messenger', confidence: 'medium' });
    expect(readPartnerRecord('outlook.com', { name: 'n', outcome: 'nxdomain', records: [] }).kind).not.toBe('messenger');
  });

  it('no answer: nothing is guessed', () => {
    const r = readPartnerRecord('fabrikam.com', { name: 'n', outcome: 'failed', records: [], detail: 'timeout' });
    expect(r).toMatchObject({ kind: 'unknown', platform: null, confidence: 'none' });
  });

  it('every reading names a kind the rules know, and says "inference" wherever it guesses a kind from DNS (property)', () => {
    const answerArb = fc.oneof(
      fc.constantFrom<RecordAnswer['outcome']>('nxdomain', 'no-data', 'failed', 'not-in-paste').map((outcome) => ({ name: 'n', outcome, records: [] }) as RecordAnswer),
      fc.array(fc.record({ priority: fc.nat(100), weight: fc.nat(10), port: fc.constantFrom(5061, 443, 5062), target: fc.constantFrom('sipfed.online.lync.com', 'sip.example.com', 'edge.partner.example') }), { minLength: 1, maxLength: 3 }).map((records) => ({ name: 'n', outcome: 'answered', records }) as RecordAnswer),
    );
    fc.assert(
      fc.property(fc.constantFrom('fabrikam.com', 'hotmail.com', 'live.fr', 'example.org'), answerArb, (domain, answer) => {
        const r = readPartnerRecord(domain, answer);
        for (const p of r.candidates) expect(PLATFORMS).toContain(p);
        if (r.platform !== null) expect(r.candidates[0]).toBe(r.platform);
        if (r.kind === 'lync-online' || r.kind === 'own-edge' || r.kind === 'no-record') expect(r.why.join(' ')).toMatch(/inference/);
        expect(r.why.length).toBeGreaterThan(0);
      }),
    );
  });

  it('reads pasted nslookup, dig and Resolve-DnsName answers', () => {
    const table = readPartnerPaste('', 'contoso.com', fixture('resolve-table.txt'));
    expect(table.ok && table.value.partner.kind).toBe('lync-online');
    const nx = readPartnerPaste('contoso.com', 'litwareinc.com', fixture('dig-nxdomain.txt'));
    expect(nx.ok && nx.value.partner.kind).toBe('no-record');
    expect(nx.ok && nx.value.yours?.status).toBe('unknown');
    const win = readPartnerPaste('fabrikam.com', 'contoso.com', fixture('nslookup-windows.txt'));
    expect(win.ok && win.value.partner.answer.outcome).not.toBe('failed');
    expect(readPartnerPaste('', 'not a domain', 'x')).toMatchObject({ ok: false });
    expect(readPartnerPaste('', 'fabrikam.com', 'hello')).toMatchObject({ ok: false });
  });

  it('checks your own record against the Lync Online value', () => {
    expect(readYourRecord(srv('sipfed.online.lync.com')).status).toBe('ok');
    expect(readYourRecord(srv('sip.contoso.com')).status).toBe('wrong');
    expect(readYourRecord({ name: 'n', outcome: 'nxdomain', records: [] }).status).toBe('missing');
  });

  it('answerFor picks only the asked name', () => {
    const obs = { format: 'doh' as const, domainHint: null, complete: false, records: [{ name: '_sipfederationtls._tcp.a.com', type: 'SRV', ttl: 1, data: '100 1 5061 sipfed.online.lync.com' }], queries: [] };
    expect(answerFor('a.com', obs).outcome).toBe('answered');
    expect(answerFor('b.com', obs).outcome).toBe('not-in-paste');
  });
});
