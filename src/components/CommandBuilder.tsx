import { useComputed, useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { isLyncServer, ON_PREM_PLATFORMS, type OnPremPlatform } from '../rules/index.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { buildPlan, DEFAULT_STATE, PLATFORM_OPTIONS, ROUTE_OPTIONS, type CommandBuilderState, type PlanStep, type Route } from './command-builder/command-plan.ts';
import { RouteNotes } from './command-builder/RouteNotes.tsx';
import commandTokens from 'virtual:lf/command-tokens';
import { createHighlighter, type CommandHighlighter } from '../highlight/command-tokens.ts';
import { CheckField, ChoiceField, TextField } from './playground/fields.tsx';
import { MODALITY_LABEL, VERDICT_LABEL } from '../share/labels.ts';
import { ruleForCode } from './playground/rule-lookup.ts';
import { Verdicts } from './playground/Verdicts.tsx';
import { Announcer } from './widgets/Announcer.tsx';
import { errorAt, readableField, sentence } from '../share/field-error.ts';
import { PLATFORM_PARAM } from '../share/param-values.ts';
import type { WidgetSpec } from '../share/widget-params.ts';
import { useWidgetPermalink } from './widgets/useWidgetPermalink.ts';
import { WidgetLinkBar } from './widgets/WidgetLinkBar.tsx';

export interface Props {
  /** Your Lync Online domain. */
  domain?: string | undefined;
  platform?: OnPremPlatform | undefined;
  route?: Route | undefined;
  partnerDiscovery?: boolean | undefined;
}

const PLATFORMS = new Set<string>(PLATFORM_OPTIONS.map((o) => o.value));
const ROUTES = new Set<string>(ROUTE_OPTIONS.map((o) => o.value));

function initialState({ domain, platform, route, partnerDiscovery }: Props): CommandBuilderState {
  return {
    domain: typeof domain === 'string' ? domain : DEFAULT_STATE.domain,
    platform: typeof platform === 'string' && PLATFORMS.has(platform) ? platform : DEFAULT_STATE.platform,
    route: typeof route === 'string' && ROUTES.has(route) ? route : DEFAULT_STATE.route,
    partnerDiscovery: typeof partnerDiscovery === 'boolean' ? partnerDiscovery : DEFAULT_STATE.partnerDiscovery,
  };
}

function stepTitle(step: PlanStep, state: CommandBuilderState, domain: string): string {
  const lync = isLyncServer(state.platform);
  switch (step.id) {
    case 'edge':
      return 'Allow federation at the Edge';
    case 'route':
      if (!lync) return `Add ${domain} on the Edge Server's Allow tab`;
      return state.route === 'hosting-provider' ? 'Add Lync Online as a hosting provider' : `Add ${domain} as an allowed domain (direct federation)`;
    case 'admit':
      return `Admit ${domain}: partner discovery is off`;
    case 'policy':
      return 'Let users talk to federated contacts';
    case 'check':
      return 'Check the path to Lync Online';
  }
}

function Step({ step, state, domain, highlight }: { step: PlanStep; state: CommandBuilderState; domain: string; highlight: CommandHighlighter | undefined }) {
  return (
    <li class="lf-step" data-step={step.id}>
      <p class="lf-fix-title">{stepTitle(step, state, domain)}</p>
      {step.id !== 'check' && step.fixes.length > 0 ? <p class="lf-hint">{step.fixes.map((fix) => fix.title).join('. ')}.</p> : null}
      {step.commands.map(({ command, evaluation, alternative }, i) => (
        <CommandBlock
          key={i}
          code={command.code}
          lines={command.language === 'powershell' ? highlight?.(command.code, evaluation) : undefined}
          title={alternative ? 'Or in two steps, as the article does' : undefined}
        />
      ))}
    </li>
  );
}

/** The widget's permalink parameters (cmd.route=hosting-provider&cmd.domain=…). */
const PERMALINK: WidgetSpec<CommandBuilderState> = {
  prefix: 'cmd',
  version: 1,
  fields: {
    domain: { kind: 'text' },
    // Each on-premises kind by its permalink word (PLATFORM_NAMES' `param`), as the playground's links.
    platform: { kind: 'choice', values: Object.fromEntries(ON_PREM_PLATFORMS.map((p) => [p, PLATFORM_PARAM[p]])) as Record<OnPremPlatform, string> },
    route: { kind: 'choice', values: { 'hosting-provider': 'hosting-provider', direct: 'direct' } },
    partnerDiscovery: { kind: 'switch' },
  },
};

/**
 * For the on-premises partner's admin: the Lync Server 2010 commands (or the OCS Edge steps) that
 * federate with your Lync Online domain, by the route chosen, as the rules generate them; and
 * what works once they are done.
 */
/** Colours for every command the rules can generate, made at build time. */
const highlight = createHighlighter(commandTokens);

export function CommandBuilder(props: Props) {
  const id = useId();
  const state = useSignal<CommandBuilderState>(initialState(props));
  const linkProblems = useWidgetPermalink(state, PERMALINK, DEFAULT_STATE);
  const outcome = useComputed(() => buildPlan(state.value));
  const set = (patch: Partial<CommandBuilderState>) => (state.value = { ...state.value, ...patch });

  const summary = useComputed(() => {
    const o = outcome.value;
    if (!o.ok) return `No commands: ${readableField(o.field)}: ${o.message}`;
    const results = o.plan.result.results.map((r) => `${MODALITY_LABEL[r.modality]}: ${VERDICT_LABEL[r.verdict]}`).join(', ');
    return `${o.plan.steps.length} steps for ${o.plan.result.scenario.tenant.domain}. Once done: ${results}.`;
  });

  const s = state.value;
  const current = outcome.value;
  const lync = isLyncServer(s.platform);
  const domain = current.ok ? current.plan.result.scenario.tenant.domain : s.domain;

  return (
    <div class="lf-widget lf-focused not-content" data-widget="command-builder">
      <WidgetLinkBar problems={linkProblems.value} path="/configure/partner-commands/" />
      <div class="lf-focused-controls" role="group" aria-label="Command builder settings">
        <fieldset class="lf-group">
          <legend>Your Lync Online tenant</legend>
          <TextField
            id={`${id}-domain`}
            label="Your Lync Online domain"
            value={s.domain}
            onInput={(value) => set({ domain: value })}
            hint="If the partner keeps a list (direct federation, or no partner discovery), each domain your users sign in with needs its own entry (the onmicrosoft.com one only if some users sign in with it)."
            error={errorAt(current.ok ? null : current, 'tenant.domain')}
          />
        </fieldset>
        <fieldset class="lf-group">
          <legend>The partner's servers</legend>
          <ChoiceField<OnPremPlatform> name={`${id}-platform`} legend="Their platform" value={s.platform} options={PLATFORM_OPTIONS} onChange={(platform) => set({ platform })} />
          {lync ? <ChoiceField<Route> name={`${id}-route`} legend="Route to Lync Online" value={s.route} options={ROUTE_OPTIONS} onChange={(route) => set({ route })} /> : null}
          <CheckField
            label="Open federation: partner discovery is on at their Edge"
            checked={s.partnerDiscovery}
            onChange={(partnerDiscovery) => set({ partnerDiscovery })}
          />
        </fieldset>
        <RouteNotes platform={s.platform} route={s.route} />
      </div>
      <section class="lf-result" aria-labelledby={`${id}-steps`} data-testid="cb-result">
        <h3 id={`${id}-steps`} class="lf-focused-heading">
          What the partner's admin runs
        </h3>
        <Announcer summary={summary} />
        {current.ok ? (
          <>
            <ol class="lf-steps" data-testid="cb-steps" data-route={current.plan.route}>
              {current.plan.steps.map((step) => (
                <Step key={step.id} step={step} state={s} domain={domain} highlight={highlight} />
              ))}
            </ol>
            {lync ? (
              <p class="lf-hint">
                <code>$AccessEdge</code> stands for the partner's own Access Edge Server FQDN.
              </p>
            ) : null}
            <h3 class="lf-focused-heading">With these steps done</h3>
            <Verdicts evaluation={current.plan.result} />
            {current.plan.result.warnings.length > 0 ? (
              <ul class="lf-warnings-list" data-testid="cb-warnings">
                {current.plan.result.warnings.map((code) => (
                  <li key={code} data-warning={code}>
                    {ruleForCode(current.plan.result, code)?.explanation ?? code}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <div class="lf-error" data-testid="cb-error" data-field={current.field}>
            <p>
              <strong>No commands yet.</strong> {readableField(current.field)}: {sentence(current.message)}
            </p>
          </div>
        )}
      </section>
    </div>
  );
}

export default CommandBuilder;
