/**
 * buildRoute: the federation path for an evaluation, hop by hop, with the checks that live on each
 * hop and what the evaluation found for them. Pure: no DOM, no verdicts of its own. A check's state
 * is its trace step's status; the hop marked as where it breaks is the one holding the evaluation's
 * first blocker (the first failing step of the trace, which runs in troubleshooting order).
 */
import { buildContext } from '../rules/context.ts';
import { SIPFED, type Evaluation, type Modality, type ReasonCode, type RuleId, type Stage, type WarningCode } from '../rules/index.ts';
import { ruleById } from '../rules/index.ts';
import { ENCRYPTION_ENDS_AFTER, HOPS, hopFor, ROUTE_SOURCES, routeKindOf, type HopId, type Operator, type RouteKind, type RouteSource } from './hops.ts';
import { HOP_NAME, PLATFORM_NAME } from './labels.ts';

export type HopState = 'passes' | 'blocks' | 'unknown' | 'not-carried';
export type CheckState = 'passes' | 'blocks' | 'warns';

export interface RouteCheck {
  rule: RuleId;
  stage: Stage;
  code: ReasonCode | WarningCode;
  state: CheckState;
  /** For a check that blocks only some modalities: which. */
  modalities?: Modality[];
}

export interface Hop {
  id: HopId;
  name: string;
  /** The host, domain or address the hop stands for, e.g. sipfed.online.lync.com. */
  detail: string;
  operator: Operator;
  state: HopState;
  checks: RouteCheck[];
  /** The reason codes of this hop's blocking checks, in troubleshooting order (empty unless it blocks). */
  reasons: ReasonCode[];
  /** True on the one hop that holds the evaluation's first blocker. */
  first: boolean;
  /** Numbers into Route.sources (1-based, as the picture prints them). */
  sources: number[];
}

export interface ModalityOnPath {
  modality: Modality;
  /** 'no': this kind of partner does not carry it (file transfer, A/V with Messenger). */
  carried: 'yes' | 'no' | 'uncertain';
  /** Set on a 'no' the sources leave uncertain (A/V with Messenger: no as the article reads). */
  noUncertain?: true;
}

export interface Route {
  kind: RouteKind;
  hops: Hop[];
  /** The evaluation's first blocker and the hop it sits on, or null when nothing on the path blocks. */
  firstBlocker: { rule: RuleId; code: ReasonCode; hop: HopId } | null;
  /** The hop after which encryption is no longer Microsoft's to control (the article's note), if any. */
  encryptionEndsAfter: HopId | null;
  modalities: ModalityOnPath[];
  /** True when no asked modality is carried at all: the whole path is shown as not carried. */
  nothingCarried: boolean;
  sources: RouteSource[];
}

function details(evaluation: Evaluation): Record<HopId, string> {
  const { scenario } = evaluation;
  const { tenant, partner } = scenario;
  const ctx = buildContext(scenario);
  let route = '';
  let edge = '';
  if (ctx.onPrem && partner.platform !== 'lync-online' && partner.platform !== 'windows-live-messenger') {
    const via = ctx.onPrem.route;
    const provider = ctx.onPrem.hostingRoute[0];
    route =
      via === 'hosting-provider' && provider
        ? `hosting provider ${provider.identity} → ${SIPFED}`
        : via === 'allowed-domain'
          ? `allowed-domain entry ${tenant.domain} → ${SIPFED}`
          : partner.partnerDiscovery
            ? 'DNS discovery only: we infer it does not reach Lync Online'
            : `none to ${SIPFED}`;
    edge = `${PLATFORM_NAME[partner.platform]}, ${partner.domain}`;
  }
  return {
    'your-user': `adds ${scenario.contact}`,
    'your-tenant': tenant.domain,
    'federation-edge': SIPFED,
    dns: partner.platform === 'lync-online' ? `_sipfederationtls._tcp.${partner.domain}` : '',
    route,
    'public-im': 'to Windows Live',
    'their-tenant': partner.platform === 'lync-online' ? partner.domain : '',
    'their-edge': edge,
    messenger: ctx.partnerDomain,
    'their-user': ctx.partnerAddress,
  };
}

/** The path for this evaluation's partner kind, with the state of every hop. */
export function buildRoute(evaluation: Evaluation): Route {
  const kind = routeKindOf(evaluation.scenario.partner.platform);
  const plan = HOPS[kind];
  const text = details(evaluation);

  // Path-wide (modality) blockers never mark a hop: a modality the partner kind does not carry is
  // said once for the whole path.
  const pathWide = new Set<string>();
  const checksByHop = new Map<HopId, RouteCheck[]>(plan.map((hop) => [hop.id, []]));
  let firstBlocker: Route['firstBlocker'] = null;
  for (const step of evaluation.trace) {
    if (step.status === 'not-applicable') continue;
    const rule = ruleById(step.rule);
    if (!rule) continue;
    // A warning that did not fire is not a check on the path; the encryption warning is the
    // path's encryption marker (ENCRYPTION_ENDS_AFTER), not a check of a hop.
    if (rule.kind === 'warning' && (step.status !== 'warn' || rule.code === 'encryption-ends-at-partner-network')) continue;
    const hopId = hopFor(kind, step.rule, step.stage);
    if (hopId === null) {
      if (step.status === 'fail') pathWide.add(rule.code);
      continue;
    }
    const list = checksByHop.get(hopId);
    // A placement naming a hop this path lacks is a bug in hops.ts; the unit tests guard it.
    if (!list) continue;
    const state: CheckState = step.status === 'fail' ? 'blocks' : step.status === 'warn' ? 'warns' : 'passes';
    const check: RouteCheck = { rule: step.rule, stage: step.stage, code: rule.code, state };
    if (step.modalities) check.modalities = [...step.modalities];
    list.push(check);
    if (state === 'blocks' && firstBlocker === null) firstBlocker = { rule: step.rule, code: rule.code as ReasonCode, hop: hopId };
  }

  const modalities: ModalityOnPath[] = evaluation.results.map((result) => {
    const no = result.reasons.some((code) => pathWide.has(code));
    return {
      modality: result.modality,
      carried: no ? 'no' : result.certainty === 'uncertain' ? 'uncertain' : 'yes',
      ...(no && result.certainty === 'uncertain' ? { noUncertain: true as const } : {}),
    };
  });
  // The whole path is "not carried" only when the evaluation says so for every modality asked
  // (verdict not-supported: nothing but path-wide blockers); otherwise real blockers still show.
  const nothingCarried = evaluation.results.every((result) => result.verdict === 'not-supported');
  const carriedOnlyUncertain = !nothingCarried && modalities.every((m) => m.carried !== 'yes');

  // Sources: numbered in order of first use along the path.
  const sourceKeys: (keyof typeof ROUTE_SOURCES)[] = [];
  const numberOf = (key: keyof typeof ROUTE_SOURCES) => {
    let i = sourceKeys.indexOf(key);
    if (i < 0) i = sourceKeys.push(key) - 1;
    return i + 1;
  };

  const hops: Hop[] = plan.map((p) => {
    const checks = checksByHop.get(p.id) ?? [];
    const reasons: ReasonCode[] = [];
    for (const c of checks) if (c.state === 'blocks' && !reasons.includes(c.code as ReasonCode)) reasons.push(c.code as ReasonCode);
    const state: HopState = nothingCarried
      ? 'not-carried'
      : reasons.length > 0
        ? 'blocks'
        : p.id === 'their-user' && carriedOnlyUncertain
          ? 'unknown'
          : 'passes';
    return {
      id: p.id,
      name: HOP_NAME[p.id],
      detail: text[p.id],
      operator: p.operator,
      state,
      checks,
      reasons: nothingCarried ? [] : reasons,
      first: !nothingCarried && firstBlocker?.hop === p.id,
      sources: p.sources.map(numberOf),
    };
  });

  return {
    kind,
    hops,
    firstBlocker: nothingCarried ? null : firstBlocker,
    encryptionEndsAfter: ENCRYPTION_ENDS_AFTER[kind],
    modalities,
    nothingCarried,
    sources: sourceKeys.map((key) => ROUTE_SOURCES[key]),
  };
}
