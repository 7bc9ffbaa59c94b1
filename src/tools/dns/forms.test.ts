/**
 * Every paste form the DNS checker reads, on our own samples in test/fixtures/dns/. Where each form
 * was seen:
 * - Windows nslookup, one-shot and interactive (`> set type=srv`), with its errors ("Timed out",
 *   "Non-existent domain", "No records"): Microsoft's nslookup notes (Windows 2000 help,
 *   http://www.microsoft.com/windows/windows2000/en/advanced/help/nslookup__notes.htm); the
 *   `DNS request timed out.` / `*** Request to UnKnown timed-out` lines and the resolver-name
 *   time-out before `Default Server:` as Windows prints them in forum threads;
 * - BIND nslookup and `;; connection timed out; no servers could be reached`: the BIND 9 tools;
 * - `host` (`has SRV record`, `is an alias for`, `not found: 3(NXDOMAIN)`, `Using domain server:`):
 *   the host(1) manual page (e.g. http://www.mirbsd.org/htman/i386/man1/host.htm) and BIND 9's host;
 * - Resolve-DnsName list output, dig +short and zone files with $ORIGIN, relative names and a
 *   multi-line SOA: as in the existing fixtures (see parse.test.ts);
 * - a forum post mixing them, with prose, CRLF, curly quotes and non-breaking spaces.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPaste } from './check.ts';
import { detectFormat } from './detect.ts';
import { parsePaste, unwrapRecords } from './parse.ts';
import { parseHost } from './parse-host.ts';
import { parseNslookup } from './parse-nslookup.ts';
import { splitParts } from './split-parts.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/dns/${name}`, import.meta.url), 'utf8');

describe('nslookup errors and time-outs', () => {
  it('reads an interactive Windows session: an answer, a time-out, a Non-existent domain', () => {
    const obs = parseNslookup(fixture('nslookup-interactive-windows.txt'));
    expect(obs.records).toContainEqual({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', ttl: null, data: '100 1 5061 sipfed.online.lync.com' });
    expect(obs.queries).toContainEqual({ name: '_sip._tls.contoso.com', type: 'SRV', outcome: 'failed', detail: expect.stringMatching(/timed out/) });
    expect(obs.queries).toContainEqual({ name: 'sip.contoso.com', type: 'CNAME', outcome: 'nxdomain', detail: 'Non-existent domain' });
    // The time-out before "Default Server:" is the resolver's own name lookup, not a question.
    expect(obs.queries.find((q) => q.name === '_sipfederationtls._tcp.contoso.com')?.outcome).toBe('answered');
  });
  it('reads a BIND time-out as a failed question, and a CNAME chain', () => {
    const obs = parseNslookup(fixture('nslookup-bind-timeout.txt'));
    expect(obs.queries).toContainEqual({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', outcome: 'failed', detail: 'connection timed out; no servers could be reached' });
    expect(obs.records).toContainEqual({ name: 'lyncdiscover.contoso.com', type: 'CNAME', ttl: null, data: 'webdir.online.lync.com' });
  });
  it('reads Windows "No internal type" as no data', () => {
    const obs = parseNslookup('> sip.contoso.com\n*** No internal type for both IPv4 and IPv6 Addresses (A+AAAA) records available for sip.contoso.com');
    expect(obs.queries).toContainEqual(expect.objectContaining({ name: 'sip.contoso.com', outcome: 'no-data' }));
  });
});

describe('wrapped lines', () => {
  it('joins a record whose data a forum wrapped onto the next line', () => {
    const r = parsePaste('_sipfederationtls._tcp.contoso.com. 3600 IN SRV 100 1 5061\r\nsipfed.online.lync.com.\r\nsip.contoso.com. 3600 IN CNAME\nsipdir.online.lync.com.');
    expect(r.ok && r.value.records.map((x) => [x.type, x.data])).toEqual([['SRV', '100 1 5061 sipfed.online.lync.com'], ['CNAME', 'sipdir.online.lync.com']]);
    expect(unwrapRecords('          svr hostname   =\n   sipfed.online.lync.com\n')).toBe('          svr hostname   = sipfed.online.lync.com\n');
  });
});

describe('host', () => {
  it('is detected, and its records, NXDOMAIN and "has no record" are read', () => {
    const text = fixture('host.txt');
    expect(detectFormat(text)).toBe('host');
    const obs = parseHost(text);
    expect(obs.records).toContainEqual({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', ttl: null, data: '100 1 5061 sipfed.online.lync.com' });
    expect(obs.records).toContainEqual({ name: 'sip.contoso.com', type: 'CNAME', ttl: null, data: 'sipdir.online.lync.com' });
    expect(obs.queries).toContainEqual({ name: '_sip._tls.contoso.com', type: 'SRV', outcome: 'nxdomain', detail: 'NXDOMAIN' });
    expect(obs.queries).toContainEqual(expect.objectContaining({ name: 'lyncdiscover.contoso.com', type: 'CNAME', outcome: 'no-data' }));
    // The "Using domain server:" block names the resolver.
    expect(obs.records.some((r) => r.data.includes('8.8.8.8'))).toBe(false);
  });
  it('checks a host paste end to end', () => {
    const r = checkPaste(fixture('host.txt'));
    expect(r.ok && r.value.federation).toBe('ok');
  });
});

describe('pastes that hold several tools', () => {
  it('splits at each command line and where another tool’s output begins', () => {
    const parts = splitParts(fixture('mixed-forum.txt').replace(/\r/g, ''));
    // The prose before the first command is a part of its own, which no parser reads.
    expect(parts.map((p) => p.line)).toEqual([1, 3, 14, 17, 27]);
    expect(parts.map((p) => detectFormat(p.text))).toEqual([null, 'nslookup', 'dig-short', 'resolve-dnsname', 'zone']);
  });
  it('keeps a dig command line and its banner together', () => {
    expect(splitParts('$ dig srv _sip._tls.contoso.com\n\n; <<>> DiG 9.18 <<>> srv _sip._tls.contoso.com\n;; ANSWER SECTION:\n')).toHaveLength(1);
  });
  it('reads every part of a forum post: CRLF, prose, NBSP, curly quotes', () => {
    const r = parsePaste(fixture('mixed-forum.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe('mixed');
    expect(r.value.parts).toEqual(['nslookup', 'dig-short', 'resolve-dnsname', 'zone']);
    expect(r.value.records).toContainEqual(expect.objectContaining({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', data: '100 1 5061 sipfed.online.lync.com' }));
    expect(r.value.records).toContainEqual(expect.objectContaining({ name: '_sip._tls.contoso.com', type: 'SRV', data: '100 1 443 sipdir.online.lync.com' }));
    expect(r.value.records).toContainEqual(expect.objectContaining({ name: 'lyncdiscover.contoso.com', type: 'CNAME', data: 'webdir.online.lync.com' }));
    expect(r.value.records).toContainEqual(expect.objectContaining({ name: 'sip.contoso.com', type: 'CNAME', data: 'sipdir.online.lync.com' }));
    expect(r.value.domainHint).toBe('contoso.com');
    const checked = checkPaste(fixture('mixed-forum.txt'));
    expect(checked.ok && checked.value.federation).toBe('ok');
    expect(checked.ok && checked.value.records.filter((c) => c.status === 'ok').length).toBe(4);
  });
  it('a one-tool paste reads as before', () => {
    const r = parsePaste(fixture('nslookup-windows.txt'));
    expect(r.ok && r.value.format).toBe('nslookup');
    expect(r.ok && r.value.parts).toBeUndefined();
  });
  it('never throws on tools’ outputs shuffled together', () => {
    const files = ['nslookup-windows.txt', 'nslookup-interactive-windows.txt', 'host.txt', 'dig-full.txt', 'dig-short.txt', 'resolve-table.txt', 'resolve-list.txt', 'zone.txt', 'mixed-forum.txt'].map(fixture);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...files), { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\n\n\u00A0\n'), (pick, sep) => {
        const r = parsePaste(pick.join(sep));
        expect(r.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
