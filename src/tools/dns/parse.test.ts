import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.ts';
import { parsePaste } from './parse.ts';
import { parseDig, parseDigShort } from './parse-dig.ts';
import { parseNslookup } from './parse-nslookup.ts';
import { parseResolveDnsName } from './parse-resolve-dnsname.ts';
import { parseZone, ttlSeconds, zoneLines } from './parse-zone.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/dns/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it.each([
    ['nslookup-windows.txt', 'nslookup'],
    ['nslookup-linux.txt', 'nslookup'],
    ['dig-full.txt', 'dig'],
    ['dig-nxdomain.txt', 'dig'],
    ['dig-short.txt', 'dig-short'],
    ['resolve-table.txt', 'resolve-dnsname'],
    ['resolve-list.txt', 'resolve-dnsname'],
    ['zone.txt', 'zone'],
  ])('reads %s as %s', (file, format) => {
    expect(detectFormat(fixture(file))).toBe(format);
  });
  it('reads `dig +noall +answer` lines as zone lines', () => {
    expect(detectFormat('_sipfederationtls._tcp.contoso.com. 3600 IN SRV 100 1 5061 sipfed.online.lync.com.')).toBe('zone');
  });
  it('reads `dig +noall +answer` with its command line as dig', () => {
    expect(detectFormat('$ dig +noall +answer sip.contoso.com\nsip.contoso.com. 3600 IN CNAME sipdir.online.lync.com.')).toBe('dig');
  });
  it('reads a +short paste with its command line', () => {
    expect(detectFormat('$ dig +short _sip._tls.contoso.com srv\n100 1 443 sipdir.online.lync.com.')).toBe('dig-short');
  });
  it.each([['hello world'], ['{"json": true}'], ['SIP/2.0 200 OK'], ['\u0000\u0001binary']])('knows %j is none of them', (text) => {
    expect(detectFormat(text)).toBeNull();
  });
});

describe('parsePaste', () => {
  it('names what it expected when the paste is in no known form', () => {
    const r = parsePaste('Just some words someone typed.');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/nslookup.*dig.*Resolve-DnsName.*zone file/) });
  });
  it('says an empty paste is empty', () => {
    expect(parsePaste('  \n ')).toEqual({ ok: false, message: expect.stringContaining('empty') });
  });
  it('rejects a bad --domain with the reason', () => {
    expect(parsePaste(fixture('zone.txt'), { domain: 'contoso' })).toEqual({ ok: false, message: expect.stringContaining('two parts') });
  });
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), mangled()), (text) => {
        const r = parsePaste(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

/** Real samples with lines dropped, duplicated or cut: what half-copied pastes look like. */
function mangled(): fc.Arbitrary<string> {
  const files = ['nslookup-windows.txt', 'nslookup-linux.txt', 'dig-full.txt', 'resolve-table.txt', 'resolve-list.txt', 'zone.txt'].map(fixture);
  return fc.tuple(fc.constantFrom(...files), fc.nat(), fc.nat(), fc.string({ maxLength: 10 })).map(([text, a, b, junk]) => {
    const cut = a % (text.length + 1);
    return text.slice(0, cut) + junk + text.slice(cut + (b % 40));
  });
}

describe('parseNslookup', () => {
  it('reads a Windows SRV answer, a Non-existent domain and an Aliases chain', () => {
    const obs = parseNslookup(fixture('nslookup-windows.txt'));
    expect(obs.records).toContainEqual({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', ttl: null, data: '100 1 5061 sipfed.online.lync.com' });
    expect(obs.records).toContainEqual({ name: 'sip.contoso.com', type: 'CNAME', ttl: null, data: 'sipdir.online.lync.com' });
    expect(obs.queries).toContainEqual({ name: '_sip._tls.contoso.com', type: 'SRV', outcome: 'nxdomain', detail: 'Non-existent domain' });
    // The Server:/Address: block names the resolver, not an answer.
    expect(obs.records.some((r) => r.data === '192.168.1.1')).toBe(false);
  });
  it('reads Linux service =, canonical name = and NXDOMAIN', () => {
    const obs = parseNslookup(fixture('nslookup-linux.txt'));
    expect(obs.records).toContainEqual({ name: '_sipfederationtls._tcp.fabrikam.com', type: 'SRV', ttl: null, data: '10 2 5061 sip.fabrikam.com' });
    expect(obs.records).toContainEqual({ name: 'sip.fabrikam.com', type: 'CNAME', ttl: null, data: 'sipdir.online.lync.com' });
    expect(obs.queries.find((q) => q.name === 'lyncdiscover.fabrikam.com')?.outcome).toBe('nxdomain');
  });
  it('follows the interactive mode', () => {
    const obs = parseNslookup('> set type=srv\n> _sipfederationtls._tcp.contoso.com\nServer:  dns\nAddress:  10.0.0.1\n\n*** dns can\'t find _sipfederationtls._tcp.contoso.com: Server failed\n');
    expect(obs.queries).toEqual([{ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', outcome: 'failed', detail: 'Server failed' }]);
  });
  it('turns a multi-alias chain into CNAME links in order', () => {
    const obs = parseNslookup('Name:    webdir.online.lync.com.akadns.net\nAddress:  52.1.1.1\nAliases:  lyncdiscover.contoso.com\n          webdir.online.lync.com\n');
    expect(obs.records.filter((r) => r.type === 'CNAME').map((r) => `${r.name}>${r.data}`)).toEqual([
      'lyncdiscover.contoso.com>webdir.online.lync.com',
      'webdir.online.lync.com>webdir.online.lync.com.akadns.net',
    ]);
  });
  it('treats a question with only an SOA (Windows) as no data', () => {
    const obs = parseNslookup('C:\\>nslookup -type=SRV _sip._tls.contoso.com\nServer:  x\nAddress:  10.0.0.1\n\ncontoso.com\n        primary name server = ns1.contoso.com\n');
    expect(obs.queries).toEqual([{ name: '_sip._tls.contoso.com', type: 'SRV', outcome: 'no-data' }]);
  });
});

describe('parseDig', () => {
  it('reads the question, the status and the answer section', () => {
    const obs = parseDig(fixture('dig-full.txt'));
    expect(obs.records).toEqual([{ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', ttl: 3600, data: '100 1 5060 sipfed.online.lync.com' }]);
    expect(obs.queries).toEqual([{ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', outcome: 'answered' }]);
  });
  it('takes NXDOMAIN from the header and ignores the authority section', () => {
    const obs = parseDig(fixture('dig-nxdomain.txt'));
    expect(obs.records).toEqual([]);
    expect(obs.queries[0]).toMatchObject({ name: '_sipfederationtls._tcp.litwareinc.com', outcome: 'nxdomain' });
  });
  it('reports a timeout as a failed question', () => {
    const obs = parseDig('$ dig _sip._tls.contoso.com SRV\n;; connection timed out; no servers could be reached\n');
    expect(obs.queries).toMatchObject([{ name: '_sip._tls.contoso.com', outcome: 'failed' }]);
  });
});

describe('parseDigShort', () => {
  it('reads nameless data', () => {
    expect(parseDigShort(fixture('dig-short.txt')).records).toEqual([{ name: null, type: 'SRV', ttl: null, data: '100 1 5061 sipfed.online.lync.com' }]);
  });
  it('gives the first host of a chain to the queried name, the rest to nobody', () => {
    const obs = parseDigShort('$ dig +short sip.contoso.com\nsipdir.online.lync.com.\nsipdir.online.lync.com.akadns.net.\n52.112.1.1\n');
    expect(obs.records.map((r) => r.name)).toEqual(['sip.contoso.com', null, null]);
  });
  it('takes a command with nothing after it as asked, not as no data: the paste may have lost the output', () => {
    // dig +short prints nothing when there is no record, but a paste cut after its command line
    // looks the same; only positive evidence (NXDOMAIN, an SOA, "no answer") makes a record missing.
    expect(parseDigShort('$ dig +short _sip._tls.contoso.com SRV\n').queries).toEqual([{ name: '_sip._tls.contoso.com', type: 'SRV', outcome: 'asked' }]);
  });
});

describe('parseResolveDnsName', () => {
  it('reads table rows, skips the Additional section and reads the error form', () => {
    const obs = parseResolveDnsName(fixture('resolve-table.txt'));
    expect(obs.records).toContainEqual({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', ttl: null, data: '100 1 5061 sipfed.online.lync.com' });
    expect(obs.records).toContainEqual({ name: 'lyncdiscover.contoso.com', type: 'CNAME', ttl: null, data: 'webdir.online.lync.com' });
    expect(obs.records.some((r) => r.name === 'sipfed.online.lync.com')).toBe(false);
    expect(obs.queries.find((q) => q.name === '_sip._tls.contoso.com')?.outcome).toBe('nxdomain');
  });
  it('reads the list layout', () => {
    expect(parseResolveDnsName(fixture('resolve-list.txt')).records).toEqual([
      { name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', ttl: null, data: '100 1 5061 sip.contoso.com' },
    ]);
  });
  it('completes a name PowerShell cut short with "..." from the question', () => {
    const text = [
      'PS> Resolve-DnsName _sipfederationtls._tcp.averyveryverylongdomainname.com -Type SRV',
      'Name                           Type   TTL   Section    NameTarget                     Priority Weight Port',
      '----                           ----   ---   -------    ----------                     -------- ------ ----',
      '_sipfederationtls._tcp.avery... SRV   3600  Answer     sipfed.online.lync.com         100      1      5061',
    ].join('\n');
    expect(parseResolveDnsName(text).records[0]?.name).toBe('_sipfederationtls._tcp.averyveryverylongdomainname.com');
  });
  it('reads an SOA in the Authority section as no such record', () => {
    const text = 'PS> Resolve-DnsName -Type SRV _sip._tls.contoso.com\n\nName                        Type TTL   Section    PrimaryServer\n----                        ---- ---   -------    -------------\ncontoso.com                 SOA  300   Authority  ns1.contoso.com\n';
    const obs = parseResolveDnsName(text);
    expect(obs.records).toEqual([]);
    expect(obs.queries).toEqual([{ name: '_sip._tls.contoso.com', type: 'SRV', outcome: 'no-data' }]);
  });
});

describe('parseZone', () => {
  it('applies $ORIGIN, $TTL, @, inherited owners, parentheses and either TTL/class order', () => {
    const obs = parseZone(fixture('zone.txt'));
    expect(obs.complete).toBe(true);
    expect(obs.domainHint).toBe('contoso.com');
    expect(obs.records.find((r) => r.type === 'NS')).toEqual({ name: 'contoso.com', type: 'NS', ttl: 3600, data: 'ns1.contoso.com' });
    expect(obs.records).toContainEqual({ name: '_sip._tls.contoso.com', type: 'SRV', ttl: 3600, data: '100 1 443 sipdir.online.lync.com.contoso.com' });
    expect(obs.records.find((r) => r.type === 'SOA')?.data).toContain('2011112601 3600 600 604800 300');
  });
  it('keeps relative names relative when no origin is known', () => {
    const obs = parseZone('_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.\n');
    expect(obs.records[0]?.name).toBe('_sipfederationtls._tcp');
  });
  it('places relative names in the zone its SOA names when there is no $ORIGIN', () => {
    const obs = parseZone('contoso.com. IN SOA ns1.contoso.com. h.contoso.com. 1 2 3 4 5\n@ IN NS ns1.contoso.com.\n_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.\n  IN SRV 200 1 443 backup.example.\nwww.example.org. IN A 192.0.2.1\n');
    expect(obs.records.map((r) => r.name)).toEqual(['contoso.com', 'contoso.com', '_sip._tls.contoso.com', '_sip._tls.contoso.com', 'www.example.org']);
  });
  it('takes the origin from the caller when the file has none', () => {
    expect(parseZone('sip IN CNAME sipdir.online.lync.com.', 'contoso.com').records[0]?.name).toBe('sip.contoso.com');
  });
  it('reads TTL units', () => {
    expect([ttlSeconds('1h'), ttlSeconds('1h30m'), ttlSeconds('300'), ttlSeconds('IN')]).toEqual([3600, 5400, 300, null]);
  });
  it('keeps a ; inside quotes', () => {
    expect(zoneLines('@ TXT "v=spf1; x" ; comment')[0]?.tokens).toEqual(['@', 'TXT', '"v=spf1; x"']);
  });
});
