import { describe, expect, it } from 'vitest';
import { evaluate, MATRIX, MODALITIES, ON_PREM_PLATFORMS, parseScenario } from '../../rules/index.ts';
import { placeholderScenarios } from '../../highlight/command-table.ts';
import { PLACEHOLDER } from '../../highlight/command-tokens.ts';
import { buildPlan, DEFAULT_STATE, planCommands, type CommandBuilderState, type CommandPlan } from './command-plan.ts';

function plan(patch: Partial<CommandBuilderState>): CommandPlan {
  const outcome = buildPlan({ ...DEFAULT_STATE, ...patch });
  if (!outcome.ok) throw new Error(`${outcome.field}: ${outcome.message}`);
  return outcome.plan;
}
const codes = (p: CommandPlan) => planCommands(p).map((c) => c.code);
/** Everything the matrix says this partner kind supports: once the Edge is set up, all of it works. */
const SUPPORTED = (p: CommandPlan) => MODALITIES.filter((m) => MATRIX[p.result.scenario.partner.platform][m].supported);
const works = (p: CommandPlan) => p.result.results.filter((r) => r.works).map((r) => r.modality);

describe('command builder plan', () => {
  it('direct federation: an allowed-domain entry for your domain with the Lync Online proxy FQDN, no hosting provider', () => {
    const p = plan({ domain: 'Fabrikam-Online.com', route: 'direct' });
    expect(p.steps.map((s) => s.id)).toEqual(['edge', 'route', 'policy', 'check']);
    const route = p.steps.find((s) => s.id === 'route')!;
    expect(route.commands[0]!.command.code).toBe("New-CsAllowedDomain -Identity 'fabrikam-online.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(route.commands[1]).toMatchObject({ alternative: true });
    expect(route.commands[1]!.command.code).toContain("Set-CsAllowedDomain -Identity 'fabrikam-online.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(codes(p).some((c) => c.startsWith('New-CsHostingProvider'))).toBe(false);
    expect(codes(p)).toContain('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True');
    expect(codes(p)).toContain('Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $True');
    expect(codes(p).at(-1)).toContain("Test-CsFederatedPartner -TargetFqdn $AccessEdge -Domain 'fabrikam-online.com'");
    expect(works(p)).toEqual(SUPPORTED(p));
    expect(p.result.warnings).toEqual([]);
  });

  it('hosting provider with partner discovery: New-CsHostingProvider, discovery at the Edge, and the all-Office 365 warning', () => {
    const p = plan({ route: 'hosting-provider', partnerDiscovery: true });
    // No Test-CsFederatedPartner step: it tests only a domain on the allowed-domain list, and this
    // plan puts none there.
    expect(p.steps.map((s) => s.id)).toEqual(['edge', 'route', 'policy']);
    expect(codes(p)[0]).toBe('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True -UseDnsSrvRouting -EnablePartnerDiscovery $True');
    expect(p.steps[1]!.commands.map((c) => c.command.code)).toEqual([
      "New-CsHostingProvider -Identity 'LyncOnline' -ProxyFqdn 'sipfed.online.lync.com' -Enabled $True -EnabledSharedAddressSpace $False -HostsOCSUsers $False -VerificationLevel UseSourceVerification -IsLocal $False",
    ]);
    expect(codes(p).some((c) => c.startsWith('New-CsAllowedDomain'))).toBe(false);
    expect(p.result.warnings).toContain('hosting-provider-opens-all-office365');
    expect(works(p)).toEqual(SUPPORTED(p));
  });

  it('hosting provider without partner discovery: the rules add the allowed-domain entry as a further step', () => {
    const p = plan({ route: 'hosting-provider', partnerDiscovery: false });
    expect(p.steps.map((s) => s.id)).toEqual(['edge', 'route', 'admit', 'policy', 'check']);
    // The hosting provider is the route: the permission is a plain entry, never a second pointer at
    // sipfed (harmless on Lync Server 2010, fatal to a Lync Server 2013 CU3 Edge).
    expect(p.steps[2]!.commands[0]!.command.code).toBe("New-CsAllowedDomain -Identity 'contoso.com'");
    expect(planCommands(p).some((c) => /New-CsAllowedDomain[^\n]*-ProxyFqdn|Set-CsAllowedDomain[^\n]*-ProxyFqdn/.test(c.code))).toBe(false);
    expect(p.steps[2]!.fixes.map((f) => f.rule)).toEqual(['partner-edge-tenant-domain-not-allowed']);
    expect(p.result.warnings).not.toContain('hosting-provider-opens-all-office365');
    expect(works(p)).toEqual(SUPPORTED(p));
  });

  it.each(['ocs-2007-r2', 'ocs-2007'] as const)('%s: Edge steps, the Allow-tab entry, and the user; no PowerShell', (platform) => {
    const p = plan({ platform, route: 'hosting-provider' });
    expect(p.route).toBe('direct');
    expect(p.steps.map((s) => s.id)).toEqual(['edge', 'route', 'policy']);
    expect(planCommands(p).every((c) => c.language === 'text')).toBe(true);
    expect(p.steps[1]!.commands[0]!.command.code).toContain('Federated partner domain name: contoso.com');
    expect(p.steps[1]!.commands[0]!.command.code).toContain('Federated partner Access Edge Server: sipfed.online.lync.com');
    expect(works(p)).toEqual(SUPPORTED(p));
  });

  it('OCS 2007 audio and video carry the uncertainty from the rules', () => {
    const p = plan({ platform: 'ocs-2007' });
    // The cells the matrix marks uncertain (audio and video today), read from it so a new modality does not break this.
    const uncertain = MODALITIES.filter((m) => MATRIX['ocs-2007'][m].certainty === 'uncertain');
    expect(uncertain).toEqual(expect.arrayContaining(['audio', 'video']));
    expect(p.result.results.filter((r) => r.certainty === 'uncertain').map((r) => r.modality)).toEqual(uncertain);
  });

  it('rejects a malformed domain with the schema’s field and message', () => {
    const outcome = buildPlan({ ...DEFAULT_STATE, domain: 'contoso..com' });
    expect(outcome).toMatchObject({ ok: false, field: 'tenant.domain' });
    expect(buildPlan({ ...DEFAULT_STATE, domain: '' })).toMatchObject({ ok: false, field: 'tenant.domain' });
  });

  it('every PowerShell command it shows has a build-time highlighted template', () => {
    const templates = new Set<string>();
    for (const input of placeholderScenarios()) {
      const parsed = parseScenario(input);
      if (!parsed.ok) throw new Error(parsed.message);
      for (const fix of evaluate(parsed.scenario).fixes) for (const c of fix.commands) if (c.language === 'powershell') templates.add(c.code);
    }
    for (const platform of ON_PREM_PLATFORMS) {
      for (const route of ['direct', 'hosting-provider'] as const) {
        for (const partnerDiscovery of [true, false]) {
          const p = plan({ domain: PLACEHOLDER.tenant, platform, route, partnerDiscovery });
          for (const c of planCommands(p)) if (c.language === 'powershell') expect(templates, c.code).toContain(c.code);
        }
      }
    }
  });
});
