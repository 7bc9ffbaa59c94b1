import { describe, expect, it } from 'vitest';
import { fillPlaceholders, templateKey } from './tokens.ts';

const values = new Map([["'tenant.placeholder.invalid'", "'contoso.com'"]]);

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
  it('matches only whole quoted literals, not a domain inside another', () => {
    const key = templateKey("-ProxyFqdn 'sipfed.online.lync.com'", new Map([["'placeholder.invalid'", "'lync.com'"]]));
    expect(key).toBe("-ProxyFqdn 'sipfed.online.lync.com'");
  });
});
