import { describe, expect, it } from 'vitest';
import { messenger, online, onPrem, scenario, SIPFED } from '../../test/unit/fixtures.ts';
import { decide, evaluate, evaluateInput } from './evaluate.ts';
import type { Evaluation, ScenarioInput } from './model.ts';
import { parseScenario } from './schema.ts';

const run = (input: ScenarioInput): Evaluation => {
  const r = evaluateInput(input);
  if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
  return r.evaluation;
};

describe('decide', () => {
  it('follows its truth table', () => {
    expect(decide([])).toEqual({ works: true, verdict: 'works' });
    expect(decide(['file-transfer-not-federated'])).toEqual({ works: false, verdict: 'not-supported' });
    expect(decide(['modality-not-supported-with-partner'])).toEqual({ works: false, verdict: 'not-supported' });
    expect(decide(['tenant-user-not-enabled', 'file-transfer-not-federated'])).toEqual({ works: false, verdict: 'blocked' });
  });
});

describe('evaluate', () => {
  it('answers per modality in the order asked, with verdicts', () => {
    const e = run(scenario(messenger(), {}, { modalities: ['video', 'im', 'file-transfer'] }));
    expect(e.results.map((r) => [r.modality, r.works, r.verdict])).toEqual([
      ['video', false, 'not-supported'],
      ['im', true, 'works'],
      ['file-transfer', false, 'not-supported'],
    ]);
  });

  it('carries the uncertainty of OCS 2007 audio and video', () => {
    const e = run(scenario(onPrem({}, 'ocs-2007')));
    const audio = e.results.find((r) => r.modality === 'audio');
    expect(audio).toMatchObject({ works: true, certainty: 'uncertain' });
    expect(audio?.uncertainty).toMatch(/uncertain/);
    expect(e.results.find((r) => r.modality === 'im')?.certainty).toBeUndefined();
  });

  it('traces every rule in troubleshooting order, marking the ones that do not apply', () => {
    const e = run(scenario(online(), { dnsVerified: false }));
    expect(e.trace[0]).toEqual({ rule: 'tenant-dns-not-verified', stage: 'dns', status: 'fail' });
    expect(e.trace.find((t) => t.rule === 'tenant-public-im-disabled')?.status).toBe('not-applicable');
    expect(e.trace.find((t) => t.rule === 'file-transfer-not-federated')).toEqual({ rule: 'file-transfer-not-federated', stage: 'modality', status: 'fail', modalities: ['file-transfer'] });
  });

  it('generates fixes with the scenario\'s real domains', () => {
    const e = run(scenario(onPrem({ domain: 'litwareinc.com', allowedDomains: [], blockedDomains: ['contoso.com'], federationEnabled: false, userExternalAccess: false })));
    const code = e.fixes.flatMap((f) => f.commands.map((c) => c.code)).join('\n');
    expect(code).toContain("Remove-CsBlockedDomain -Identity 'contoso.com'");
    expect(code).toContain("New-CsAllowedDomain -Identity 'contoso.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(code).toContain('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True');
    expect(code).toContain('Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $True');
    expect(e.fixes.every((f) => f.actor === 'partner-admin' || f.actor === 'you')).toBe(true);
  });

  it('fixes a wrong hosting-provider FQDN by remove and recreate, a disabled one by enabling it', () => {
    const wrong = run(scenario(onPrem({ partnerDiscovery: true, allowedDomains: [], hostingProviders: [{ identity: 'Lync Online', proxyFqdn: 'sip.example.com', enabled: true }] })));
    expect(wrong.fixes.flatMap((f) => f.commands).map((c) => c.code).join('\n')).toContain("Remove-CsHostingProvider -Identity 'Lync Online'");
    const off = run(scenario(onPrem({ partnerDiscovery: true, allowedDomains: [], hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: false }] })));
    expect(off.fixes[0]?.commands[0]?.code).toBe("Set-CsHostingProvider -Identity 'LyncOnline' -Enabled $True");
  });

  it('gives OCS partners Edge steps, not PowerShell', () => {
    const e = run(scenario(onPrem({ allowedDomains: [] }, 'ocs-2007-r2')));
    const cmds = e.fixes.flatMap((f) => f.commands);
    expect(cmds.length).toBeGreaterThan(0);
    expect(cmds.every((c) => c.language === 'text')).toBe(true);
    expect(cmds[0]?.code).toContain('Allow tab');
  });

  it('tells the user the vanity address to type', () => {
    const e = run(scenario(messenger('tommy.clarke@mydomain.com'), {}, { contact: 'tommy.clarke@mydomain.com' }));
    const fix = e.fixes.find((f) => f.rule === 'messenger-vanity-address-format');
    expect(fix?.actor).toBe('you');
    expect(fix?.title).toContain('tommy.clarke(mydomain.com)@msn.com');
  });

  it('is deterministic and echoes the normalised scenario', () => {
    const parsed = parseScenario(scenario(online({ domain: 'FABRIKAM.com.' })));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(evaluate(parsed.scenario)).toEqual(evaluate(parsed.scenario));
    expect(evaluate(parsed.scenario).scenario.partner).toMatchObject({ domain: 'fabrikam.com' });
  });
});

describe('evaluateInput', () => {
  it('returns the field and message for bad input, never throws', () => {
    expect(evaluateInput({})).toEqual({ ok: false, field: 'tenant', message: 'is missing' });
    expect(evaluateInput(undefined)).toMatchObject({ ok: false, field: 'scenario' });
  });
});
