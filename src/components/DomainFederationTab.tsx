import { useComputed, useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import type { FederationMode } from '../rules/index.ts';
import { FixItem } from './playground/FixItem.tsx';
import { DEFAULT_STATE, evaluateDomainFederation, type DomainFederationState } from './domain-federation/domain-federation.ts';
import { ChoiceField, DomainList, TextField } from './playground/fields.tsx';
import { FEDERATION_MODE_OPTIONS, listLegend } from '../share/playground-fields.ts';
import { ruleForCode } from './playground/rule-lookup.ts';
import { Announcer } from './widgets/Announcer.tsx';
import { entryAt, errorAt, readableField, sentence } from '../share/field-error.ts';
import { MODE_PARAM } from '../share/param-values.ts';
import type { WidgetSpec } from '../share/widget-params.ts';
import { useWidgetPermalink } from './widgets/useWidgetPermalink.ts';
import { WidgetLinkBar } from './widgets/WidgetLinkBar.tsx';
import { ReportVerdict } from './widgets/ReportVerdict.tsx';
import { evaluationReport } from '../share/evaluation-report.ts';
import { siteLink } from '../share/site-link.ts';

export interface Props {
  /** Your Lync Online domain. */
  domain?: string | undefined;
  /** The Domain Federation tab's setting. */
  mode?: FederationMode | undefined;
  /** The block list or the allow list, as the mode says. */
  domains?: string[] | undefined;
  /** The partner's domain to test against your settings. */
  partnerDomain?: string | undefined;
}

const MODES = new Set<string>(FEDERATION_MODE_OPTIONS.map((option) => option.value));

function initialState({ domain, mode, domains, partnerDomain }: Props): DomainFederationState {
  return {
    domain: typeof domain === 'string' ? domain : DEFAULT_STATE.domain,
    mode: typeof mode === 'string' && MODES.has(mode) ? mode : DEFAULT_STATE.mode,
    domains: Array.isArray(domains) ? domains.filter((d): d is string => typeof d === 'string') : [...DEFAULT_STATE.domains],
    partnerDomain: typeof partnerDomain === 'string' ? partnerDomain : DEFAULT_STATE.partnerDomain,
  };
}

/** The widget's permalink parameters (fed.mode=allowlist&fed.domains=…). */
const PERMALINK: WidgetSpec<DomainFederationState> = {
  prefix: 'fed',
  version: 1,
  fields: {
    domain: { kind: 'text' },
    mode: { kind: 'choice', values: MODE_PARAM },
    domains: { kind: 'list' },
    partnerDomain: { kind: 'text' },
  },
};

/**
 * The Lync Online Domain Federation tab, to try out: your domain, the tab's mode and list, and a
 * partner domain. The partner is a Lync Online tenant set up to accept you, so the answer is about
 * your side alone: the rules' tenant-* reasons, and the control-panel steps their fixes give.
 */
export function DomainFederationTab(props: Props) {
  const id = useId();
  const state = useSignal<DomainFederationState>(initialState(props));
  const linkProblems = useWidgetPermalink(state, PERMALINK, DEFAULT_STATE);
  const outcome = useComputed(() => evaluateDomainFederation(state.value));
  const summary = useComputed(() => {
    const o = outcome.value;
    if (!o.ok) return `Cannot evaluate: ${readableField(o.field)}: ${o.message}`;
    const { view } = o;
    return view.yourReasons.length === 0
      ? `Your side lets ${view.partnerDomain} through.`
      : `Your side stops ${view.partnerDomain}: ${view.yourReasons.map((code) => ruleForCode(view.evaluation, code)?.explanation ?? code).join(' ')}`;
  });

  const set = (patch: Partial<DomainFederationState>) => (state.value = { ...state.value, ...patch });
  const current = outcome.value;
  const problem = current.ok ? null : current;
  const listEntry = entryAt(problem, 'tenant.federation.domains');
  const listError = errorAt(problem, 'tenant.federation.domains');
  const s = state.value;

  return (
    <div class="lf-widget lf-focused not-content" data-widget="domain-federation-tab">
      <WidgetLinkBar problems={linkProblems.value} path="/configure/domain-federation/" />
      <div class="lf-focused-controls" role="group" aria-label="Domain Federation tab settings">
        <fieldset class="lf-group">
          <legend>Your Lync Online tenant</legend>
          <TextField
            id={`${id}-domain`}
            label="Your domain"
            value={s.domain}
            onInput={(domain) => set({ domain })}
            error={errorAt(problem, 'tenant.domain')}
          />
          <ChoiceField<FederationMode>
            name={`${id}-mode`}
            legend="Domain federation setting for all users"
            value={s.mode}
            options={FEDERATION_MODE_OPTIONS}
            onChange={(mode) => set({ mode })}
          />
          <DomainList
            id={`${id}-list`}
            legend={listLegend(s.mode)}
            itemLabel={s.mode === 'block-all-except-allowed' ? 'Allowed domain' : 'Blocked domain'}
            items={s.domains}
            onChange={(domains) => set({ domains })}
            hint={s.mode === 'disabled' ? 'With federation disabled, no domain list is used.' : undefined}
            error={listError ? `Entry ${(listEntry ?? 0) + 1}: ${listError}` : undefined}
          />
        </fieldset>
        <fieldset class="lf-group">
          <legend>Partner to test</legend>
          <TextField
            id={`${id}-partner`}
            label="Partner domain"
            value={s.partnerDomain}
            onInput={(partnerDomain) => set({ partnerDomain })}
            hint="Another Lync Online tenant that has already turned federation on for you."
            error={errorAt(problem, 'partner.domain')}
          />
        </fieldset>
      </div>
      <section class="lf-result" aria-labelledby={`${id}-answer`} data-testid="dft-result">
        <h3 id={`${id}-answer`} class="lf-focused-heading">
          Does your side let the partner through?
        </h3>
        <Announcer summary={summary} />
        {current.ok ? (
          <>
            <p class="lf-focused-verdict" data-testid="dft-verdict" data-lets={String(current.view.yourReasons.length === 0)}>
              {current.view.yourReasons.length === 0 ? (
                <>
                  <span class="lf-badge lf-badge-works">Lets through</span> Your Domain Federation tab lets{' '}
                  <code>{current.view.partnerDomain}</code> through.
                </>
              ) : (
                <>
                  <span class="lf-badge lf-badge-blocked">Stops</span> Your Domain Federation tab stops <code>{current.view.partnerDomain}</code>.
                </>
              )}
            </p>
            {current.view.yourReasons.length > 0 ? (
              <ul class="lf-reasons">
                {current.view.yourReasons.map((code) => (
                  <li key={code} data-reason={code}>
                    {ruleForCode(current.view.evaluation, code)?.explanation ?? code}
                  </li>
                ))}
              </ul>
            ) : null}
            {current.view.otherReasons.length > 0 ? (
              <div class="lf-focused-aside" data-testid="dft-other">
                <p>Outside this tab, something else is in the way:</p>
                <ul class="lf-reasons">
                  {current.view.otherReasons.map((code) => (
                    <li key={code} data-reason={code}>
                      {ruleForCode(current.view.evaluation, code)?.explanation ?? code}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {current.view.fixes.map((fix, index) => (
              <FixItem key={`${fix.rule}-${index}`} fix={fix} lead="In the control panel:" />
            ))}
            <ReportVerdict report={() => evaluationReport([current.view.evaluation], siteLink(import.meta.env.SITE, window.location.origin, '/configure/domain-federation/', window.location.search), import.meta.env.SITE_VERSION)} />
          </>
        ) : (
          <div class="lf-error" data-testid="dft-error" data-field={current.field}>
            <p>
              <strong>This can't be checked yet.</strong> {readableField(current.field)}: {sentence(current.message)}
            </p>
          </div>
        )}
      </section>
    </div>
  );
}

export default DomainFederationTab;
