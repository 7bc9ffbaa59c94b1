import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from '../../share/base64url.ts';
import { evaluate, parseScenario } from '../../rules/index.ts';
import { CATALOGUE } from './catalogue.ts';
import { playgroundLink, scenarioFor } from './playground-link.ts';

const rules = [...new Set(CATALOGUE.map((e) => e.rule).filter((r) => r !== null))];

describe('scenarioFor', () => {
  it.each(rules)('builds a scenario the rules accept for %s', (rule) => {
    const scenario = scenarioFor(rule, { tenantDomain: 'contoso.com', partnerDomain: 'fabrikam.com', partnerAddress: 'bob@fabrikam.com' });
    expect(scenario, `the ms-diagnostics catalogue points to ${rule}: give it a scenario in SCENARIOS, src/tools/trace/playground-link.ts`).not.toBeNull();
    const parsed = parseScenario(scenario);
    expect(parsed).toMatchObject({ ok: true });
    // Once the rules engine reports reasons, the scenario must show the finding's rule.
    if (parsed.ok) {
      const evaluation = evaluate(parsed.scenario);
      const reasons = evaluation.results.flatMap((r) => r.reasons);
      if (reasons.length > 0) expect(reasons).toContain(rule);
      // The rule itself, not only its reason code (two rules share partner-federation-disabled: the
      // link must open the partner kind the explainer names).
      expect(evaluation.trace.filter((t) => t.status === 'fail').map((t) => t.rule)).toContain(rule);
    }
  });
  it('uses the trace\'s Messenger address when it is one', () => {
    expect(scenarioFor('messenger-vanity-address-format', { partnerAddress: 'tommy(live-contoso.com)@msn.com' })).toMatchObject({ partner: { address: 'tommy@live-contoso.com' }, contact: 'tommy@live-contoso.com' });
    expect(scenarioFor('tenant-public-im-disabled', { partnerAddress: 'bob@fabrikam.com' })).toMatchObject({ partner: { address: 'tommy@hotmail.com' } });
  });
  it('keeps the two domains apart and falls back on invalid ones', () => {
    expect(scenarioFor('partner-dns-not-verified', { tenantDomain: 'fabrikam.com', partnerDomain: 'fabrikam.com' })).toMatchObject({ tenant: { domain: 'fabrikam.com' }, partner: { domain: 'contoso.com' } });
    expect(scenarioFor('partner-dns-not-verified', { tenantDomain: '10.0.0.1' })).toMatchObject({ tenant: { domain: 'contoso.com' } });
  });
  it('has nothing for a rule it does not model', () => {
    expect(scenarioFor('file-transfer-not-federated')).toBeNull();
  });
});

describe('playgroundLink', () => {
  it('is /playground/?scenario=<base64url JSON>', () => {
    const link = playgroundLink('same-sip-domain', { tenantDomain: 'contoso.com' }) ?? '';
    const decoded = decodeBase64Url(link.replace('/playground/?scenario=', ''));
    expect(decoded.ok && JSON.parse(decoded.text)).toMatchObject({ partner: { domain: 'contoso.com' } });
    expect(playgroundLink(null)).toBeNull();
  });
});
