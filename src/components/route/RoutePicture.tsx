import type { Evaluation, RuleId } from '../../rules/index.ts';
import { ruleById } from '../../rules/index.ts';
import { CHECK_LABEL, MODALITY_NAME } from '../../route/labels.ts';
import { buildRoute, type CheckState, type Hop, type HopState, type RouteCheck } from '../../route/route.ts';

export interface Props {
  /** The evaluation to draw: the picture is computed from it and from nothing else. */
  evaluation: Evaluation;
  /** The level of the picture's heading (the widget's own headings' level + 1 inside a widget). */
  headingLevel?: number;
  /** Where the fix for a blocking rule is on the page (e.g. "#…-fix-<rule>"), when it is. */
  fixHref?: ((rule: RuleId) => string | undefined) | undefined;
}

const STATE_TEXT: Record<HopState, string> = {
  passes: 'passes',
  blocks: 'blocks',
  unknown: 'unknown',
  'not-carried': 'not carried',
};

const CHECK_TEXT: Record<CheckState, string> = { passes: 'passes', blocks: 'blocks', warns: 'note' };

const list = (words: string[]) => words.join(', ');

const WEIGHT: Record<CheckState, number> = { passes: 0, warns: 1, blocks: 2 };

/**
 * The hop's checks as the reader sees them: rules that check the same thing under one label (your
 * block list and your allow list: "Your list admits their domain") are one line, with the worse state.
 */
function shownChecks(hop: Hop): RouteCheck[] {
  const byLabel = new Map<string, RouteCheck>();
  for (const check of hop.checks) {
    const label = CHECK_LABEL[check.rule] ?? check.rule;
    const seen = byLabel.get(label);
    if (!seen || WEIGHT[check.state] > WEIGHT[seen.state]) byLabel.set(label, check);
  }
  return [...byLabel.values()];
}

/**
 * One check as text. In a hop that passes every check passes, so the hop's word says it once; in
 * any other hop each check says its own state, so the text holds everything the colours show.
 */
function checkText(hop: Hop, check: RouteCheck): string {
  const label = CHECK_LABEL[check.rule] ?? check.rule;
  const only = check.modalities ? ` (${list(check.modalities.map((m) => MODALITY_NAME[m]))})` : '';
  if (hop.state === 'passes' && check.state === 'passes') return label;
  return `${label}: ${CHECK_TEXT[check.state]}${only}`;
}

/**
 * The federation route for an evaluation: an ordered list of hops from your user to theirs, each
 * with the checks that live there and their state, the hop holding the first blocker marked with
 * its reason (and a link to its fix where the page has one), where encryption stops being
 * Microsoft's to control, and what the path does not carry. CSS draws the list as a path; the
 * picture shows nothing its text does not say. Server-rendered, it needs no JavaScript.
 */
export function RoutePicture({ evaluation, headingLevel = 3, fixHref }: Props) {
  const route = buildRoute(evaluation);
  const Tag = `h${Math.min(6, Math.max(2, headingLevel))}` as 'h3';
  const notCarried = route.modalities
    .filter((m) => m.carried === 'no')
    .map((m) => (m.noUncertain ? `${MODALITY_NAME[m.modality]} (as the article reads; uncertain)` : MODALITY_NAME[m.modality]));
  const uncertain = route.modalities.filter((m) => m.carried === 'uncertain').map((m) => MODALITY_NAME[m.modality]);
  const first = route.firstBlocker;
  return (
    <div class="rt" data-route={route.kind} data-first-hop={first?.hop}>
      <Tag>The route, hop by hop</Tag>
      <ol>
        {route.hops.map((hop) => {
          const rule = hop.first && first ? ruleById(first.rule) : undefined;
          const href = hop.first && first && evaluation.fixes.some((fix) => fix.rule === first.rule) ? fixHref?.(first.rule) : undefined;
          return (
            <li key={hop.id} data-hop={hop.id} data-state={hop.state} data-reasons={hop.reasons.length > 0 ? hop.reasons.join(' ') : undefined} data-first={hop.first ? '' : undefined}>
              <b>{hop.name}</b> {hop.detail ? <code>{hop.detail}</code> : null} <span class="rs">{hop.first ? 'breaks here' : STATE_TEXT[hop.state]}</span>
              <sup>{hop.sources.join(' ')}</sup>
              {hop.checks.length > 0 ? (
                <ul>
                  {shownChecks(hop).map((check) => (
                    <li key={check.rule} data-s={check.state === 'passes' ? undefined : check.state}>
                      {checkText(hop, check)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {rule ? (
                <p class="rb">
                  {rule.explanation}
                  {href ? (
                    <>
                      {' '}
                      <a href={href}>How to fix it</a>
                    </>
                  ) : null}
                </p>
              ) : null}
              {route.encryptionEndsAfter === hop.id ? <p class="re">Past this point encryption is not Microsoft’s to control: the message is in the partner’s network.</p> : null}
            </li>
          );
        })}
      </ol>
      {notCarried.length > 0 || uncertain.length > 0 ? (
        <p class="rn">
          {notCarried.length > 0 ? `Not carried on this route: ${list(notCarried)}.` : ''}
          {notCarried.length > 0 && uncertain.length > 0 ? ' ' : ''}
          {uncertain.length > 0 ? `Uncertain: ${list(uncertain)}.` : ''}
        </p>
      ) : null}
      <ol class="rsrc" aria-label="Sources for the route">
        {route.sources.map((source) => (
          <li key={source.id}>{source.href ? <a href={source.href}>{source.title}</a> : source.title}</li>
        ))}
      </ol>
    </div>
  );
}

export default RoutePicture;
