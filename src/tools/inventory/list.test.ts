import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../rules/index.ts';
import { KIND_PARAMS, parsePartnerList, readKind } from './list.ts';

describe('reading a pasted partner list', () => {
  it('one per line: addresses count as their domain, comments and blanks are skipped, duplicates kept once', () => {
    const r = parsePartnerList('fabrikam.com\n\n# our partners\nFabrikam.com.\ntommy@hotmail.com\nbad domain\n');
    expect(r.format).toBe('lines');
    expect(r.partners.map((p) => p.domain)).toEqual(['fabrikam.com', 'hotmail.com']);
    expect(r.problems.map((p) => p.line)).toEqual([4, 6]);
  });

  it('CSV with a header and a kind column, in any of the site\'s words for a kind', () => {
    const r = parsePartnerList('Domain;Kind\nfabrikam.com;online\n"litwareinc.com";Lync Server 2010\nadatum.com\t\nx.com,skype\n');
    expect(r.format).toBe('csv');
    expect(r.partners.map((p) => [p.domain, p.platform])).toEqual([
      ['fabrikam.com', 'lync-online'],
      ['litwareinc.com', 'lync-server-2010'],
      ['adatum.com', null],
    ]);
    expect(r.problems[0]?.message).toMatch(/"skype" is not a partner kind/);
    expect(readKind('OCS 2007 R2')).toBe('ocs-2007-r2');
    expect(readKind('windows-live-messenger')).toBe('windows-live-messenger');
  });

  it('Get-CsAllowedDomain and Get-CsBlockedDomain output, read by the Edge reader, with ProxyFqdn as a hint only', () => {
    const text = readFileSync(new URL('../../../test/fixtures/edge-config/session-list.txt', import.meta.url), 'utf8');
    const r = parsePartnerList(text);
    expect(r.format).toBe('edge');
    expect(r.partners.length).toBeGreaterThan(0);
    for (const p of r.partners) expect(p.platform).toBeNull();
    const edge = parsePartnerList('PS C:\\> Get-CsAllowedDomain\n\nIdentity          : fabrikam.com\nDomain            : fabrikam.com\nProxyFqdn         : sipfed.online.lync.com\nComment           :\nMarkForMonitoring : False\n\nPS C:\\> Get-CsBlockedDomain\n\nIdentity : spam.example\nDomain   : spam.example\nComment  :\n');
    expect(edge.partners.map((p) => [p.domain, p.list])).toEqual([
      ['fabrikam.com', 'allowed'],
      ['spam.example', 'blocked'],
    ]);
    expect(edge.partners[0]?.hint).toMatch(/probably a Lync Online tenant/);
  });

  it('never throws, and every listed domain is valid and unique (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.domain(), fc.string(), fc.constantFrom('a.com,online', 'Identity : x.com', 'domain')), { maxLength: 20 }), (lines) => {
        const r = parsePartnerList(lines.join('\n'));
        const domains = r.partners.map((p) => p.domain);
        expect(new Set(domains).size).toBe(domains.length);
        for (const d of domains) expect(d).toMatch(/^[a-z0-9.-]+$/);
      }),
    );
  });
});

describe('KIND_PARAMS (the kinds the inventory tells a reader to write)', () => {
  it('are each read as the kind they name, one per kind of the rules', () => {
    expect(KIND_PARAMS.map((word) => readKind(word))).toEqual([...PLATFORMS]);
  });
});
