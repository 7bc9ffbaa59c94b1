import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cases from '../../test/fixtures/permalinks/v1-links.json' with { type: 'json' };
import { checkSeal, looksCut, sealQuery } from './link-seal.ts';

describe('sealQuery / checkSeal', () => {
  it('puts the seal first and accepts the whole link', () => {
    const sealed = sealQuery('v=1&you=contoso.com&p=ls2010');
    expect(sealed).toMatch(/^ck=[0-9a-z]{5}&v=1&you=contoso\.com&p=ls2010$/);
    expect(checkSeal(sealed)).toBe('ok');
  });
  it('finds every cut of a sealed link that still parses differently', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('v', 'you', 'them', 'allow', 'm', 'fed'), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 6 }), fc.nat(), (pairs, at) => {
        const sealed = sealQuery(new URLSearchParams(pairs).toString());
        const seal = sealed.indexOf('&') < 0 ? sealed.length : sealed.indexOf('&');
        const cut = sealed.slice(0, seal + 1 + (at % Math.max(1, sealed.length - seal)));
        // A cut that leaves the same parameters is the same link; any other is broken.
        const same = JSON.stringify([...new URLSearchParams(cut)].filter(([k]) => k !== 'ck')) === JSON.stringify([...new URLSearchParams(sealed)].filter(([k]) => k !== 'ck'));
        expect(checkSeal(cut)).toBe(same ? 'ok' : 'broken');
      }),
      { numRuns: 500 },
    );
  });
  it('survives a forum re-encoding characters', () => {
    const sealed = sealQuery('v=1&allow=contoso.com%3Asipfed.online.lync.com');
    expect(checkSeal(sealed.replace('%3A', ':'))).toBe('ok');
  });
  it('covers only the parameters asked for (a widget on a shared page)', () => {
    const sealed = sealQuery('fed.mode=allowlist&fed.v=1&pim.account=x', 'fed.ck', (name) => name.startsWith('fed.'));
    expect(checkSeal(`${sealed}&other=1`, 'fed.ck', (name) => name.startsWith('fed.'))).toBe('ok');
    expect(checkSeal(sealed.replace('allowlist', 'allow'), 'fed.ck', (name) => name.startsWith('fed.'))).toBe('broken');
  });
  it('leaves older links alone: none of the recorded v1 links has a seal or looks cut', () => {
    for (const c of cases) {
      expect(checkSeal(c.link)).toBe('none');
      expect(looksCut(c.link)).toBeNull();
    }
  });
});

describe('looksCut', () => {
  it('sees an end that cannot be whole', () => {
    expect(looksCut('v=1&allow=contoso.com%3')).toBe('allow=contoso.com%3');
    expect(looksCut('v=1&allow=contoso.com%')).toBe('allow=contoso.com%');
    expect(looksCut('v=1&you=contoso.com&')).toBe('you=contoso.com&');
    expect(looksCut('v=1&m=')).toBeNull();
    expect(looksCut('v=1&th')).toBe('th');
    expect(looksCut('v=1&you=contoso.com')).toBeNull();
    expect(looksCut('')).toBeNull();
  });
});
