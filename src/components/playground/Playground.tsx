import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';
import { evaluateInput } from '../../rules/index.ts';
import { isPresetId, PRESETS, PRESET_IDS, type PresetId } from '../../scenarios/presets.ts';
import { sealedPlaygroundParams } from '../../share/playground-params.ts';
import { readPlaygroundLink } from '../../share/playground-link.ts';
import { ASSUMED_PARAM, readAssumed, stillAssumed } from '../../share/assumed-fields.ts';
import { AssumedNotice } from './AssumedNotice.tsx';
import commandTokens from 'virtual:lf/command-tokens';
import { createHighlighter } from '../../highlight/command-tokens.ts';
import { ContactFieldset } from './ContactFieldset.tsx';
import { fromScenarioInput, toScenarioInput, type Draft } from '../../share/playground-draft.ts';
import { Fixes } from './Fixes.tsx';
import { Heading } from './Heading.tsx';
import { errorAt, readableField } from '../../share/field-error.ts';
import { MODALITY_LABEL, VERDICT_LABEL } from '../../share/labels.ts';
import { PartnerFieldset } from './PartnerFieldset.tsx';
import { RoutePicture } from '../route/RoutePicture.tsx';
import { SettingsSummary } from './SettingsSummary.tsx';
import { ShareBar } from './ShareBar.tsx';
import { TenantFieldset } from './TenantFieldset.tsx';
import { Trace } from './Trace.tsx';
import { ReportVerdict } from '../widgets/ReportVerdict.tsx';
import { evaluationReport } from '../../share/evaluation-report.ts';
import { siteLink } from '../../share/site-link.ts';
import { Verdicts } from './Verdicts.tsx';
import { Warnings } from './Warnings.tsx';

/** Colours for every command the rules can generate, made at build time. */
const highlight = createHighlighter(commandTokens);

export interface Props {
  /** The scenario shown first (and on the server, for readers without JavaScript). */
  preset?: PresetId | undefined;
  /** Read `?scenario=` from the page's address on load (the playground page does; embeds in other pages don't). */
  readLink?: boolean;
  /** Render the step-by-step trace open. */
  traceOpen?: boolean;
  /** Level of the widget's own headings' top (2 when it sits under the page title). */
  headingLevel?: number;
  /**
   * Start with the form folded: the verdicts, reasons and fixes, a summary of the settings and a
   * "Change the settings" button that unfolds the full form (the scenario pages' embeds).
   */
  compact?: boolean;
}

/**
 * The federation playground: your tenant, the partner, the address typed and the modalities in;
 * the rules' verdict per modality, why, and how to fix it out. One state (the form), one
 * computed evaluation; everything else renders what they hold.
 */
export function Playground({ preset, readLink = false, traceOpen = false, headingLevel = 2, compact = false }: Props) {
  const id = useId();
  // Folded, the server renders what a reader without JavaScript can use (the verdicts, why, the
  // fixes) and a summary of the settings instead of the form, the presets, the share bar and the
  // step-by-step trace: about two thirds of the widget's HTML on a scenario page. The client starts
  // folded too, so hydration matches the server's HTML; the press that woke the widget is replayed
  // onto the button, which unfolds it. A shared link always shows the form.
  const folded = useSignal(compact && !readLink);
  const controls = useRef<HTMLDivElement>(null);
  const unfolded = useRef(false);
  useEffect(() => {
    if (!unfolded.current) return;
    // The button is gone: take the focus to the form's first field, where the reader meant to go.
    // (A replayed press can land before the hydrating render's own effects have run: wait for the form.)
    const first = controls.current?.querySelector<HTMLElement>('input, select, button');
    if (!first) return;
    unfolded.current = false;
    first.focus();
  });
  const start = isPresetId(preset) ? preset : 'both-on-lync-online';
  const draft = useSignal<Draft>(fromScenarioInput(PRESETS[start].scenario));
  const notice = useSignal<string[] | null>(null);
  const result = useComputed(() => evaluateInput(toScenarioInput(draft.value)));

  // Links are read after hydration: the server cannot see the query string, so it renders the
  // preset, and a link's scenario replaces it here. Two kinds of link: the import link
  // (?scenario=<base64url JSON>) and the readable permalink (?v=1&you=…).
  const linkRead = useSignal(false);
  // Fields a partner look-up's link marked assumed (?assumed=…), and the draft they were opened with.
  const assumed = useSignal<{ opened: Draft; params: string[] } | null>(null);
  const assumedNow = useComputed(() => (assumed.value ? stillAssumed(draft.value, assumed.value.opened, assumed.value.params) : []));
  useEffect(() => {
    if (!readLink) return;
    linkRead.value = true;
    const link = readPlaygroundLink(window.location.search);
    if (link.kind === 'unreadable') {
      notice.value = [`${link.problem} Showing the “${PRESETS[start].label}” scenario instead.`];
      return;
    }
    if (link.kind === 'none') return;
    draft.value = link.draft;
    // A link from the partner look-up marks the fields it filled in without knowing them.
    assumed.value = { opened: link.draft, params: readAssumed(window.location.search) };
    notice.value = link.problems.length > 0 ? link.problems : null;
  }, []);

  // The address bar follows the state (replaceState: no history entry per keystroke, so Back
  // still leaves the page); a copied address reopens exactly this.
  const query = useComputed(() => sealedPlaygroundParams(draft.value) + (assumedNow.value.length > 0 ? `&${ASSUMED_PARAM}=${assumedNow.value.join(',')}` : ''));
  useSignalEffect(() => {
    const q = query.value;
    if (!readLink || !linkRead.value) return;
    const url = `${window.location.pathname}?${q}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
  });

  // A polite summary for screen readers whenever the verdict changes.
  const summary = useComputed(() => {
    const r = result.value;
    if (!r.ok) return `Cannot evaluate: ${readableField(r.field)}: ${r.message}`;
    return r.evaluation.results.map((m) => `${MODALITY_LABEL[m.modality]}: ${VERDICT_LABEL[m.verdict]}`).join('. ');
  });
  const announced = useSignal('');
  useSignalEffect(() => {
    announced.value = summary.value;
  });

  const errorFor = (path: string) => {
    const r = result.value;
    return errorAt(r.ok ? null : r, path);
  };
  const current = result.value;

  /**
   * The verdict column. The folded playground (scenario pages) shows the verdicts, warnings and
   * fixes only; the full one adds the share bar, the step-by-step trace and, for a draft the rules
   * cannot evaluate yet, why. A folded playground always holds a preset, which evaluates.
   */
  const output = (full: boolean) => (
    <section class="lf-output" aria-labelledby={`${id}-verdict`}>
      <Heading level={headingLevel} id={`${id}-verdict`}>
        Does it work?
      </Heading>
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="playground-announcer">
        {announced.value}
      </p>
      {current.ok ? (
        <>
          {full ? <ShareBar id={`${id}-share`} evaluation={current.evaluation} query={query.value} path="/playground/" /> : null}
          <Verdicts evaluation={current.evaluation} />
          <RoutePicture evaluation={current.evaluation} headingLevel={headingLevel + 1} fixHref={(rule) => `#${id}-fix-${rule}`} />
          <Warnings evaluation={current.evaluation} headingLevel={headingLevel + 1} />
          <Fixes evaluation={current.evaluation} highlight={highlight} headingLevel={headingLevel + 1} idPrefix={`${id}-fix-`} />
          {full ? <Trace evaluation={current.evaluation} open={traceOpen} /> : null}
          <ReportVerdict report={() => evaluationReport([current.evaluation], siteLink(import.meta.env.SITE, window.location.origin, '/playground/', query.value), import.meta.env.SITE_VERSION)} />
        </>
      ) : full ? (
        <div class="lf-error" data-testid="playground-error" data-field={current.field}>
          <p>
            <strong>This scenario can't be evaluated yet.</strong>
          </p>
          <p>
            {readableField(current.field)}: {current.message}
          </p>
        </div>
      ) : null}
    </section>
  );

  // One tree, folded or not, its parts in the same places (a part that is absent is a null hole):
  // unfolding then adds the form beside the verdicts rather than rebuilding the whole widget, which
  // the reader would wait for on a phone.
  const isFolded = folded.value;
  return (
    <div class="lf-widget lf-playground not-content" data-widget="playground">
      {!isFolded && notice.value ? (
        <div class="lf-notice" role="alert" data-testid="playground-notice">
          <strong>Not everything in this link could be opened.</strong>
          <ul>
            {notice.value.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {isFolded ? null : <AssumedNotice draft={draft.value} assumed={assumedNow.value} />}
      {isFolded ? null : (
        <div class="lf-presets" role="group" aria-label="Start from one of the article's scenarios">
          {PRESET_IDS.map((presetId) => (
            <button
              type="button"
              class="lf-button"
              key={presetId}
              data-preset={presetId}
              onClick={() => {
                draft.value = fromScenarioInput(PRESETS[presetId].scenario);
                notice.value = null;
                assumed.value = null;
              }}
            >
              {PRESETS[presetId].label}
            </button>
          ))}
        </div>
      )}
      <div class="lf-playground-grid">
        {isFolded ? (
          <div class="lf-controls">
            <SettingsSummary draft={draft.value} />
            <button
              type="button"
              class="lf-button lf-unfold"
              onClick={() => {
                unfolded.current = true;
                folded.value = false;
              }}
            >
              Change the settings
            </button>
          </div>
        ) : (
          <div class="lf-controls" role="group" aria-label="Scenario settings" ref={controls}>
            <TenantFieldset id={`${id}-t`} tenant={draft.value.tenant} platform={draft.value.platform} onChange={(tenant) => (draft.value = { ...draft.value, tenant })} errorFor={errorFor} />
            <PartnerFieldset id={`${id}-p`} draft={draft.value} onChange={(next) => (draft.value = next)} errorFor={errorFor} />
            <ContactFieldset id={`${id}-c`} draft={draft.value} onChange={(next) => (draft.value = next)} errorFor={errorFor} />
          </div>
        )}
        {output(!isFolded)}
      </div>
    </div>
  );
}

export default Playground;
