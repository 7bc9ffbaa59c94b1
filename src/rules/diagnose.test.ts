import { describe, expect, it } from 'vitest';
import { diagnoseInput } from './diagnose-input.ts';
import { baseScenario, canChange, scenarioOfState, settingOrder, UNKNOWN, walkOrder } from './diagnose.ts';
import { PLATFORMS } from './matrix.ts';
import type { SettingPath } from './model.ts';
import { RULES } from './rules.ts';
import { ALIASES, platformsFor, SETTINGS, settingAt } from './settings.ts';

const known = { tenantDomain: 'contoso.com', partnerAddress: 'tommy@fabrikam.com', partnerDomain: 'fabrikam.com' };
const start = { 'tenant.domain': 'contoso.com', 'partner.domain': 'fabrikam.com' };

describe('settings as data', () => {
  it('every setting has a question, a way to find out, and choices that write back what they read', () => {
    for (const setting of SETTINGS) {
      expect(setting.question(known).length, setting.path).toBeGreaterThan(10);
      expect(setting.howTo(known).length, setting.path).toBeGreaterThan(10);
      for (const platform of setting.platforms) {
        const s = baseScenario(known, platform, 'im');
        for (const choice of setting.choices({ ...known, platform })) {
          if (setting.path === 'partner.platform') continue;
          setting.set(s, choice.value);
          expect(setting.get(s), `${setting.path} ${choice.key}`).toEqual(choice.value);
        }
      }
    }
    expect(() => settingAt('partner.platform')?.set(baseScenario(known, 'lync-online', 'im'), 'ocs-2007')).toThrow();
    expect(settingAt('partner.nothing')).toBeUndefined();
  });

  it('has a question for every setting some rule reads (else the diagnosis could never ask it)', () => {
    for (const rule of RULES) {
      for (const r of rule.reads) {
        expect(settingAt(ALIASES[r] ?? r), `${rule.id} reads ${r}: give it an entry in SETTINGS, src/rules/settings.ts (its question, how to find out, choices)`).toBeDefined();
      }
    }
  });

  it('reads every setting some rule reads, in the rules\' order, identities first', () => {
    const order = settingOrder();
    expect(order.slice(0, 2)).toEqual(['tenant.domain', 'partner.address']);
    for (const rule of RULES) for (const r of rule.reads) expect(order).toContain(r === 'partner.domain' ? 'partner.address' : r);
    expect(walkOrder('file-transfer')[0]?.id).toBe('file-transfer-not-federated');
  });

  it('a Microsoft Messenger address can only be a Messenger user', () => {
    expect(platformsFor('hotmail.com')).toEqual(['windows-live-messenger']);
    expect(platformsFor('live.co.uk')).toEqual(['windows-live-messenger']);
    expect(platformsFor('fabrikam.com')).toEqual(PLATFORMS);
  });

  it('judges "can change" from leaves that differ only in that setting', () => {
    const leaf = (key: string, cube: [SettingPath, string][]) => ({ key, cube: new Map(cube) });
    const leaves = [leaf('a', [['tenant.dnsVerified', 'no']]), leaf('b', [['tenant.dnsVerified', 'yes'], ['contact', 'plain']]), leaf('c', [['tenant.dnsVerified', 'yes'], ['contact', 'msn']])];
    expect(canChange(leaves, 'tenant.dnsVerified')).toBe(true);
    expect(canChange(leaves, 'contact')).toBe(true);
    expect(canChange([leaf('a', [['contact', 'plain']]), leaf('a', [['contact', 'msn']])], 'contact')).toBe(false);
    expect(canChange(leaves, 'tenant.publicIm')).toBe(false);
  });
});

describe('diagnoseInput', () => {
  const bad = (input: unknown) => {
    const r = diagnoseInput(input);
    if (r.ok) throw new Error('expected an error');
    return `${r.field}: ${r.message}`;
  };

  it('asks for the identities first', () => {
    const noDomain = diagnoseInput({ modality: 'im', answers: {} });
    expect(noDomain.ok && noDomain.step.kind === 'next' && noDomain.step.setting).toBe('tenant.domain');
    const noPartner = diagnoseInput({ modality: 'im' , answers: { 'tenant.domain': 'contoso.com' } });
    expect(noPartner.ok && noPartner.step.kind === 'next' && noPartner.step.typed).toBe(true);
  });

  it('takes the partner from an address, a domain, or the address typed (either form)', () => {
    for (const answers of [
      { 'tenant.domain': 'contoso.com', 'partner.address': 'tommy@Fabrikam.COM' },
      { 'tenant.domain': 'contoso.com', 'partner.address': 'tommy(fabrikam.com)@msn.com' },
      { 'tenant.domain': 'contoso.com', contact: 'tommy(fabrikam.com)@msn.com' },
    ]) {
      const r = diagnoseInput({ modality: 'im', answers });
      expect(r.ok && r.state?.known.partnerAddress).toBe('tommy@fabrikam.com');
    }
  });

  it('gives one clear message for each kind of bad input', () => {
    expect(bad('im')).toMatch(/^diagnosis: must be a JSON object/);
    expect(bad({ modality: 'im', colour: 1 })).toMatch(/^colour: is not a field/);
    expect(bad({ modality: 'im', answers: [] })).toMatch(/^answers: must be an object/);
    expect(bad({ modality: 'im', answers: start, scope: 1 })).toMatch(/^scope: must be an object/);
    expect(bad({ modality: 'im', answers: start, scope: { everyone: true } })).toMatch(/^scope\.everyone: is not a scoping answer/);
    expect(bad({ modality: 'im', answers: start, scope: { colleaguesReachThem: 'yes' } })).toMatch(/must be true, false or "unknown"/);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 7 } })).toMatch(/^tenant\.domain: must be a domain/);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 'contoso..com' } })).toMatch(/^tenant\.domain: /);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.address': UNKNOWN } })).toMatch(/^partner\.address: cannot be "unknown"/);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.address': 7 } })).toMatch(/^partner\.address: must be an address/);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.address': 'tommy(fabrikam)@msn.com' } })).toMatch(/^partner\.address: /);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.address': 'tommy' } })).toMatch(/^partner\.address: /);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.domain': 7 } })).toMatch(/^partner\.domain: must be a domain/);
    expect(bad({ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.domain': 'fabrikam' } })).toMatch(/^partner\.domain: /);
    expect(bad({ modality: 'im', answers: { ...start, 'partner.platform': 'skype' } })).toMatch(/^partner\.platform: must be one of/);
    expect(bad({ modality: 'im', answers: { ...start, 'partner.platform': 'ocs-2007', 'partner.dnsVerified': true } })).toMatch(/^partner\.dnsVerified: a ocs-2007 partner has no such setting/);
    expect(bad({ modality: 'im', answers: { ...start, 'partner.platform': 'lync-online', 'partner.federation.domains': ['bad..domain'] } })).toMatch(/^partner\.federation\.domains\[0\]: /);
  });

  it('says what is left open when "I don\'t know" still matters, and builds the playground scenario from the answers', () => {
    const r = diagnoseInput({ modality: 'im', answers: { ...start, 'tenant.dnsVerified': UNKNOWN, 'partner.platform': 'lync-online', 'tenant.federation.mode': 'disabled' }, scope: { youReachTheirColleagues: UNKNOWN } });
    // Unverified DNS would come first: both stay possible.
    expect(r.ok && r.step.kind === 'outcome' && r.step.possible.map((p) => p.reason).sort()).toEqual(['tenant-dns-not-verified', 'tenant-federation-disabled']);
    const open = diagnoseInput({ modality: 'im', answers: { ...start, 'tenant.dnsVerified': UNKNOWN, 'partner.platform': 'lync-online', 'tenant.federation.mode': 'allow-all-except-blocked', 'tenant.federation.domains': [], 'tenant.userExternalAccess': true, 'partner.dnsVerified': true, 'partner.federation.mode': 'allow-all-except-blocked', 'partner.federation.domains': [], 'partner.userExternalAccess': true, contact: 'tommy@fabrikam.com' } });
    if (!open.ok || open.step.kind !== 'outcome' || open.state === null) throw new Error('expected an open outcome');
    expect(open.step.decided).toBe(false);
    expect(open.step.works).toBeNull();
    expect(open.step.open).toEqual(['tenant.dnsVerified']);
    expect(open.step.possible.map((p) => p.reason ?? 'works').sort()).toEqual(['tenant-dns-not-verified', 'works']);
    const s = scenarioOfState(open.state);
    expect(s.tenant.federation.mode).toBe('allow-all-except-blocked');
    expect(s.partner.platform).toBe('lync-online');
  });
});

describe('as of a date', () => {
  // Every answer "I don't know": the outcome stays open, the partner's kind with it.
  const open = Object.fromEntries(SETTINGS.filter((s) => !s.identity).map((s) => [s.path, UNKNOWN]));
  const outcomeAt = (answers: Record<string, unknown>, asOf?: string) => {
    const r = diagnoseInput({ modality: 'presence', answers: { ...start, ...answers }, ...(asOf ? { asOf } : {}) });
    if (!r.ok || r.step.kind !== 'outcome') throw new Error(JSON.stringify(r));
    return r.step;
  };

  it('with the partner\'s kind still open, a change dated for one kind is said for that kind only', () => {
    const before = outcomeAt(open, '2013-04-07');
    const after = outcomeAt(open, '2013-04-08');
    expect(before.uncertainty).toBeUndefined();
    expect(after.uncertainty).toMatch(/^If the partner is Windows Live Messenger: Windows Live Messenger was retired/);
    expect(after.history?.map((h) => h.id)).toEqual(['messenger-retired']);
    // The outcome itself is the same.
    expect({ ...after, uncertainty: undefined, history: undefined, asOf: undefined }).toEqual({ ...outcomeAt(open), uncertainty: undefined, history: undefined, asOf: undefined });
  });

  it('with the kind known to be another, the change says nothing', () => {
    const online = outcomeAt({ ...open, 'partner.platform': 'lync-online' }, '2013-12-31');
    expect(online.uncertainty).toBeUndefined();
    expect(online.asOf).toBe('2013-12-31');
  });

  it('a bad date is refused naming asOf, before anything else is asked', () => {
    for (const asOf of ['2014-01-01', '2011-06-27', 'March 2012', 20120301]) {
      const r = diagnoseInput({ modality: 'presence', answers: {}, asOf });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.field).toBe('asOf');
    }
  });
});
