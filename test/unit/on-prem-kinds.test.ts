/**
 * Every on-premises partner kind is handled by every Edge rule: the kinds are described once, in
 * PLATFORM_NAMES (src/rules/model.ts, `onPremises: true`), and a rule that applies to all of them
 * (`platforms: ON_PREM` in src/rules/rules-partner.ts) must fire for each kind exactly as it does
 * for Lync Server 2010. A kind that some rule's check does not count as on-premises (a hand-written
 * list of kinds: the bug that made a new kind's verdict "works" with its Edge federation off) fails
 * here, naming the kind, the rule and the file.
 */
import { describe, expect, it } from 'vitest';
import { evaluateInput, ON_PREM_PLATFORMS, PLATFORM_NAMES, PLATFORMS, type OnPremPlatform } from '../../src/rules/index.ts';
import { RULES } from '../../src/rules/rules.ts';
import { onPrem, scenario } from './fixtures.ts';

/**
 * Edge settings that each break (or warn about) something on the partner's side, the same for every
 * on-premises kind (not hosting providers: OCS has none, so a route through one differs by kind).
 */
const PATCHES: Record<string, Parameters<typeof onPrem>[0]> = {
  'Edge federation off': { federationEnabled: false },
  'user not enabled by policy': { userExternalAccess: false },
  'your domain blocked': { blockedDomains: ['contoso.com'] },
  'no allowed-domain entry and no discovery': { allowedDomains: [] },
  'allowed entry without a proxy FQDN': { allowedDomains: [{ domain: 'contoso.com', proxyFqdn: null }] },
  'partner discovery only': { allowedDomains: [], partnerDiscovery: true },
};

/** The rules that apply to every on-premises kind. */
const EDGE_RULES = RULES.filter((rule) => ON_PREM_PLATFORMS.every((kind) => rule.platforms.includes(kind))).map((rule) => rule.id);

function fired(kind: OnPremPlatform, patch: Parameters<typeof onPrem>[0]): Set<string> {
  const result = evaluateInput(scenario(onPrem(patch, kind)));
  if (!result.ok) throw new Error(`${kind}: ${result.field} ${result.message}`);
  return new Set(result.evaluation.trace.filter((step) => step.status === 'fail').map((step) => step.rule));
}

describe('on-premises partner kinds, from the one description in PLATFORM_NAMES', () => {
  it('every kind is classified on premises or not, and the on-premises list is derived from it', () => {
    for (const kind of PLATFORMS) expect(typeof PLATFORM_NAMES[kind].onPremises, `PLATFORM_NAMES['${kind}'].onPremises in src/rules/model.ts`).toBe('boolean');
    expect(ON_PREM_PLATFORMS).toEqual(PLATFORMS.filter((kind) => PLATFORM_NAMES[kind].onPremises));
    expect(EDGE_RULES.length, 'rules with platforms: ON_PREM in src/rules/rules-partner.ts').toBeGreaterThan(3);
  });

  it.each(Object.entries(PATCHES))('with %s, every Edge rule fires for each on-premises kind as for Lync Server 2010', (_name, patch) => {
    const reference = fired('lync-server-2010', patch);
    const problems: string[] = [];
    for (const kind of ON_PREM_PLATFORMS) {
      const got = fired(kind, patch);
      for (const rule of EDGE_RULES) {
        if (reference.has(rule) !== got.has(rule)) {
          problems.push(
            `partner kind '${kind}' (onPremises: true in PLATFORM_NAMES, src/rules/model.ts): rule '${rule}' (src/rules/rules-partner.ts, for every on-premises kind) ` +
              `${reference.has(rule) ? 'fires' : 'stays quiet'} for lync-server-2010 but ${got.has(rule) ? 'fires' : 'stays quiet'} for '${kind}': its check does not treat '${kind}' as on premises`,
          );
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the patches reach the Edge rules (the test can fail)', () => {
    const all = new Set(Object.values(PATCHES).flatMap((patch) => [...fired('lync-server-2010', patch)]));
    for (const rule of ['partner-edge-federation-disabled', 'partner-policy-user-not-enabled', 'partner-edge-blocks-tenant-domain']) expect(all, rule).toContain(rule);
  });
});
