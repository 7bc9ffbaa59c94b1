/**
 * What the Edge configuration reader shows for its four inputs: the paste read, the partner mapped
 * from it, the Test-CsFederatedPartner lines judged, and the rules' evaluation against the tenant.
 * Pure (it only calls the reader, the mapping and the rules), so the widget's computed stays one
 * line and the same answer can be worked out ahead of the reader's first touch (see `edgeOutcome`).
 */
import { normaliseDomain } from '../../rules/address.ts';
import { decidedEvaluation, defaultPartner, evaluatePartner, judgePartner, judgeTests, readEdgeConfig, toPartner } from '../../tools/edge-config/index.ts';
import { playgroundHref } from './playground-link.ts';
import { typedDate } from '../../share/as-of.ts';
import { GA_DATE } from '../../rules/history.ts';

export interface EdgeInputs {
  /** The pasted Management Shell output. */
  text: string;
  /** The reader's Lync Online domain, as typed. */
  tenant: string;
  /** The partner's SIP domain, as typed (the paste does not show it); '' when left empty. */
  partnerDomain: string;
  /** The external access policy chosen for the partner's user; '' for "as the paste shows". */
  policy: string;
  /** Where the playground lives, for the link to these settings. */
  playgroundPath: string;
  /** The date to answer for, as typed (empty: general availability); one that is not a date leaves GA (the field says why). */
  asOf: string;
}

export function readOutcome(inputs: EdgeInputs) {
  const read = readEdgeConfig(inputs.text);
  if (!read.ok) return { kind: 'unread' as const, message: read.message };
  const t = normaliseDomain(inputs.tenant);
  const pd = inputs.partnerDomain.trim() === '' ? null : normaliseDomain(inputs.partnerDomain);
  const base = { ...defaultPartner(), ...(pd?.ok ? { domain: pd.value } : {}) };
  const mapped = toPartner(read.value, { base, policy: inputs.policy || null });
  if (pd?.ok) {
    // The domain was typed, not read: the read view must not credit the paste with it.
    delete mapped.readFrom.domain;
    mapped.notRead = mapped.notRead.filter((s) => s !== 'domain');
  }
  const tests = judgeTests(read.value, t.ok ? t.value : null);
  if (!t.ok) return { kind: 'read' as const, read: read.value, mapped, tests, problem: `Your Lync Online domain ${t.message}.` };
  if (pd && !pd.ok) return { kind: 'read' as const, read: read.value, mapped, tests, problem: `Their SIP domain ${pd.message}.` };
  // As the CLI's --as-of: the rules answer as of that date (history.ts), and the playground link carries it.
  const { asOf } = typedDate(inputs.asOf);
  const evaluated = evaluatePartner(mapped.partner, t.value, asOf === GA_DATE ? undefined : asOf);
  if (!evaluated.ok) return { kind: 'read' as const, read: read.value, mapped, tests, problem: `${evaluated.field}: ${evaluated.message}` };
  // Settings the paste does not show are unknown to the rules: the evaluation is shown only when the
  // paste decides every modality; otherwise the verdict says what to paste next.
  const verdict = judgePartner(mapped, t.value);
  return {
    kind: 'evaluated' as const,
    read: read.value,
    mapped,
    tests,
    verdict,
    evaluation: decidedEvaluation(evaluated.evaluation, verdict),
    asOf,
    /** The dated changes in effect at `asOf`, decided or not (the Baltimore root for an Edge from June 2013). */
    history: evaluated.evaluation.history,
    href: playgroundHref(t.value, mapped.partner, inputs.playgroundPath, asOf),
  };
}

export type EdgeOutcome = ReturnType<typeof readOutcome>;

/** The last inputs worked out, and their outcome. */
let last: { inputs: EdgeInputs; outcome: EdgeOutcome } | null = null;

const same = (a: EdgeInputs, b: EdgeInputs) =>
  a.text === b.text && a.tenant === b.tenant && a.partnerDomain === b.partnerDomain && a.policy === b.policy && a.playgroundPath === b.playgroundPath && a.asOf === b.asOf;

/**
 * `readOutcome`, remembering the last answer. Why: the widget works out its example's answer at
 * idle, once its code has arrived and before the reader touches it; the touch then finds that
 * answer here instead of reading and evaluating the example again inside the hydration (about a
 * third of it on a throttled phone). Outcomes are never changed after they are made, so sharing
 * one is safe.
 */
export function edgeOutcome(inputs: EdgeInputs): EdgeOutcome {
  if (last && same(last.inputs, inputs)) return last.outcome;
  const outcome = readOutcome(inputs);
  last = { inputs: { ...inputs }, outcome };
  return outcome;
}
