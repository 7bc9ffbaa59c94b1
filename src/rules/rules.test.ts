import { describe, expect, it } from 'vitest';
import { messenger, online, onPrem, scenario, SIPFED } from '../../test/unit/fixtures.ts';
import { evaluateInput } from './evaluate.ts';
import type { RuleId, ScenarioInput, TraceStatus } from './model.ts';
import { MATRIX } from './matrix.ts';
import { MODALITIES, PLATFORMS } from './model.ts';
import { RULES, ruleById, STAGES } from './rules.ts';

const HP = (patch: { enabled?: boolean } = {}) => ({ identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: true, ...patch });

/** For every rule: a scenario where it fires and one where it is checked and does not. */
const CASES: Record<RuleId, { fires: ScenarioInput; quiet: ScenarioInput }> = {
  'tenant-dns-not-verified': { fires: scenario(online(), { dnsVerified: false }), quiet: scenario(online()) },
  'tenant-federation-disabled': { fires: scenario(online(), { federation: { mode: 'disabled', domains: [] } }), quiet: scenario(online()) },
  'tenant-federation-disabled-messenger': { fires: scenario(messenger(), { federation: { mode: 'disabled', domains: [] } }), quiet: scenario(messenger()) },
  'tenant-blocks-partner-domain': {
    fires: scenario(online(), { federation: { mode: 'allow-all-except-blocked', domains: ['Fabrikam.COM'] } }),
    quiet: scenario(online(), { federation: { mode: 'allow-all-except-blocked', domains: ['adatum.com'] } }),
  },
  'tenant-partner-domain-not-allowed': {
    fires: scenario(onPrem(), { federation: { mode: 'block-all-except-allowed', domains: [] } }),
    quiet: scenario(onPrem(), { federation: { mode: 'block-all-except-allowed', domains: ['litwareinc.com.'] } }),
  },
  'tenant-public-im-disabled': { fires: scenario(messenger(), { publicIm: 'disabled' }), quiet: scenario(messenger()) },
  'tenant-public-im-pending': { fires: scenario(messenger(), { publicIm: 'pending' }), quiet: scenario(messenger()) },
  'public-im-moves-messenger-domain': { fires: scenario(online(), { publicIm: 'pending' }), quiet: scenario(online(), { publicIm: 'disabled' }) },
  'public-im-provisioning-delay': { fires: scenario(online(), { publicIm: 'pending' }), quiet: scenario(online()) },
  'tenant-user-not-enabled': { fires: scenario(messenger(), { userExternalAccess: false }), quiet: scenario(messenger()) },
  'same-sip-domain': { fires: scenario(online({ domain: 'CONTOSO.com.' })), quiet: scenario(online()) },
  'partner-dns-not-verified': { fires: scenario(online({ dnsVerified: false })), quiet: scenario(online()) },
  'partner-federation-disabled': { fires: scenario(online({ federation: { mode: 'disabled', domains: [] } })), quiet: scenario(online()) },
  'partner-blocks-tenant-domain': {
    fires: scenario(online({ federation: { mode: 'allow-all-except-blocked', domains: ['contoso.com'] } })),
    quiet: scenario(online({ federation: { mode: 'allow-all-except-blocked', domains: ['adatum.com'] } })),
  },
  'partner-tenant-domain-not-allowed': {
    fires: scenario(online({ federation: { mode: 'block-all-except-allowed', domains: ['adatum.com'] } })),
    quiet: scenario(online({ federation: { mode: 'block-all-except-allowed', domains: ['contoso.com'] } })),
  },
  'partner-user-not-enabled': { fires: scenario(online({ userExternalAccess: false })), quiet: scenario(online()) },
  'partner-edge-federation-disabled': { fires: scenario(onPrem({ federationEnabled: false })), quiet: scenario(onPrem()) },
  'partner-edge-blocks-tenant-domain': { fires: scenario(onPrem({ blockedDomains: ['contoso.com'] }, 'ocs-2007')), quiet: scenario(onPrem({ blockedDomains: ['adatum.com'] })) },
  'partner-edge-tenant-domain-not-allowed': {
    fires: scenario(onPrem({ allowedDomains: [], hostingProviders: [HP()] })),
    quiet: scenario(onPrem({ allowedDomains: [], partnerDiscovery: true, hostingProviders: [HP()] })),
  },
  'partner-proxy-fqdn-missing': {
    fires: scenario(onPrem({ allowedDomains: [{ domain: 'contoso.com', proxyFqdn: null }] }, 'ocs-2007-r2')),
    quiet: scenario(onPrem({ allowedDomains: [{ domain: 'contoso.com', proxyFqdn: null }], hostingProviders: [HP()] })),
  },
  'partner-no-route-to-lync-online': {
    fires: scenario(onPrem({ allowedDomains: [], partnerDiscovery: true, hostingProviders: [HP({ enabled: false })] })),
    quiet: scenario(onPrem()),
  },
  'hosting-provider-opens-all-office365': {
    fires: scenario(onPrem({ partnerDiscovery: true, hostingProviders: [HP()] })),
    quiet: scenario(onPrem({ partnerDiscovery: false, hostingProviders: [HP()] })),
  },
  'ocs-has-no-hosting-providers': { fires: scenario(onPrem({ hostingProviders: [HP()] }, 'ocs-2007')), quiet: scenario(onPrem({}, 'ocs-2007')) },
  'partner-policy-user-not-enabled': { fires: scenario(onPrem({ userExternalAccess: false })), quiet: scenario(onPrem()) },
  'messenger-domain-moved-to-lync-online': {
    fires: scenario(messenger('tommy@mydomain.com'), { domain: 'mydomain.com' }, { contact: 'tommy(mydomain.com)@msn.com' }),
    quiet: scenario(messenger('tommy@mydomain.com'), {}, { contact: 'tommy(mydomain.com)@msn.com' }),
  },
  'messenger-contact-request-pending': {
    fires: scenario(messenger('tommy@hotmail.com', { acceptsContactRequest: false })),
    quiet: scenario(messenger('tommy@hotmail.com', { acceptsContactRequest: true })),
  },
  'encryption-ends-at-partner-network': { fires: scenario(messenger()), quiet: scenario(messenger()) },
  'contact-not-partner-address': {
    fires: scenario(onPrem(), {}, { contact: 'anna@adatum.com' }),
    quiet: scenario(onPrem(), {}, { contact: 'Anna@LitwareInc.com' }),
  },
  'messenger-vanity-address-format': {
    fires: scenario(messenger('tommy@mydomain.com'), {}, { contact: 'Tommy@mydomain.com' }),
    quiet: scenario(messenger('tommy@mydomain.com'), {}, { contact: 'Tommy(mydomain.com)@msn.com' }),
  },
  'messenger-microsoft-address-wrapped': {
    fires: scenario(messenger('tommy@msn.com'), {}, { contact: 'tommy(msn.com)@msn.com' }),
    quiet: scenario(messenger('tommy@msn.com'), {}, { contact: 'tommy@msn.com' }),
  },
  'file-transfer-not-federated': { fires: scenario(online()), quiet: scenario(online()) },
  'modality-not-supported-with-partner': { fires: scenario(messenger()), quiet: scenario(onPrem({}, 'ocs-2007')) },
} satisfies Record<RuleId, { fires: ScenarioInput; quiet: ScenarioInput }>;

// Rules that fire whenever they are checked: their "quiet" case is the one where they do not apply.
const ALWAYS: Partial<Record<RuleId, ScenarioInput>> = {
  'encryption-ends-at-partner-network': scenario(online()),
  'file-transfer-not-federated': scenario(online(), {}, { modalities: ['im', 'presence'] }),
};

function statusOf(input: ScenarioInput, id: RuleId): TraceStatus {
  const r = evaluateInput(input);
  if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
  const step = r.evaluation.trace.find((t) => t.rule === id);
  if (!step) throw new Error(`no trace step for ${id}`);
  return step.status;
}

describe('RULES', () => {
  it('has a fires / does-not-fire case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s fires in its case and not in the other', (id, rule) => {
    const cases = CASES[id];
    expect(statusOf(cases.fires, id)).toBe(rule.kind === 'blocker' ? 'fail' : 'warn');
    const quiet = ALWAYS[id];
    if (quiet) expect(statusOf(quiet, id)).toBe('not-applicable');
    else expect(statusOf(cases.quiet, id)).toBe('pass');
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is well formed: source, condition, explanation, fix', (id, rule) => {
    expect(rule.id).toBe(id);
    expect(rule.condition.length).toBeGreaterThan(10);
    expect(rule.explanation).toMatch(/^[A-Z].*\.$/);
    expect(rule.explanation.split(/\.\s/).length).toBe(1); // one sentence
    if (rule.source.kind === 'seed') expect(rule.source.quote.length).toBeGreaterThan(10);
    else expect(rule.source.note.length).toBeGreaterThan(10);
    if (rule.kind === 'blocker') {
      const r = evaluateInput(CASES[id].fires);
      if (!r.ok) throw new Error(r.message);
      const fixes = r.evaluation.fixes.filter((f) => f.rule === id);
      expect(fixes.length).toBeGreaterThan(0);
      for (const f of fixes) expect(f.steps.length + f.commands.length).toBeGreaterThan(0);
    }
  });

  it('ids are unique and rules are in troubleshooting order', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    const order = RULES.map((r) => STAGES.indexOf(r.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('modality-not-supported-with-partner', () => {
  // Derived from the matrix, not from a list of its own: every modality a partner kind does not
  // support (file transfer aside, which has its own rule) is blocked by it, and no other.
  it.each(PLATFORMS.flatMap((platform) => MODALITIES.filter((m) => m !== 'file-transfer').map((m) => [platform, m] as const)))(
    '%s × %s follows the matrix',
    (platform, modality) => {
      const partner = platform === 'lync-online' ? online() : platform === 'windows-live-messenger' ? messenger() : onPrem({}, platform);
      const expected = MATRIX[platform][modality].supported ? 'pass' : 'fail';
      expect(statusOf(scenario(partner, {}, { modalities: [modality] }), 'modality-not-supported-with-partner')).toBe(expected);
    },
  );

  it('is checked for every modality the file-transfer rule does not cover', () => {
    const rule = ruleById('modality-not-supported-with-partner');
    const fileTransfer = ruleById('file-transfer-not-federated');
    expect([...(rule?.modalities ?? []), ...(fileTransfer?.modalities ?? [])].sort()).toEqual([...MODALITIES].sort());
  });
});

describe('ruleById', () => {
  it('finds a rule by id and answers undefined for an unknown one', () => {
    expect(ruleById('tenant-dns-not-verified')?.stage).toBe('dns');
    expect(ruleById('nope')).toBeUndefined();
  });
});
