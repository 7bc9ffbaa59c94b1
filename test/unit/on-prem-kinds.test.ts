/**
 * Every on-premises partner kind is handled by every Edge rule: the kinds are described once, in
 * PLATFORM_NAMES (src/rules/model.ts, `edge: 'lync-server' | 'ocs'`), and a rule that applies to all of
 * them (`platforms: ON_PREM` in src/rules/rules-partner.ts) must fire for each kind exactly as it does
 * for Lync Server 2010. A kind that some rule's check does not count as on-premises (a hand-written
 * list of kinds: the bug that made a new kind's verdict "works" with its Edge federation off) fails
 * here, naming the kind, the rule and the file.
 *
 * Likewise a Lync Server kind (hosting providers, PowerShell) must be treated as one everywhere, not
 * as OCS: the bug where places asked `platform === 'lync-server-2010'` and gave a new Lync Server kind
 * OCS's verdict (no hosting-provider route) and OCS's console steps. The behaviour is checked per
 * kind, and any source file that compares a platform with an on-premises kind's name is named.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateInput, isLyncServer, ON_PREM_PLATFORMS, PLATFORM_NAMES, PLATFORMS, SIPFED, type OnPremPlatform } from '../../src/rules/index.ts';
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
  it('every kind says its Edge, and the on-premises list is derived from it', () => {
    for (const kind of PLATFORMS) expect([null, 'lync-server', 'ocs'], `PLATFORM_NAMES['${kind}'].edge in src/rules/model.ts`).toContain(PLATFORM_NAMES[kind].edge);
    expect(ON_PREM_PLATFORMS).toEqual(PLATFORMS.filter((kind) => PLATFORM_NAMES[kind].edge !== null));
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
            `partner kind '${kind}' (edge: '${PLATFORM_NAMES[kind].edge}' in PLATFORM_NAMES, src/rules/model.ts): rule '${rule}' (src/rules/rules-partner.ts, for every on-premises kind) ` +
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

  describe.each(ON_PREM_PLATFORMS)('%s is treated as the Edge PLATFORM_NAMES says it has', (kind) => {
    const where = `partner kind '${kind}' (edge: '${PLATFORM_NAMES[kind].edge}' in PLATFORM_NAMES, src/rules/model.ts)`;
    const provider = { identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: true };

    it('a hosting provider is a route on a Lync Server Edge, and ignored with a warning on OCS', () => {
      const result = evaluateInput(scenario(onPrem({ allowedDomains: [], partnerDiscovery: true, hostingProviders: [provider] }, kind)));
      if (!result.ok) throw new Error(`${kind}: ${result.field} ${result.message}`);
      const failed = result.evaluation.trace.filter((step) => step.status === 'fail').map((step) => step.rule);
      if (isLyncServer(kind)) {
        expect(failed, `${where}: a Lync Server Edge routes through its hosting provider (src/rules/context.ts onPremFacts)`).not.toContain('partner-no-route-to-lync-online');
        expect(result.evaluation.results.find((r) => r.modality === 'im')?.verdict, where).toBe('works');
      } else {
        expect(failed, `${where}: OCS has no hosting providers`).toContain('partner-no-route-to-lync-online');
        expect(result.evaluation.warnings, where).toContain('ocs-has-no-hosting-providers');
      }
    });

    it('its fixes are PowerShell on a Lync Server Edge and console steps on OCS', () => {
      const result = evaluateInput(scenario(onPrem({ federationEnabled: false, userExternalAccess: false, allowedDomains: [] }, kind)));
      if (!result.ok) throw new Error(`${kind}: ${result.field} ${result.message}`);
      const partnerCommands = result.evaluation.fixes.filter((fix) => fix.actor === 'partner-admin').flatMap((fix) => fix.commands);
      expect(partnerCommands.length, where).toBeGreaterThan(2);
      const languages = new Set(partnerCommands.map((c) => c.language));
      expect([...languages], `${where}: the fixes in src/rules/rules-partner.ts (byPlatform, lyncServer)`).toEqual([isLyncServer(kind) ? 'powershell' : 'text']);
      // Each command says it runs on the partner's own kind (not on Lync Server 2010 for every Lync Server kind).
      for (const c of partnerCommands) expect(c.platform, `${where}: ${c.code.slice(0, 40)}`).toBe(kind);
    });
  });

  it('no source file asks for an on-premises kind by name where it means a Lync Server or an OCS Edge', () => {
    // Comparing a platform with one kind's name (`platform === 'lync-server-2010'`) silently gives a new
    // kind the other branch. Ask PLATFORM_NAMES instead (isOnPrem, isLyncServer, or `edge`), or keep a
    // Record over the kinds (OCS_CONSOLE in src/rules/commands.ts), which the type checker completes.
    const allowed = new Set<string>();
    const root = join(import.meta.dirname, '../..');
    const names = ON_PREM_PLATFORMS.map((k) => k.replace(/[-]/g, '\\-')).join('|');
    const compare = new RegExp(`[!=]==\\s*'(${names})'|'(${names})'\\s*[!=]==`);
    const problems: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx|astro|mts)$/.test(name) && !/\.test\.ts$/.test(name)) {
          const file = relative(root, path);
          if (allowed.has(file)) continue;
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            if (compare.test(line)) problems.push(`${file}:${i + 1}: compares a platform with an on-premises kind's name; use isLyncServer / isOnPrem (src/rules/model.ts): ${line.trim()}`);
          });
        }
      }
    };
    for (const dir of ['src', 'bench', 'scripts']) walk(join(root, dir));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
