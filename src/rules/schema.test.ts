import { describe, expect, it } from 'vitest';
import { messenger, online, onPrem, scenario } from '../../test/unit/fixtures.ts';
import { MODALITIES } from './model.ts';
import { defaultContact, parseScenario } from './schema.ts';

const bad = (input: unknown) => {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected an error');
  return r;
};

describe('parseScenario', () => {
  it('normalises domains and applies the defaults', () => {
    const r = parseScenario({
      tenant: { domain: 'Contoso.COM.', dnsVerified: true, federation: { mode: 'block-all-except-allowed', domains: ['Bücher.example', 'xn--bcher-kva.example'] }, publicIm: 'disabled', userExternalAccess: true },
      partner: { platform: 'ocs-2007', domain: 'LITWAREINC.com', federationEnabled: true, allowedDomains: [{ domain: 'contoso.com.', proxyFqdn: 'SIPFED.online.lync.com' }], blockedDomains: [], userExternalAccess: true },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.scenario.tenant.domain).toBe('contoso.com');
    expect(r.scenario.tenant.federation.domains).toEqual(['xn--bcher-kva.example']);
    expect(r.scenario.partner).toMatchObject({ domain: 'litwareinc.com', partnerDiscovery: false, hostingProviders: [], allowedDomains: [{ domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }] });
    expect(r.scenario.contact).toBe('user@litwareinc.com');
    expect(r.scenario.modalities).toEqual(MODALITIES); // all of them, in the model's order
  });

  it('defaults a Messenger partner: contact = sign-in, contact request accepted', () => {
    const r = parseScenario(scenario(messenger('Tommy@MyDomain.com')));
    if (!r.ok) throw new Error(r.message);
    expect(r.scenario.partner).toEqual({ platform: 'windows-live-messenger', address: 'Tommy@mydomain.com', acceptsContactRequest: true });
    expect(r.scenario.contact).toBe('Tommy@mydomain.com');
  });

  it('normalises a vanity contact', () => {
    const r = parseScenario(scenario(messenger('tommy@mydomain.com'), {}, { contact: 'sip:tommy(MyDomain.COM)@MSN.com' }));
    if (!r.ok) throw new Error(r.message);
    expect(r.scenario.contact).toBe('tommy(mydomain.com)@msn.com');
  });

  it.each([
    ['not an object', 'x', 'scenario', 'must be an object'],
    ['null', null, 'scenario', 'must be an object'],
    ['missing tenant', { partner: online() }, 'tenant', 'is missing'],
    ['unknown field', { ...scenario(online()), extra: 1 }, 'extra', 'not a known field'],
    ['unknown nested field', scenario(online({ colour: 'red' } as never)), 'partner.colour', 'not a known field'],
    ['bad domain', scenario(online({ domain: 'fab rikam.com' })), 'partner.domain', 'a space'],
    ['injection in a domain', scenario(online(), { domain: "contoso.com'; Remove-Item" }), 'tenant.domain', 'contains'],
    ['bad list entry', scenario(online(), { federation: { mode: 'disabled', domains: ['ok.com', 'x..com'] } }), 'tenant.federation.domains[1]', 'empty part'],
    ['bad mode', scenario(online(), { federation: { mode: 'open', domains: [] } as never }), 'tenant.federation.mode', 'use one of'],
    ['bad publicIm', scenario(online(), { publicIm: 'on' as never }), 'tenant.publicIm', 'use one of'],
    ['unknown platform', scenario({ platform: 'skype', domain: 'x.com' } as never), 'partner.platform', 'not a known platform'],
    ['missing platform', scenario({ domain: 'x.com' } as never), 'partner.platform', 'is missing'],
    ['wrong type', scenario(online(), { dnsVerified: 'yes' as never }), 'tenant.dnsVerified', 'true or false'],
    ['bad contact', scenario(online(), {}, { contact: 'nobody' }), 'contact', 'has no @'],
    ['bad vanity contact', scenario(online(), {}, { contact: 'a(b)@msn.com' }), 'contact', 'parentheses'],
    ['stray parentheses', scenario(online(), {}, { contact: 'a(b.com)@hotmail.com' }), 'contact', 'parentheses'],
    ['vanity sign-in', scenario(messenger('t(x.com)@msn.com')), 'partner.address', 'sign-in'],
    ['hosting provider name', scenario(onPrem({ hostingProviders: [{ identity: "x'$(calc)", proxyFqdn: null, enabled: true }] })), 'partner.hostingProviders[0].identity', 'letters'],
    ['proxy FQDN', scenario(onPrem({ allowedDomains: [{ domain: 'contoso.com', proxyFqdn: 'sipfed online' }] })), 'partner.allowedDomains[0].proxyFqdn', 'a space'],
    ['empty modalities', scenario(online(), {}, { modalities: [] }), 'modalities', 'at least one'],
    ['repeated modality', scenario(online(), {}, { modalities: ['im', 'im'] }), 'modalities', 'twice'],
    ['unknown modality', scenario(online(), {}, { modalities: ['fax'] as never }), 'modalities[0]', 'use one of'],
  ])('%s → names the field', (_name, input, field, message) => {
    const r = bad(input);
    expect(r.field).toBe(field);
    expect(r.message).toContain(message);
    expect(r.message).not.toMatch(/\n/);
  });

  it('keeps a message on one line when the input has a newline', () => {
    const r = bad(scenario(online({ domain: 'a\nb.com' })));
    expect(r.message).not.toMatch(/[\n\r]/);
  });

  it('never throws on hostile input', () => {
    const hostile = { get tenant(): never { throw new Error('boom'); } };
    expect(bad(hostile).field).toBe('scenario');
    const cyclic: Record<string, unknown> = scenario(online()) as never;
    (cyclic.partner as Record<string, unknown>).self = cyclic;
    expect(bad(cyclic).field).toBe('partner.self');
    expect(bad(new Proxy({}, { ownKeys: () => { throw new Error('x'); } })).field).toBeTruthy();
  });
});

describe('defaultContact', () => {
  it('is user@domain for Lync and OCS, the sign-in for Messenger', () => {
    expect(defaultContact({ platform: 'windows-live-messenger', address: 'a@hotmail.com', acceptsContactRequest: true })).toBe('a@hotmail.com');
    expect(defaultContact({ platform: 'lync-online', domain: 'fabrikam.com', dnsVerified: true, federation: { mode: 'disabled', domains: [] }, userExternalAccess: true })).toBe('user@fabrikam.com');
  });
});
