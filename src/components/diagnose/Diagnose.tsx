import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useId } from 'preact/hooks';
import { scenarioOfState, settingOrder, type Outcome } from '../../rules/diagnose.ts';
import { UNKNOWN } from '../../rules/diagnose.ts';
import { evaluate } from '../../rules/evaluate.ts';
import type { SettingPath } from '../../rules/model.ts';
import { ruleById } from '../../rules/rules.ts';
import { settingAt } from '../../rules/settings.ts';
import { SYMPTOM_IDS, SYMPTOMS, type Symptom, type SymptomNote } from '../../rules/symptoms.ts';
import { RoutePicture } from '../route/RoutePicture.tsx';
import { diagnoseAnswer } from '../../share/diagnose-answer.ts';
import { decodeDiagnoseParams, diagnoseLink, emptyLink, encodeDiagnoseParams, linkDate, type DiagnoseLink } from '../../share/diagnose-params.ts';
import { GA_DATE, monthYear } from '../../rules/history.ts';
import { AsOfField } from '../widgets/AsOfField.tsx';
import { ChangedSince } from '../widgets/ChangedSince.tsx';
import { encodePlaygroundParams } from '../../share/playground-params.ts';
import { siteLink } from '../../share/site-link.ts';
import { ReportVerdict } from '../widgets/ReportVerdict.tsx';
import { fromScenarioInput } from '../../share/playground-draft.ts';
import { Announcer } from '../widgets/Announcer.tsx';

const PAGE = '/troubleshooting/diagnose/';

/** Every check in the order the rules read them: what a reader sees before starting, or without JavaScript. */
const GENERIC = { tenantDomain: 'your domain', partnerAddress: 'user@their domain', partnerDomain: 'their domain' };
const CHECKS = settingOrder()
  .map((path) => settingAt(path))
  .filter((s): s is NonNullable<typeof s> => s !== undefined && s.identity !== true)
  .map((s) => ({ path: s.path, question: s.question(GENERIC) }));

export interface Props {
  /** The page that owns the widget: an embed's links go there. */
  path?: string;
}

/**
 * The diagnosis: symptom and who, then one question at a time. The state is the link (a signal);
 * the step is computed by the pure rules (diagnoseLink → the diagnosis's walk), rendering stays dumb.
 */
export function Diagnose({ path = PAGE }: Props) {
  const id = useId();
  const link = useSignal<DiagnoseLink>(emptyLink());
  const linkProblems = useSignal<string[]>([]);
  const copied = useSignal('');
  const ready = useSignal(false);

  // Open the link's diagnosis, then keep the address in step with every answer (shareable, reopens).
  useEffect(() => {
    const decoded = decodeDiagnoseParams(window.location.search);
    if (decoded.present) link.value = decoded.link;
    linkProblems.value = decoded.problems;
    ready.value = true;
  }, []);
  useSignalEffect(() => {
    const query = encodeDiagnoseParams(link.value);
    if (ready.value) window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  });

  const diagnosis = useComputed(() => diagnoseLink(link.value));
  const step = useComputed(() => (diagnosis.value.result?.ok ? diagnosis.value.result.step : null));
  const outcome = useComputed<Outcome | null>(() => (step.value?.kind === 'outcome' ? step.value : null));
  const summary = useComputed(() => {
    const note = SYMPTOMS[link.value.symptom].modality === undefined ? SYMPTOMS[link.value.symptom].note : undefined;
    if (note !== undefined) return note.text;
    const o = outcome.value;
    if (o === null) return step.value?.kind === 'next' && !step.value.typed ? `Next question: ${step.value.question}` : '';
    if (!o.decided) return 'Not decided: what you could not answer can still change the outcome.';
    const said = o.works ? 'Everything you told us says this should work.' : `Found it: ${o.rule?.explanation ?? ''}`;
    return o.uncertainty ? `${said} (uncertain)` : said;
  });

  const set = (patch: Partial<DiagnoseLink>) => (link.value = { ...link.value, ...patch });
  const answer = (p: SettingPath, key: string) => {
    const answers = link.value.answers.filter(([q]) => q !== p);
    const at = link.value.answers.findIndex(([q]) => q === p);
    if (at >= 0) answers.splice(at, 0, [p, key]);
    else answers.push([p, key]);
    set({ answers });
  };
  const back = () => set({ answers: link.value.answers.slice(0, -1) });

  const shareUrl = () => siteLink(import.meta.env.SITE, window.location.origin, path, encodeDiagnoseParams(link.value));
  const playgroundHref = useComputed(() => {
    const r = diagnosis.value.result;
    if (r === null || !r.ok || r.state === null) return null;
    const scenario = outcome.value?.scenario ?? scenarioOfState(r.state);
    // The playground opens at the date the diagnosis answers for.
    return `/playground/?${encodePlaygroundParams({ ...fromScenarioInput(scenario), asOf: linkDate(link.value).asOf })}`;
  });
  const copy = async (format: 'markdown' | 'bbcode') => {
    const o = outcome.value;
    if (o === null) return;
    const text = diagnoseAnswer({ you: link.value.you, them: link.value.them }, diagnosis.value.answered, o, shareUrl(), format);
    try {
      await navigator.clipboard.writeText(text);
      copied.value = `Copied as ${format === 'bbcode' ? 'BBCode' : 'Markdown'}.`;
    } catch {
      copied.value = 'Could not copy: your browser refused access to the clipboard.';
    }
  };

  const l = link.value;
  const r = diagnosis.value.result;
  const symptom = SYMPTOMS[l.symptom];
  // Scoping in the support articles' three steps: one contact, everyone at one partner, everyone everywhere.
  const scope = l.theirs === 'yes' ? 'one-contact' : l.theirs === 'no' && l.partners === 'yes' ? 'one-partner' : l.theirs === 'no' && l.partners === 'no' ? 'everyone' : 'unknown';
  const setScope = (v: typeof scope) =>
    set(v === 'one-contact' ? { theirs: 'yes', partners: 'unknown' } : v === 'one-partner' ? { theirs: 'no', partners: 'yes' } : v === 'everyone' ? { theirs: 'no', partners: 'no' } : { theirs: 'unknown', partners: 'unknown' });
  const s = step.value;
  const problems = [...linkProblems.value, ...diagnosis.value.problems];
  return (
    <div class="lf-widget lf-diagnose not-content" data-widget="diagnose">
      {problems.length > 0 ? (
        <div class="lf-notice" role="alert" data-testid="diagnose-link-notice">
          <p>This link did not open completely:</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : null}
      <fieldset>
        <legend>What goes wrong?</legend>
        {SYMPTOM_IDS.map((sid) => (
          <label key={sid} class="lf-opt">
            <input type="radio" name={`${id}-m`} value={sid} checked={l.symptom === sid} onChange={() => set({ symptom: sid })} /> {SYMPTOMS[sid].label}
          </label>
        ))}
      </fieldset>
      {symptom.modality === undefined && symptom.note !== undefined ? <NoteView note={symptom.note} outside /> : null}
      {symptom.modality === undefined ? null : (<>
      <fieldset>
        <legend>Who is affected?</legend>
        {(
          [
            ['one-contact', 'Only this contact: I can reach other people at their company (or other Messenger users)'],
            ['one-partner', 'Everyone at their company (or every Messenger user), while other federated partners work'],
            ['everyone', 'Every federated contact, everywhere'],
            ['unknown', "I don't know"],
          ] as const
        ).map(([v, text]) => (
          <label key={v} class="lf-opt">
            <input type="radio" name={`${id}-scope`} checked={scope === v} onChange={() => setScope(v)} /> {text}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Who</legend>
        <label for={`${id}-you`}>Your SIP domain (after the @ of your sign-in address)</label>
        <input id={`${id}-you`} type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder="contoso.com" value={l.you} onChange={(e) => set({ you: e.currentTarget.value })} />
        <label for={`${id}-them`}>Their address, as you typed it into Lync</label>
        <input id={`${id}-them`} type="text" inputMode="email" autoComplete="off" spellcheck={false} placeholder="tommy@fabrikam.com" value={l.them} onChange={(e) => set({ them: e.currentTarget.value })} />
        {r !== null && !r.ok ? (
          <p class="lf-field-error" role="alert" data-testid="diagnose-input-error">
            {r.field === 'tenant.domain' ? 'Your domain' : 'Their address'}: {r.message}
          </p>
        ) : null}
      </fieldset>
      <AsOfField id={id} value={l.asOf} onInput={(asOf) => set({ asOf })} />
      <fieldset>
        <legend>Anyone else in your organisation? (optional)</legend>
        {(
          [
            ['colleagues', 'Can other people in your organisation reach this person?'],
          ] as const
        ).map(([field, text]) => (
          <div key={field} role="radiogroup" aria-label={text}>
            <p class="lf-hint">{text}</p>
            {(['yes', 'no', 'unknown'] as const).map((v) => (
              <label key={v} class="lf-opt">
                <input type="radio" name={`${id}-${field}`} checked={l[field] === v} onChange={() => set({ [field]: v })} /> {v === 'unknown' ? "I don't know" : v === 'yes' ? 'Yes' : 'No'}
              </label>
            ))}
          </div>
        ))}
      </fieldset>

      {diagnosis.value.answered.map((a, i) => (
        <fieldset key={a.path} data-testid="diagnose-answered">
          <legend>
            {i + 1}. {a.question}
          </legend>
          {[...a.choices, { key: UNKNOWN, label: "I don't know" }].map((c) => (
            <label key={c.key} class="lf-opt">
              <input type="radio" name={`${id}-${a.path}`} checked={a.key === c.key} onChange={() => answer(a.path, c.key)} /> {c.label}
            </label>
          ))}
        </fieldset>
      ))}

      {s?.kind === 'next' && !s.typed ? (
        <fieldset data-testid="diagnose-question" data-setting={s.setting}>
          <legend>
            {diagnosis.value.answered.length + 1}. {s.question}
          </legend>
          {s.found !== undefined && s.found.length > 0 ? (
            <p data-testid="diagnose-found">
              Already found from what you told us: {s.found[0]?.explanation} The questions left check what comes before it.
            </p>
          ) : null}
          <p class="lf-hint">How to find out: {linked(s.howTo)}</p>
          {[...s.choices, { key: UNKNOWN, label: "I don't know" }].map((c) => (
            <label key={c.key} class="lf-opt">
              <input type="radio" name={`${id}-${s.setting}`} checked={false} onChange={() => answer(s.setting, c.key)} /> {c.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {s?.kind === 'next' && s.typed ? (
        <div class="lf-result">
          <p>Fill in your domain and their address to start. The checks, in the order they are asked (only those that can still change the answer):</p>
          <ol data-testid="diagnose-checks">
            {CHECKS.map((c) => (
              <li key={c.path} data-setting={c.path}>
                {c.question}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {l.answers.length > 0 ? (
        <button type="button" class="lf-button" onClick={back} data-testid="diagnose-back">
          Back: undo the last answer
        </button>
      ) : null}

      </>)}
      <Announcer summary={summary} />
      {outcome.value !== null && symptom.modality !== undefined ? <OutcomeView outcome={outcome.value} symptom={symptom} /> : null}
      {outcome.value !== null && symptom.modality !== undefined ? (
        <ReportVerdict
          report={() => {
            const o = outcome.value!;
            const verdict = `${o.decided ? (o.works ? 'should work' : `blocked: ${o.rule?.id ?? ''}`) : 'not decided'}${o.uncertainty ? ' (uncertain)' : ''}`;
            const when = o.asOf !== undefined && o.asOf !== GA_DATE ? `, as of ${o.asOf}` : '';
            return { verdict: `Diagnosis (${o.modality}${when}): ${verdict}`, permalink: shareUrl(), rules: o.rule ? [o.rule.id] : [], version: import.meta.env.SITE_VERSION };
          }}
        />
      ) : null}
      {r !== null && r.ok && r.state !== null && symptom.modality !== undefined ? (
        <p class="lf-diagnose-links">
          {outcome.value !== null ? (
            <>
              <button type="button" class="lf-button" onClick={() => copy('markdown')} data-testid="diagnose-copy-markdown">
                Copy as forum answer (Markdown)
              </button>{' '}
              <button type="button" class="lf-button" onClick={() => copy('bbcode')}>
                Copy as forum answer (BBCode)
              </button>{' '}
            </>
          ) : null}
          {playgroundHref.value ? (
            <a href={playgroundHref.value} data-testid="diagnose-playground">
              Open in the playground
            </a>
          ) : null}
          <span role="status">{copied.value}</span>
        </p>
      ) : null}
    </div>
  );
}

/** The site's own tool addresses in a "how to find out" text, as links. */
function linked(text: string) {
  return text.split(/(\/troubleshooting\/[^\s]+)/).map((part, i) => (i % 2 === 1 ? <a key={part} href={part}>{part.replace(/\?.*$/, '')}</a> : part));
}

/** A symptom's next step: outside the federation rules, or what to check when they find nothing. */
function NoteView({ note, outside = false }: { note: SymptomNote; outside?: boolean }) {
  return (
    <div class={outside ? 'lf-outcome' : undefined} data-testid={outside ? 'diagnose-outcome' : 'diagnose-note'} data-outcome={outside ? 'outside' : undefined}>
      {outside ? <h3>Outside the federation settings</h3> : null}
      <p>{note.text}</p>
      <p>
        Where to look:{' '}
        {note.pointers.map((ptr, i) => (
          <span key={ptr.href}>
            {i > 0 ? '; ' : ''}
            <a href={ptr.href}>{ptr.label}</a>
          </span>
        ))}
        .
      </p>
    </div>
  );
}

/** The route with the hop that blocks, drawn from the scenario the outcome stands on (placeholders pass). */
function RouteOf({ outcome }: { outcome: Outcome }) {
  return <RoutePicture evaluation={evaluate({ ...outcome.scenario, modalities: [outcome.modality], ...(outcome.asOf !== undefined ? { asOf: outcome.asOf } : {}) })} headingLevel={4} />;
}

/**
 * The date the outcome is for, when it is not general availability, and what the dated changes up
 * to it leave uncertain (history.ts): the playground's verdict says "(uncertain)" and why, so does this.
 */
function AsOf({ outcome }: { outcome: Outcome }) {
  return (
    <>
      {outcome.asOf !== undefined && outcome.asOf !== GA_DATE ? (
        <p data-testid="diagnose-asof">
          As of {monthYear(outcome.asOf)} ({outcome.asOf}).
        </p>
      ) : null}
      {outcome.uncertainty ? (
        <p class="lf-hint" data-testid="diagnose-uncertain">
          {outcome.uncertainty}
        </p>
      ) : null}
      {outcome.asOf !== undefined ? <ChangedSince history={outcome.history} asOf={outcome.asOf} /> : null}
    </>
  );
}

/** " (uncertain)" after a heading whose outcome a dated change leaves uncertain, as the playground's badge. */
const uncertainMark = (outcome: Outcome) => (outcome.uncertainty ? ' (uncertain)' : '');

function OutcomeView({ outcome, symptom }: { outcome: Outcome; symptom: Symptom }) {
  const certainty = outcome.uncertainty ? 'uncertain' : 'certain';
  if (outcome.decided && outcome.works) {
    return (
      <section class="lf-outcome" data-testid="diagnose-outcome" data-outcome="works" data-certainty={certainty}>
        <h3>Everything you told us says this should work{uncertainMark(outcome)}</h3>
        <AsOf outcome={outcome} />
        {symptom.note !== undefined ? (
          <NoteView note={symptom.note} />
        ) : (
          <p>
            If it still fails, the cause is outside these settings: take a Lync client log and read its ms-diagnostics code with the{' '}
            <a href="/troubleshooting/trace-explainer/">trace explainer</a>.
          </p>
        )}
        <RouteOf outcome={outcome} />
      </section>
    );
  }
  if (outcome.decided && outcome.rule) {
    return (
      <section class="lf-outcome" data-testid="diagnose-outcome" data-outcome={outcome.rule.code} data-certainty={certainty}>
        <h3>
          {outcome.unfixable ? 'This cannot work, whatever the settings' : 'Found the first blocker'}
          {uncertainMark(outcome)}
        </h3>
        <p>{outcome.rule.explanation}</p>
        <AsOf outcome={outcome} />
        {outcome.fixes.map((fix) => (
          <div key={fix.title}>
            <p>
              <strong>{fix.title}</strong>
            </p>
            <ul>{fix.steps.map((st) => <li key={st}>{st}</li>)}</ul>
            {fix.commands.map((c) => (
              <pre key={c.code}>
                <code>{c.code}</code>
              </pre>
            ))}
          </div>
        ))}
        <RouteOf outcome={outcome} />
      </section>
    );
  }
  return (
    <section class="lf-outcome" data-testid="diagnose-outcome" data-outcome="open" data-certainty={certainty}>
      <h3>Not decided: what you could not answer still matters</h3>
      <AsOf outcome={outcome} />
      <p>Depending on the answers you did not have, it is one of these:</p>
      <ul>
        {outcome.possible.map((p) => (
          <li key={p.reason ?? 'works'}>{p.works ? 'It works.' : (ruleById(p.rule ?? '')?.explanation ?? p.reason)}</li>
        ))}
      </ul>
      <p>Still to find out (send this page's link to whoever can answer; the partner's admin for their side):</p>
      <ul data-testid="diagnose-open">
        {outcome.open.map((path) => (
          <li key={path}>{questionFor(path, outcome)}</li>
        ))}
      </ul>
      <p>
        Or take a trace and read it with the <a href="/troubleshooting/trace-explainer/">trace explainer</a>.
      </p>
    </section>
  );
}

/** The question for an open setting, in the words the diagnosis asked it. */
function questionFor(path: SettingPath, outcome: Outcome): string {
  const s = outcome.scenario;
  const partnerAddress = s.partner.platform === 'windows-live-messenger' ? s.partner.address : `user@${s.partner.domain}`;
  const known = { tenantDomain: s.tenant.domain, partnerAddress, partnerDomain: partnerAddress.slice(partnerAddress.lastIndexOf('@') + 1) };
  return settingAt(path)?.question(known) ?? path;
}
