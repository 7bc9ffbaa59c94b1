import { useComputed, useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import type { PublicImState, ReasonCode, WarningCode } from '../rules/index.ts';
import { FixItem } from './playground/FixItem.tsx';
import { ChoiceField, TextField } from './playground/fields.tsx';
import { ruleForCode } from './playground/rule-lookup.ts';
import { DEFAULT_STATE, evaluatePublicIm, MESSENGER_CONTACT, PUBLIC_IM_OPTIONS, type Part, type PartOutcome, type PublicImWidgetState } from './public-im/public-im.ts';
import { Announcer } from './widgets/Announcer.tsx';
import { errorAt, readableField, sentence } from '../share/field-error.ts';
import { PUBLIC_IM_PARAM } from '../share/param-values.ts';
import type { WidgetSpec } from '../share/widget-params.ts';
import { useWidgetPermalink } from './widgets/useWidgetPermalink.ts';
import { WidgetLinkBar } from './widgets/WidgetLinkBar.tsx';
import { ReportVerdict } from './widgets/ReportVerdict.tsx';
import { evaluationReport } from '../share/evaluation-report.ts';
import { siteLink } from '../share/site-link.ts';

export interface Props {
  /** Your Lync Online domain (the article's example: mydomain.com). */
  domain?: string | undefined;
  /** The Public IM Connectivity tab's state for that domain. */
  publicIm?: PublicImState | undefined;
  /** A Messenger account in that domain. */
  account?: string | undefined;
}

const STATES = new Set<string>(PUBLIC_IM_OPTIONS.map((option) => option.value));

function initialState({ domain, publicIm, account }: Props): PublicImWidgetState {
  return {
    domain: typeof domain === 'string' ? domain : DEFAULT_STATE.domain,
    publicIm: typeof publicIm === 'string' && STATES.has(publicIm) ? publicIm : DEFAULT_STATE.publicIm,
    account: typeof account === 'string' ? account : DEFAULT_STATE.account,
  };
}

/** The Messenger sign-in address the rules evaluated (normalised), or what was typed. */
function signInOf(part: Part, typed: string): string {
  const { partner } = part.evaluation.scenario;
  return partner.platform === 'windows-live-messenger' ? partner.address : typed;
}

const explain = (part: Part, code: ReasonCode | WarningCode) => ruleForCode(part.evaluation, code)?.explanation ?? code;

function Problem({ outcome }: { outcome: Extract<PartOutcome, { ok: false }> }) {
  return (
    <p class="lf-error" data-field={outcome.field}>
      <strong>Can't tell yet.</strong> {readableField(outcome.field)}: {sentence(outcome.message)}
    </p>
  );
}

function Fixes({ part }: { part: Part }) {
  return (
    <>
      {part.fixes.map((fix, index) => (
        <FixItem key={`${fix.rule}-${index}`} fix={fix} lead="What to do:" />
      ))}
    </>
  );
}

/** The widget's permalink parameters (pim.publicIm=pending&pim.account=…). */
const PERMALINK: WidgetSpec<PublicImWidgetState> = {
  prefix: 'pim',
  version: 1,
  fields: {
    domain: { kind: 'text' },
    publicIm: { kind: 'choice', values: PUBLIC_IM_PARAM },
    account: { kind: 'text' },
  },
};

/**
 * What enabling Public IM for a domain changes, from the rules: the Messenger account in that
 * domain (it moves to Lync Online and can no longer sign in to Messenger), whether your users
 * reach Messenger contacts, and the provisioning delay while the domain is pending.
 */
export function PublicImImpact(props: Props) {
  const id = useId();
  const state = useSignal<PublicImWidgetState>(initialState(props));
  const linkProblems = useWidgetPermalink(state, PERMALINK, DEFAULT_STATE);
  const view = useComputed(() => evaluatePublicIm(state.value));
  const set = (patch: Partial<PublicImWidgetState>) => (state.value = { ...state.value, ...patch });

  const summary = useComputed(() => {
    const { account, contacts } = view.value;
    const first = account.ok
      ? account.part.has('messenger-domain-moved-to-lync-online')
        ? `${signInOf(account.part, state.value.account)} can no longer sign in to Messenger.`
        : 'The Messenger account is not affected.'
      : `Cannot evaluate the account: ${readableField(account.field)}: ${account.message}.`;
    const second = contacts.ok
      ? contacts.part.im.works
        ? `Your users can reach Messenger contacts such as ${MESSENGER_CONTACT}.`
        : `Your users cannot reach Messenger contacts yet.${contacts.part.has('public-im-provisioning-delay') ? ' Provisioning takes a while.' : ''}`
      : `Cannot evaluate: ${readableField(contacts.field)}: ${contacts.message}.`;
    return `${first} ${second}`;
  });

  const s = state.value;
  const { account, contacts } = view.value;
  const domainError = errorAt(account.ok ? null : account, 'tenant.domain') ?? errorAt(contacts.ok ? null : contacts, 'tenant.domain');
  const accountProblem = account.ok ? null : account;
  const accountError = errorAt(accountProblem, 'partner.address') ?? errorAt(accountProblem, 'contact');
  const signIn = account.ok ? signInOf(account.part, s.account) : s.account;

  return (
    <div class="lf-widget lf-focused not-content" data-widget="public-im-impact">
      <WidgetLinkBar problems={linkProblems.value} path="/configure/public-im/" />
      <div class="lf-focused-controls" role="group" aria-label="Public IM settings">
        <fieldset class="lf-group">
          <legend>Public IM for your domain</legend>
          <TextField id={`${id}-domain`} label="Your domain" value={s.domain} onInput={(domain) => set({ domain })} error={domainError} />
          <ChoiceField<PublicImState>
            name={`${id}-state`}
            legend="Where it stands"
            value={s.publicIm}
            options={PUBLIC_IM_OPTIONS}
            onChange={(publicIm) => set({ publicIm })}
          />
        </fieldset>
        <fieldset class="lf-group">
          <legend>Someone who uses Messenger</legend>
          <TextField
            id={`${id}-account`}
            label="A Messenger account in your domain"
            value={s.account}
            onInput={(value) => set({ account: value })}
            hint="The address they sign in to Messenger with, for example tommy@mydomain.com."
            error={accountError}
          />
        </fieldset>
      </div>
      <div class="lf-result" data-testid="pim-result">
        <Announcer summary={summary} />
        <section aria-labelledby={`${id}-account-h`} data-testid="pim-account" data-moved={account.ok ? String(account.part.has('messenger-domain-moved-to-lync-online')) : undefined}>
          <h3 id={`${id}-account-h`} class="lf-focused-heading">
            The Messenger account
          </h3>
          {account.ok ? (
            account.part.has('messenger-domain-moved-to-lync-online') ? (
              <>
                <p class="lf-focused-verdict">
                  <span class="lf-badge lf-badge-blocked">Moves to Lync Online</span> <code>{signIn}</code> can no longer sign in to Messenger.
                </p>
                <ul class="lf-reasons">
                  <li data-reason="messenger-domain-moved-to-lync-online">{explain(account.part, 'messenger-domain-moved-to-lync-online')}</li>
                  {account.part.has('public-im-moves-messenger-domain') ? (
                    <li data-warning="public-im-moves-messenger-domain">{explain(account.part, 'public-im-moves-messenger-domain')}</li>
                  ) : null}
                </ul>
                <Fixes part={account.part} />
              </>
            ) : (
              <p class="lf-focused-verdict">
                <span class="lf-badge lf-badge-works">Not affected</span> <code>{signIn}</code> keeps signing in to Messenger.
              </p>
            )
          ) : (
            <Problem outcome={account} />
          )}
        </section>
        <section aria-labelledby={`${id}-contacts-h`} data-testid="pim-contacts" data-works={contacts.ok ? String(contacts.part.im.works) : undefined}>
          <h3 id={`${id}-contacts-h`} class="lf-focused-heading">
            Messenger contacts such as <code>{MESSENGER_CONTACT}</code>
          </h3>
          {contacts.ok ? (
            <>
              <p class="lf-focused-verdict">
                {contacts.part.im.works ? (
                  <>
                    <span class="lf-badge lf-badge-works">Reachable</span> Your users can add and reach Messenger contacts.
                  </>
                ) : (
                  <>
                    <span class="lf-badge lf-badge-blocked">Not reachable</span> Your users cannot reach Messenger contacts yet.
                  </>
                )}
              </p>
              {contacts.part.im.reasons.length > 0 ? (
                <ul class="lf-reasons">
                  {contacts.part.im.reasons.map((code) => (
                    <li key={code} data-reason={code}>
                      {explain(contacts.part, code)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {contacts.part.has('public-im-provisioning-delay') ? (
                <p class="lf-focused-aside" data-testid="pim-delay" data-warning="public-im-provisioning-delay">
                  <strong>Provisioning delay:</strong> {explain(contacts.part, 'public-im-provisioning-delay')}
                </p>
              ) : null}
              <Fixes part={contacts.part} />
            </>
          ) : (
            <Problem outcome={contacts} />
          )}
        </section>
      </div>
      <ReportVerdict
        report={() =>
          evaluationReport(
            [view.value.account, view.value.contacts].flatMap((outcome) => (outcome.ok ? [outcome.part.evaluation] : [])),
            siteLink(import.meta.env.SITE, window.location.origin, '/configure/public-im/', window.location.search),
            import.meta.env.SITE_VERSION,
          )
        }
      />
    </div>
  );
}

export default PublicImImpact;
