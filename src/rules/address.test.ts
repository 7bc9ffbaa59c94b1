import { describe, expect, it } from 'vitest';
import {
  convertMessengerAddress,
  looksLikeVanity,
  messengerDomainKind,
  normaliseDomain,
  otherImNetwork,
  parseAddress,
  parseVanityAddress,
  onDomainList,
  sameDomain,
  vanityDomainWords,
} from './address.ts';

describe('normaliseDomain', () => {
  it('lower-cases and removes one trailing dot', () => {
    expect(normaliseDomain(' Contoso.COM. ')).toEqual({ ok: true, value: 'contoso.com' });
  });
  it('turns an internationalised name into its punycode form', () => {
    expect(normaliseDomain('Bücher.example')).toEqual({ ok: true, value: 'xn--bcher-kva.example' });
  });
  it.each([
    ['', 'is empty'],
    ['contoso', 'at least two parts'],
    ['contoso..com', 'empty part'],
    ['-contoso.com', 'inner hyphens'],
    ['contoso.com/evil', 'contains "/"'],
    ["contoso.com'; Remove-Item", 'contains'],
    ['a b.com', 'a space'],
    ['10.0.0.1', 'IP address'],
    [`${'a'.repeat(64)}.com`, 'longer than 63'],
    [`${'abcdefghi.'.repeat(26)}com`, 'longer than 253'],
    ['con_toso.com', 'inner hyphens'],
  ])('rejects %j with a message saying it %s', (input, fragment) => {
    const result = normaliseDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });

  // Found by test/unit/fuzz.test.ts: the offending character was quoted raw, so a line break
  // inside a domain ("tommy@m\nydomain.com" in the vanity converter) broke the message in two.
  it.each([
    ['m\nydomain.com', 'a line break'],
    ['m\rydomain.com', 'a line break'],
    ['m\tydomain.com', 'a tab'],
    ['m\u2028ydomain.com', 'U+2028'],
    ['m\u00a0ydomain.com', 'U+00A0'],
  ])('names the whitespace in %j (%s), keeping the message on one line', (input, name) => {
    const result = normaliseDomain(input);
    expect(result).toEqual({ ok: false, message: expect.stringContaining(name) });
    if (!result.ok) expect(result.message).not.toMatch(/[\r\n\t\u00a0\u2028\u2029]/);
    expect(convertMessengerAddress(`tommy@${input}`)).toEqual({ ok: false, message: expect.not.stringMatching(/[\r\n\u2028\u2029]/) });
  });

  it('escapes line breaks in the text it quotes (found by fuzzing)', () => {
    for (const input of ['t\nommy@mydomain.com', 'tommy(my\u2028domain.com)@msn.com', 'no at\r\nsign']) {
      const result = convertMessengerAddress(input);
      expect(result).toEqual({ ok: false, message: expect.not.stringMatching(/[\r\n\u2028\u2029]/) });
    }
    expect(parseAddress('t\nommy@mydomain.com')).toEqual({ ok: false, message: expect.stringContaining('"t\\u000aommy"') });
  });
});

describe('sameDomain', () => {
  it('folds case, trailing dot and IDN', () => {
    expect(sameDomain('BÜCHER.example.', 'xn--bcher-kva.example')).toBe(true);
  });
  it('is false when either side is invalid', () => {
    expect(sameDomain('contoso', 'contoso')).toBe(false);
  });
});

describe('parseAddress', () => {
  it('splits user and normalised domain, dropping a sip: prefix', () => {
    expect(parseAddress('sip:Tommy.Clarke@MyDomain.com')).toEqual({ ok: true, value: { user: 'Tommy.Clarke', domain: 'mydomain.com' } });
  });
  it.each([
    ['tommy', 'no @'],
    ['@contoso.com', 'nothing before the @'],
    ['to..mmy@contoso.com', 'before the @'],
    ['tommy@contoso', 'the domain after the @'],
  ])('rejects %j', (input, fragment) => {
    const result = parseAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });
});

describe('parseVanityAddress', () => {
  it('reads the sign-in address inside the msn.com wrapping', () => {
    expect(parseVanityAddress('tommy.clarke(MyDomain.com)@MSN.com')).toEqual({ ok: true, value: { user: 'tommy.clarke', domain: 'mydomain.com' } });
  });
  it('names the parentheses when their domain is bad', () => {
    const result = parseVanityAddress('tommy(mydomain)@msn.com');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('in the parentheses');
  });
  it('rejects other shapes', () => {
    expect(parseVanityAddress('tommy(mydomain.com)@hotmail.com').ok).toBe(false);
    expect(looksLikeVanity('tommy@mydomain.com')).toBe(false);
  });
});

describe('messengerDomainKind', () => {
  it.each([
    ['hotmail.com', 'microsoft'],
    ['msn.com', 'microsoft'],
    ['live.com', 'microsoft'],
    ['passport.com', 'microsoft'],
    ['hotmail.co.uk', 'microsoft-country'],
    ['live.co.uk', 'microsoft-country'],
    // Only the country domains our sources name count as Microsoft's (no full list exists).
    ['live.fr', 'vanity'],
    ['live.me', 'vanity'],
    ['live.tv', 'vanity'],
    ['hotmail.io', 'vanity'],
    ['mydomain.com', 'vanity'],
  ])('classifies %s as %s', (domain, kind) => {
    expect(messengerDomainKind(domain)).toBe(kind);
  });
  it('says it cannot tell for a Hotmail- or Live-shaped domain our sources do not name', () => {
    for (const domain of ['live.me', 'hotmail.io', 'live.fr']) expect(vanityDomainWords(domain)).toMatch(/we found no full list .* if .* is one of them, add the address as it is/);
    expect(vanityDomainWords('mydomain.com')).toBe("mydomain.com is not one of Microsoft's Messenger domains of 2011");
    const live = convertMessengerAddress('anna@live.me');
    expect(live.ok && live.direction).toBe('to-vanity');
    expect(JSON.stringify(live)).not.toMatch(/live\.me is a Microsoft/);
  });
});

describe('outlook.com: outside the guide\'s period', () => {
  it.each(['anna@outlook.com', 'anna(outlook.com)@msn.com', 'Anna@Outlook.COM'])('%s gets no conversion, only the period note', (input) => {
    const result = convertMessengerAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/outside this guide's period: the address did not exist in 2011/);
  });
  it('is refused as a scenario address with the same words, so no verdict is given', async () => {
    const { evaluateInput } = await import('./evaluate.ts');
    const base = { tenant: { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'enabled', userExternalAccess: true }, modalities: ['im'] };
    for (const [partner, contact] of [[{ platform: 'windows-live-messenger', address: 'anna@outlook.com' }, undefined], [{ platform: 'windows-live-messenger', address: 'anna@hotmail.com' }, 'anna(outlook.com)@msn.com']] as const) {
      const out = evaluateInput({ ...base, partner, ...(contact ? { contact } : {}) });
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.message).toMatch(/outside this guide's period/);
    }
  });
});

describe('convertMessengerAddress', () => {
  it('wraps a vanity sign-in address in the msn.com form', () => {
    expect(convertMessengerAddress('tommy.clarke@mydomain.com')).toMatchObject({
      ok: true, direction: 'to-vanity', typeInLync: 'tommy.clarke(mydomain.com)@msn.com', signIn: 'tommy.clarke@mydomain.com',
    });
  });
  it('unwraps the msn.com form back to the sign-in address', () => {
    expect(convertMessengerAddress('tommy.clarke(mydomain.com)@msn.com')).toMatchObject({
      ok: true, direction: 'from-vanity', signIn: 'tommy.clarke@mydomain.com',
    });
  });
  it('says the msn.com form reaches a Windows Live ID only, in both directions', () => {
    for (const input of ['tommy.clarke@mydomain.com', 'tommy.clarke(mydomain.com)@msn.com']) {
      const result = convertMessengerAddress(input);
      expect(result.ok && result.direction !== 'microsoft' && result.caveat).toBe(
        'This form works only if tommy.clarke@mydomain.com is a Windows Live ID (a Messenger account signed in with that address).',
      );
    }
  });
  it.each([
    ['anna@gmail.com', 'Google Talk'],
    ['anna@googlemail.com', 'Google Talk'],
    ['anna@yahoo.co.uk', 'Yahoo!'],
    ['anna@aol.com', 'AOL'],
  ])('converts %s but names %s as a network Lync Online did not reach', (input, network) => {
    const result = convertMessengerAddress(input);
    expect(result).toMatchObject({ ok: true, direction: 'to-vanity' });
    if (result.ok && result.direction === 'to-vanity') {
      expect(result.caveat).toContain('only if');
      expect(result.caveat).toContain('Windows Live ID');
      expect(result.caveat).toContain(`${network} was not reachable from Lync Online`);
    }
  });
  it('names no other network for a company domain', () => {
    expect(otherImNetwork('mydomain.com')).toBeUndefined();
    expect(otherImNetwork('notgmail.com')).toBeUndefined();
  });
  it('leaves a Microsoft address as it is', () => {
    expect(convertMessengerAddress('tommy@Hotmail.com')).toMatchObject({ ok: true, direction: 'microsoft', typeInLync: 'tommy@hotmail.com' });
  });
  it('refuses to wrap a Microsoft domain', () => {
    const result = convertMessengerAddress('tommy(hotmail.com)@msn.com');
    expect(result).toMatchObject({ ok: false });
  });
  it.each(['', 'tommy', 'tommy(mydomain.com@msn.com', 'tommy@', 'tom my@mydomain.com'])('explains what is wrong with %j', (input) => {
    const result = convertMessengerAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

describe('onDomainList', () => {
  it('agrees with includes on short and long lists, and follows a list that grew', () => {
    const long = Array.from({ length: 40 }, (_, i) => `d${i}.example`);
    for (const list of [['a.example', 'b.example'], long, []]) {
      for (const domain of ['a.example', 'd7.example', 'd39.example', 'd40.example', '']) expect(onDomainList(list, domain)).toBe(list.includes(domain));
    }
    expect(onDomainList(long, 'late.example')).toBe(false);
    long.push('late.example');
    expect(onDomainList(long, 'late.example')).toBe(true);
  });
});
