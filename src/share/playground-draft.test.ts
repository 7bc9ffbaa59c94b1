import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS } from '../scenarios/presets.ts';
import { parseScenario } from '../rules/index.ts';
import { emptyDraft, fromScenarioInput, toScenarioInput } from './playground-draft.ts';

describe('toScenarioInput', () => {
  it('drops blank list rows and an empty contact', () => {
    const draft = emptyDraft();
    draft.tenant.domains = ['', ' fabrikam.com ', ''];
    const input = toScenarioInput(draft);
    expect(input).toMatchObject({ tenant: { federation: { domains: ['fabrikam.com'] } } });
    expect(input).not.toHaveProperty('contact');
  });
  it('turns an allowed domain made without a proxy FQDN into null', () => {
    const draft = emptyDraft();
    draft.platform = 'ocs-2007-r2';
    draft.onPremises.allowedDomains = [{ domain: 'contoso.com', proxyFqdn: '' }];
    expect(toScenarioInput(draft)).toMatchObject({ partner: { allowedDomains: [{ domain: 'contoso.com', proxyFqdn: null }] } });
  });
  it('never gives an OCS partner hosting providers', () => {
    const draft = emptyDraft();
    draft.platform = 'ocs-2007';
    draft.onPremises.hostingProviders = [{ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true }];
    expect(toScenarioInput(draft)).toMatchObject({ partner: { hostingProviders: [] } });
  });
  it('keeps the modalities in the order asked, without repeats', () => {
    const draft = emptyDraft();
    draft.modalities = ['video', 'im', 'video'];
    expect(toScenarioInput(draft)['modalities']).toEqual(['video', 'im']);
  });
});

describe('fromScenarioInput', () => {
  it.each(PRESET_IDS)('reads the %s preset back to the same scenario', (id) => {
    const scenario = PRESETS[id].scenario;
    // Compared as the rules read them (defaults applied): the form writes out optional settings the preset leaves to their defaults.
    const roundTrip = parseScenario(toScenarioInput(fromScenarioInput(scenario)));
    expect(roundTrip.ok).toBe(true);
    expect(roundTrip).toEqual(parseScenario(scenario));
  });
  it('falls back to the defaults for anything missing or malformed', () => {
    expect(fromScenarioInput({ tenant: { domain: 42 }, partner: 'nonsense', modalities: 'all' })).toEqual(emptyDraft());
  });
  it('never throws, whatever it is given', () => {
    for (const value of [null, undefined, 1, 'x', [], { partner: { platform: 'ocs-2007', allowedDomains: [null, 3] } }]) {
      expect(() => fromScenarioInput(value)).not.toThrow();
    }
  });
});
