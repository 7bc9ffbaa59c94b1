import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateInput } from '../rules/index.ts';
import { emptyDraft, fromScenarioInput, toScenarioInput, type Draft } from './playground-draft.ts';
import { readableField } from './field-error.ts';
import { PRESETS, PRESET_IDS } from '../scenarios/presets.ts';
import { decodePlaygroundParams, encodePlaygroundParams, hasPlaygroundParams, restoreValid } from './playground-params.ts';

const validate = (draft: Draft) => {
  const result = evaluateInput(toScenarioInput(draft));
  return result.ok ? { ok: true as const } : result;
};
const restore = (search: string) => restoreValid(decodePlaygroundParams(search), validate, readableField);

describe('encodePlaygroundParams', () => {
  it('writes only the version for the default state', () => {
    expect(encodePlaygroundParams(emptyDraft())).toBe('v=1');
  });
  it('writes readable names and values', () => {
    const draft = fromScenarioInput(PRESETS['partner-on-premises'].scenario);
    expect(encodePlaygroundParams(draft)).toBe('v=1&p=ls2010&allow=contoso.com%3Asipfed.online.lync.com');
  });
});

describe('decodePlaygroundParams', () => {
  it.each(PRESET_IDS)('round-trips the %s preset exactly', (id) => {
    const draft = fromScenarioInput(PRESETS[id].scenario);
    const back = decodePlaygroundParams(encodePlaygroundParams(draft));
    expect(back.problems).toEqual([]);
    expect(toScenarioInput(back.draft)).toEqual(toScenarioInput(draft));
  });
  it('round-trips every list, flag and entry of an on-premises partner', () => {
    const draft = emptyDraft();
    // Spread over the defaults: a setting added later does not make this test fail for no reason.
    draft.tenant = { ...draft.tenant, dnsVerified: false, mode: 'block-all-except-allowed', domains: ['a.com', 'b.com'], publicIm: 'pending', userExternalAccess: false };
    draft.platform = 'lync-server-2010';
    draft.onPremises = {
      ...draft.onPremises,
      federationEnabled: false,
      partnerDiscovery: true,
      hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: false }],
      allowedDomains: [{ domain: 'contoso.com', proxyFqdn: '' }],
      blockedDomains: ['x.com'],
      userExternalAccess: false,
    };
    draft.contact = 'anna@litwareinc.com';
    draft.modalities = ['video', 'im'];
    const back = decodePlaygroundParams(encodePlaygroundParams(draft));
    expect(back.problems).toEqual([]);
    expect(toScenarioInput(back.draft)).toEqual(toScenarioInput(draft));
  });
  it('says which values it did not understand and keeps the defaults for them', () => {
    const { draft, problems } = decodePlaygroundParams('v=1&fed=sometimes&p=aol&colour=blue');
    expect(draft.tenant.mode).toBe('allow-all-except-blocked');
    expect(draft.platform).toBe('lync-online');
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toContain('fed=sometimes');
    expect(problems.join(' ')).toContain('colour');
  });
  it('does not mistake inherited object keys for settings', () => {
    const { draft, problems } = decodePlaygroundParams('fed=valueOf&p=constructor&pim=__proto__');
    expect(draft.tenant.mode).toBe('allow-all-except-blocked');
    expect(draft.platform).toBe('lync-online');
    expect(draft.tenant.publicIm).toBe('disabled');
    expect(problems).toHaveLength(3);
  });
  it('warns about a link from another version', () => {
    expect(decodePlaygroundParams('v=2').problems[0]).toContain('version 2');
  });
  it('never throws on any query string', () => {
    fc.assert(fc.property(fc.string(), (search) => {
      expect(() => restore(search)).not.toThrow();
    }), { numRuns: 3000 });
  });
});

describe('hasPlaygroundParams', () => {
  it('is true only for links that carry playground settings', () => {
    expect(hasPlaygroundParams('?v=1')).toBe(true);
    expect(hasPlaygroundParams('?utm_source=forum')).toBe(false);
  });
});

describe('restoreValid', () => {
  it('drops a malformed list entry and keeps the rest', () => {
    const { draft, problems } = restore('v=1&list=good.com,bad_domain,fine.org');
    expect(draft.tenant.domains).toEqual(['good.com', 'fine.org']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('entry 2');
  });
  it('puts a malformed domain back to its default and says so', () => {
    const { draft, problems } = restore("v=1&you=contoso.com';Remove-Item");
    expect(draft.tenant.domain).toBe('contoso.com');
    expect(problems[0]).toContain('Your tenant → domain');
  });
  it('always ends with a state the rules accept', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('you', 'them', 'list', 'tlist', 'block', 'allow', 'hp', 'addr', 'contact', 'm', 'p', 'fed'), fc.string()), (params) => {
        const result = restore(new URLSearchParams(params).toString());
        expect(validate(result.draft).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
