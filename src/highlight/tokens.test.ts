import { describe, expect, it } from 'vitest';
import { fillPlaceholders, templateKey, tokensSpelling } from './tokens.ts';

const values = new Map([['tenant.placeholder.invalid', 'contoso.com']]);

describe('fillPlaceholders', () => {
  it('puts the values in place of the placeholders, keeping colours', () => {
    const lines = [[{ text: "'tenant.placeholder.invalid'", dark: '#111111', light: '#222222' }]];
    expect(fillPlaceholders(lines, values)).toEqual([[{ text: "'contoso.com'", dark: '#111111', light: '#222222' }]]);
  });
  it('returns the same lines when there is nothing to fill', () => {
    const lines = [[{ text: 'x', dark: '#111111', light: '#222222' }]];
    expect(fillPlaceholders(lines, new Map())).toBe(lines);
  });
});

describe('templateKey', () => {
  it('turns a generated command back into its template', () => {
    expect(templateKey("New-CsAllowedDomain -Identity 'contoso.com'", values)).toBe("New-CsAllowedDomain -Identity 'tenant.placeholder.invalid'");
  });
  it('finds a domain inside a longer DNS name', () => {
    expect(templateKey("-Name '_sipfederationtls._tcp.contoso.com'", values)).toBe("-Name '_sipfederationtls._tcp.tenant.placeholder.invalid'");
  });
  it('does not take a domain that merely ends another one', () => {
    expect(templateKey("'notcontoso.com' 'contoso.community'", values)).toBe("'notcontoso.com' 'contoso.community'");
  });
});

describe('tokensSpelling', () => {
  const lines = [[{ text: 'Get-CsTenant', dark: '#fff', light: '#000' }], [{ text: '-Identity x', dark: '#fff', light: '#000' }]];

  it('keeps tokens that spell the code exactly, line breaks included', () => {
    expect(tokensSpelling('Get-CsTenant\n-Identity x', lines)).toBe(lines);
  });

  it('drops tokens that say something else, and passes no tokens through', () => {
    expect(tokensSpelling('Get-CsTenant -Identity x', lines)).toBeUndefined();
    expect(tokensSpelling('Get-CsTenant', undefined)).toBeUndefined();
  });
});
