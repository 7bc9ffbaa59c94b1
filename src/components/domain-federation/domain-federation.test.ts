import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, evaluateDomainFederation, type DomainFederationState } from './domain-federation.ts';

const run = (patch: Partial<DomainFederationState>) => evaluateDomainFederation({ ...DEFAULT_STATE, ...patch });
const view = (patch: Partial<DomainFederationState>) => {
  const outcome = run(patch);
  if (!outcome.ok) throw new Error(`${outcome.field}: ${outcome.message}`);
  return outcome.view;
};

describe('Domain Federation tab model', () => {
  it('lets a willing partner through by default, with nothing to fix', () => {
    const v = view({});
    expect(v.yourReasons).toEqual([]);
    expect(v.otherReasons).toEqual([]);
    expect(v.fixes).toEqual([]);
  });

  it('blocks a listed domain in allow-all-except-blocked mode, and says how to remove it', () => {
    const v = view({ domains: ['Fabrikam.com.'] });
    expect(v.yourReasons).toEqual(['tenant-blocks-partner-domain']);
    expect(v.fixes.map((fix) => fix.rule)).toEqual(['tenant-blocks-partner-domain']);
    expect(v.fixes[0]!.commands[0]!.code).toContain('Remove domain');
  });

  it('admits only listed domains in block-all-except-allowed mode', () => {
    expect(view({ mode: 'block-all-except-allowed' }).yourReasons).toEqual(['tenant-partner-domain-not-allowed']);
    expect(view({ mode: 'block-all-except-allowed', domains: ['fabrikam.com'] }).yourReasons).toEqual([]);
  });

  it('blocks everyone when federation is disabled', () => {
    const v = view({ mode: 'disabled', domains: [] });
    expect(v.yourReasons).toEqual(['tenant-federation-disabled']);
    expect(v.fixes[0]!.actor).toBe('your-admin');
  });

  it('keeps the file-transfer limit out of your side and reports other blockers separately', () => {
    const v = view({ partnerDomain: 'contoso.com' });
    expect(v.yourReasons).toEqual([]);
    expect(v.otherReasons).toContain('same-sip-domain');
    expect(v.otherReasons).not.toContain('file-transfer-not-federated');
  });

  it('names the field at fault for malformed input instead of throwing', () => {
    expect(run({ domain: 'contoso' })).toMatchObject({ ok: false, field: 'tenant.domain' });
    expect(run({ partnerDomain: 'fabrikam com' })).toMatchObject({ ok: false, field: 'partner.domain' });
    const bad = run({ domains: ['ok.com', 'not a domain'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.field).toMatch(/^tenant\.federation\.domains/);
  });
});
