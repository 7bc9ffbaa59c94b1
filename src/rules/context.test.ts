import { describe, expect, it } from 'vitest';
import { contactOf, onPremFacts } from './context.ts';
import type { OnPremPartner } from './model.ts';
import { onPremFederating } from './schema.ts';

describe('contactOf', () => {
  it('splits the plain and the vanity form', () => {
    expect(contactOf('anna@fabrikam.com')).toEqual({ form: 'plain', user: 'anna', domain: 'fabrikam.com' });
    expect(contactOf('tommy(mydomain.com)@msn.com')).toEqual({ form: 'vanity', user: 'tommy', domain: 'mydomain.com' });
  });
});

describe('onPremFacts', () => {
  const base: OnPremPartner = { platform: 'lync-server-2010', domain: 'litwareinc.com', ...onPremFederating() };
  it('finds no route and no permission in an empty Edge', () => {
    expect(onPremFacts(base, 'contoso.com')).toMatchObject({ route: null, permitted: false, blocked: false, misdirected: { allowedEntry: false } });
  });
  it('routes through an enabled hosting provider, or the allowed entry with sipfed', () => {
    const hp = { identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true };
    expect(onPremFacts({ ...base, hostingProviders: [hp] }, 'contoso.com').route).toBe('hosting-provider');
    expect(onPremFacts({ ...base, allowedDomains: [{ domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }] }, 'contoso.com')).toMatchObject({ route: 'allowed-domain', permitted: true });
  });
  it('ignores hosting providers on OCS', () => {
    const hp = { identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true };
    expect(onPremFacts({ ...base, platform: 'ocs-2007-r2', hostingProviders: [hp] }, 'contoso.com')).toMatchObject({ route: null, hostingProviders: [] });
  });
});
