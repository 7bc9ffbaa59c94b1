/**
 * The command builder's model. For the admin of an on-premises partner (Lync Server 2010, OCS 2007
 * R2 or OCS 2007) who wants to federate with your Lync Online domain, it asks the rules, and only
 * the rules, what that admin must run:
 *
 * 1. A partner that is not yet configured for you at all (federation off at the Edge, the user's
 *    policy off, no route, no entry) is evaluated: its partner-admin fixes carry every command.
 * 2. The Edge, the route the reader chose and the policy are applied, and the result is evaluated
 *    again: whatever partner-admin fix remains (an allowed-domain entry when a hosting provider is
 *    used without partner discovery) becomes the next step.
 * 3. Everything is applied and evaluated once more: that is the result the reader gets, with its
 *    warnings (a hosting provider with partner discovery opens every Office 365 domain).
 */
import { evaluateInput, isLyncServer, MODALITIES, ON_PREM_PLATFORMS, PLATFORM_NAMES } from '../../rules/index.ts';
import type { Command, Evaluation, Fix, OnPremPlatform, RuleId, ScenarioInput } from '../../rules/index.ts';

export type Route = 'hosting-provider' | 'direct';

export interface CommandBuilderState {
  /** Your Lync Online domain. */
  domain: string;
  platform: OnPremPlatform;
  /** A Lync Server Edge only (OCS has one route): how their Edge reaches sipfed.online.lync.com. */
  route: Route;
  /** Open federation: their Edge discovers partners through DNS SRV records. */
  partnerDiscovery: boolean;
}

export const DEFAULT_STATE: CommandBuilderState = {
  domain: 'contoso.com',
  platform: 'lync-server-2010',
  route: 'direct',
  partnerDiscovery: false,
};

/** The partner's own SIP domain (the article's on-premises example). */
export const PARTNER_DOMAIN = 'litwareinc.com';
export const SIPFED = 'sipfed.online.lync.com';
/** The hosting provider's name in the rules' command (New-CsHostingProvider -Identity LyncOnline). */
export const HOSTING_PROVIDER_IDENTITY = 'LyncOnline';

export const ROUTE_OPTIONS: ReadonlyArray<{ value: Route; label: string }> = [
  { value: 'direct', label: 'Direct federation (an allowed-domain entry for your domain)' },
  { value: 'hosting-provider', label: 'Hosting provider (Lync Online as a hosting provider)' },
];

/** Every on-premises kind, by its short name (PLATFORM_NAMES in src/rules/model.ts). */
export const PLATFORM_OPTIONS: ReadonlyArray<{ value: OnPremPlatform; label: string }> = ON_PREM_PLATFORMS.map((value) => ({ value, label: PLATFORM_NAMES[value].short }));

type Configuration = { edge: boolean; policy: boolean; route: Route | null; allowedEntry: boolean };

/** The scenario for a partner configured as far as `config` says. */
export function partnerScenario(state: CommandBuilderState, config: Configuration, modalities = [...MODALITIES]): ScenarioInput {
  const route = isLyncServer(state.platform) ? config.route : config.route && 'direct';
  const allowed = route === 'direct' || config.allowedEntry;
  return {
    tenant: {
      domain: state.domain,
      dnsVerified: true,
      federation: { mode: 'allow-all-except-blocked', domains: [] },
      publicIm: 'disabled',
      userExternalAccess: true,
    },
    partner: {
      platform: state.platform,
      domain: PARTNER_DOMAIN,
      federationEnabled: config.edge,
      partnerDiscovery: state.partnerDiscovery,
      hostingProviders: route === 'hosting-provider' ? [{ identity: HOSTING_PROVIDER_IDENTITY, proxyFqdn: SIPFED, enabled: true }] : [],
      allowedDomains: allowed ? [{ domain: state.domain, proxyFqdn: SIPFED }] : [],
      blockedDomains: [],
      userExternalAccess: config.policy,
    },
    modalities,
  };
}

export type StepId = 'edge' | 'route' | 'admit' | 'policy' | 'check';

export interface PlannedCommand {
  command: Command;
  /** The evaluation that generated it (for the build-time highlighting's placeholders). */
  evaluation: Evaluation;
  /** An alternative to the step's first command (the seed's two-step form). */
  alternative: boolean;
}

export interface PlanStep {
  id: StepId;
  /** The rules' fixes the step comes from. */
  fixes: Fix[];
  commands: PlannedCommand[];
}

export interface CommandPlan {
  steps: PlanStep[];
  /** The partner with every step applied, evaluated: what the reader will get. */
  result: Evaluation;
  /** The route actually used (OCS has only the Allow-tab entry, which is direct federation). */
  route: Route;
}

export type PlanOutcome = { ok: true; plan: CommandPlan } | { ok: false; field: string; message: string };

const isPowerShell = (command: Command, cmdlet: string) => command.language === 'powershell' && command.code.startsWith(cmdlet);

function fixesFor(evaluation: Evaluation, rule: RuleId): Fix[] {
  return evaluation.fixes.filter((fix) => fix.actor === 'partner-admin' && fix.rule === rule);
}

function step(id: StepId, evaluation: Evaluation, fixes: Fix[], keep: (command: Command) => boolean = () => true): PlanStep {
  const commands: PlannedCommand[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    for (const command of fix.commands) {
      if (!keep(command) || seen.has(command.code)) continue;
      seen.add(command.code);
      commands.push({ command, evaluation, alternative: commands.length > 0 });
    }
  }
  return { id, fixes, commands };
}

export function buildPlan(state: CommandBuilderState): PlanOutcome {
  const lync = isLyncServer(state.platform);
  const route: Route = lync ? state.route : 'direct';

  const bare = evaluateInput(partnerScenario(state, { edge: false, policy: false, route: null, allowedEntry: false }, ['im']));
  if (!bare.ok) return bare;
  const e0 = bare.evaluation;
  const routeFixes = fixesFor(e0, 'partner-no-route-to-lync-online');

  const edge = step('edge', e0, fixesFor(e0, 'partner-edge-federation-disabled'));
  const routeStep = lync
    ? route === 'hosting-provider'
      ? step('route', e0, routeFixes, (c) => isPowerShell(c, 'New-CsHostingProvider'))
      : step('route', e0, [...routeFixes, ...fixesFor(e0, 'partner-edge-tenant-domain-not-allowed')], (c) => isPowerShell(c, 'New-CsAllowedDomain'))
    : step('route', e0, routeFixes);
  const policy = step('policy', e0, fixesFor(e0, 'partner-policy-user-not-enabled'));

  // With the Edge, the route and the policy in place, what do the rules still ask of the partner?
  const routed = evaluateInput(partnerScenario(state, { edge: true, policy: true, route, allowedEntry: false }, ['im']));
  if (!routed.ok) return routed;
  const remaining = routed.evaluation.fixes.filter((fix) => fix.actor === 'partner-admin');
  const admit = step('admit', routed.evaluation, remaining);
  // Test-CsFederatedPartner tests only a domain on the allowed-domain list (its cmdlet page): offer it
  // only when the plan puts your domain there (direct federation, or the admit step).
  const listed = route === 'direct' || admit.commands.length > 0;
  const check = step('check', e0, listed ? routeFixes : [], (c) => isPowerShell(c, 'Test-CsFederatedPartner'));

  const done = evaluateInput(partnerScenario(state, { edge: true, policy: true, route, allowedEntry: admit.commands.length > 0 }));
  if (!done.ok) return done;

  const steps = [edge, routeStep, admit, policy, check].filter((s) => s.commands.length > 0);
  return { ok: true, plan: { steps, result: done.evaluation, route } };
}

/** Every command of a plan, in order (for tests and the build-time token check). */
export function planCommands(plan: CommandPlan): Command[] {
  return plan.steps.flatMap((s) => s.commands.map((c) => c.command));
}
