/**
 * The diagnosis: from a symptom to the first blocker, one question at a time.
 *
 * Nothing here knows a verdict. It walks the rules as data, in causal order (rules.ts CAUSAL_ORDER:
 * the troubleshooting order, with no rule before one that can defeat what it presupposes), with the
 * settings answered so far and the identities (the address typed, both domains, the partner's kind); where a rule reads a setting that is still unknown (its `reads`), the walk
 * branches over that setting's choices (settings.ts). The leaves are the outcomes still possible:
 * "works", or the first blocker. When every leaf agrees, the outcome is decided. Otherwise the next
 * question is the first unanswered setting, in the order the walked rules read them, whose answer can still
 * change the outcome: two leaves with different outcomes that differ in that setting and agree on
 * every other. A rule added to RULES is walked, and its settings asked, without touching this file.
 *
 * Blockers no setting can lift (file transfer, A/V with Messenger: rules that read nothing but the
 * partner's kind) are walked first, so such a modality is said at once, without questions.
 */
import { buildContext } from './context.ts';
import { PLATFORM_NAMES, PLATFORMS, type BlockerRule, type Fix, type Modality, type Platform, type ReasonCode, type Rule, type RuleId, type Scenario, type SettingPath } from './model.ts';
import { causalOrder, RULES } from './rules.ts';
import { ALIASES, platformsFor, SETTINGS, settingAt, type Choice, type Known, type Setting } from './settings.ts';
import { SIPFED } from './commands.ts';
import { datedAnswer, GA_DATE } from './history.ts';
import type { AppliedNoteOut } from './model.ts';
import { onPremFederating } from './schema.ts';

/** The answer "I don't know": the setting stays open and is not asked again. */
export const UNKNOWN = 'unknown';

/** The support articles' scoping (evidence: troubleshooting#scope-first), as constraints: what works for someone else clears the checks they share. */
export interface Scope {
  /** Other users in your organisation can reach this person. */
  colleaguesReachThem?: boolean;
  /** You can reach other people at their company (other Messenger users). */
  youReachTheirColleagues?: boolean;
  /** You can reach people at other partners (the classic scoping: everyone at one partner fails, not everyone everywhere). */
  otherPartnersWork?: boolean;
}

/** Answers by contract path: a value as in a scenario file (normalised), or UNKNOWN. */
export type Answers = ReadonlyMap<SettingPath, unknown>;

export interface DiagnosisState {
  modality: Modality;
  known: Known;
  answers: Answers;
  scope: Scope;
  /** The date the answer is for (history.ts); absent: general availability. */
  asOf?: string;
}

export interface NextQuestion {
  kind: 'next';
  setting: SettingPath;
  question: string;
  howTo: string;
  choices: Choice[];
  /** An identity (your domain, their address): typed, never "I don't know". */
  typed: boolean;
  /**
   * Blockers already decided by what is known (the address typed, both domains, the partner's kind):
   * they block whatever the answers still to come; the questions left check what comes before them.
   */
  found?: BlockerRule[];
}

export interface Possible {
  works: boolean;
  /** The first blocker on that branch (absent when it works). */
  reason?: ReasonCode;
  rule?: RuleId;
  /** The unknown settings this branch depends on. */
  depends: SettingPath[];
}

export interface Outcome {
  kind: 'outcome';
  modality: Modality;
  /** False when the answers left open ("I don't know") can still change the outcome. */
  decided: boolean;
  /** Decided: the verdict. Undecided: null. */
  works: boolean | null;
  /** Decided and blocked: the first blocker (its rule, explanation and fix come with it). */
  reasons: ReasonCode[];
  rule?: BlockerRule;
  /** True when the blocker is one no setting lifts (file transfer, a modality the partner lacks). */
  unfixable: boolean;
  fixes: Fix[];
  /** Undecided: every outcome still possible, with the settings it depends on. */
  possible: Possible[];
  /** Settings answered "I don't know" that could still change the outcome, by whose they are. */
  open: SettingPath[];
  /** The scenario the diagnosis stands on (answers plus the choices of the first branch): for the playground. */
  scenario: Scenario;
  /** Scoping contradicted the answers, so it was set aside. */
  scopeIgnored: boolean;
  /** The date asked for (the state's `asOf`), when one was given. */
  asOf?: string;
  /** From a dated change in effect at `asOf`: why the GA outcome may no longer hold (history.ts). */
  uncertainty?: string;
  /** The dated changes in effect at `asOf` that changed this outcome (its certainty or its fixes). */
  history?: AppliedNoteOut[];
}

export type DiagnosisStep = NextQuestion | Outcome;

/** A leaf of the walk: one outcome, and the choices (by setting) that lead to it. */
interface Leaf {
  key: string;
  rule: BlockerRule | null;
  platform: Platform;
  cube: Map<SettingPath, string>;
}

const canonical = (path: SettingPath): SettingPath => ALIASES[path] ?? path;

/** Settings that are facts about the partner, not configuration anyone can change. */
const FACTS: ReadonlySet<SettingPath> = new Set<SettingPath>(['partner.platform']);

/** True when no setting an admin or user controls can change what the rule says. */
export function isUnfixable(rule: Rule): boolean {
  return rule.reads.every((r) => FACTS.has(canonical(r)));
}

/** The rules a diagnosis of this modality walks, in its order: unfixable blockers first, then causal order (rules.ts). */
export function walkOrder(modality: Modality, rules: readonly Rule[] = RULES): BlockerRule[] {
  const mine = causalOrder(rules).filter((r): r is BlockerRule => r.kind === 'blocker' && (r.modalities === undefined || r.modalities.includes(modality)));
  return [...mine.filter(isUnfixable), ...mine.filter((r) => !isUnfixable(r))];
}

/** True when the rule needs to know the partner's kind to be checked. */
function needsPlatform(rule: Rule, candidates: readonly Platform[]): boolean {
  if (rule.reads.some((r) => canonical(r) === 'partner.platform')) return true;
  if (!candidates.every((p) => rule.platforms.includes(p))) return true;
  // A rule that reads a setting only some partner kinds have must know which kind it is.
  return rule.reads.some((r) => {
    const s = settingAt(canonical(r));
    return s !== undefined && s.platforms.length < PLATFORMS.length;
  });
}

/** The settings in the order the rules read them (the order an admin checks): the question order. */
export function settingOrder(rules: readonly Rule[] = RULES): SettingPath[] {
  const out: SettingPath[] = [];
  const add = (p: SettingPath) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const s of SETTINGS) if (s.identity) add(s.path);
  // Blockers first, in causal order (a warning never decides an outcome, so it never leads the questions).
  const causal = causalOrder(rules);
  for (const rule of [...causal.filter((r) => r.kind === 'blocker'), ...causal.filter((r) => r.kind !== 'blocker')]) {
    if (rule.platforms.length < PLATFORMS.length) add('partner.platform');
    for (const r of rule.reads) add(canonical(r));
  }
  return out;
}

/** A scenario of this kind with passing placeholders, for settings nobody has answered or read. */
export function baseScenario(known: Known, platform: Platform, modality: Modality): Scenario {
  const tenant: Scenario['tenant'] = {
    domain: known.tenantDomain,
    dnsVerified: true,
    federation: { mode: 'allow-all-except-blocked', domains: [] },
    publicIm: platform === 'windows-live-messenger' ? 'enabled' : 'disabled',
    userExternalAccess: true,
  };
  const d = known.partnerDomain;
  const user = known.partnerAddress.slice(0, known.partnerAddress.lastIndexOf('@'));
  let partner: Scenario['partner'];
  if (platform === 'lync-online') {
    partner = { platform, domain: d, dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, userExternalAccess: true };
  } else if (platform === 'windows-live-messenger') {
    partner = { platform, address: known.partnerAddress, acceptsContactRequest: true };
  } else {
    partner = {
      platform,
      domain: d,
      ...onPremFederating(),
      allowedDomains: [{ domain: known.tenantDomain, proxyFqdn: SIPFED }],
    };
  }
  const contact = platform === 'windows-live-messenger' ? (platformsFor(d).length === 1 ? known.partnerAddress : `${user}(${d})@msn.com`) : `${user}@${d}`;
  return { tenant, partner, contact, modalities: [modality] };
}

interface Walk {
  state: DiagnosisState;
  order: BlockerRule[];
  candidates: Platform[];
  choices: Map<SettingPath, Choice[]>;
  cleared: Set<RuleId>;
  leaves: Leaf[];
  /** What each rule said, by partner kind and the values of what it reads (a rule reads nothing else). */
  said: Map<string, boolean>;
}

function materialise(w: Walk, platform: Platform, values: Map<SettingPath, unknown>): Scenario {
  const s = baseScenario(w.state.known, platform, w.state.modality);
  for (const [path, value] of values) {
    if (path === 'partner.platform' || path === 'partner.address') continue;
    const setting = settingAt(path);
    if (setting !== undefined && setting.platforms.includes(platform)) setting.set(s, value);
  }
  return s;
}

function choicesOf(w: Walk, path: SettingPath): Choice[] {
  let c = w.choices.get(path);
  if (c === undefined) {
    c = settingAt(path)?.choices(w.state.known) ?? [];
    w.choices.set(path, c);
  }
  return c;
}

/** Answered values (not UNKNOWN), by path. */
function answeredValues(state: DiagnosisState): Map<SettingPath, unknown> {
  const out = new Map<SettingPath, unknown>();
  for (const [p, v] of state.answers) if (v !== UNKNOWN) out.set(p, v);
  return out;
}

function walk(w: Walk, i: number, platform: Platform | undefined, values: Map<SettingPath, unknown>, cube: Map<SettingPath, string>): void {
  for (; i < w.order.length; i++) {
    const rule = w.order[i] as BlockerRule;
    if (platform === undefined && needsPlatform(rule, w.candidates)) {
      for (const p of w.candidates) {
        const c = new Map(cube).set('partner.platform', p);
        walk(w, i, p, values, c);
      }
      return;
    }
    const kind = platform ?? (w.candidates[0] as Platform);
    if (!rule.platforms.includes(kind)) continue;
    for (const r of rule.reads) {
      const path = canonical(r);
      if (path === 'partner.platform' || values.has(path)) continue;
      const setting = settingAt(path);
      if (setting === undefined || setting.identity || !setting.platforms.includes(kind)) continue;
      for (const choice of choicesOf(w, path)) {
        walk(w, i, platform, new Map(values).set(path, choice.value), new Map(cube).set(path, choice.key));
      }
      return;
    }
    let memo = `${i}|${kind}`;
    for (const r of rule.reads) memo += `|${JSON.stringify(values.get(canonical(r)) ?? null)}`;
    let hit = w.said.get(memo);
    if (hit === undefined) {
      const fired = rule.check(buildContext(materialise(w, kind, values)));
      hit = fired === true || (fired !== false && fired.includes(w.state.modality));
      w.said.set(memo, hit);
    }
    if (!hit) continue;
    // Scoping: someone else's working case clears this check, unless the reader's own answers fire it.
    if (w.cleared.has(rule.id) && rule.reads.some((r) => cube.has(canonical(r)))) return;
    w.leaves.push({ key: rule.code, rule, platform: kind, cube });
    return;
  }
  w.leaves.push({ key: 'works', rule: null, platform: platform ?? (w.candidates[0] as Platform), cube });
}

/** The rules that scoping says pass (evidence: troubleshooting#scope-first): those reading no setting of the sides that differ. */
function clearedBy(scope: Scope, order: readonly Rule[]): Set<RuleId> {
  const out = new Set<RuleId>();
  const sidesOf = (rule: Rule) => rule.reads.map((r) => settingAt(canonical(r))?.side);
  for (const rule of order) {
    if (isUnfixable(rule)) continue;
    const sides = sidesOf(rule);
    // A colleague of yours reaching the same person shares everything but your user and the address typed.
    if (scope.colleaguesReachThem === true && !sides.includes('your-user') && !sides.includes('address')) out.add(rule.id);
    // You reaching their colleagues shares everything but their user and the address typed.
    if (scope.youReachTheirColleagues === true && !sides.includes('their-user') && !sides.includes('address')) out.add(rule.id);
    // You reaching other partners shares the settings that are the same for every partner.
    if (scope.otherPartnersWork === true && rule.reads.every((r) => settingAt(canonical(r))?.everyPartner === true)) out.add(rule.id);
  }
  return out;
}

/** Every outcome still possible with these answers: the leaves of the walk. */
function explore(state: DiagnosisState, rules: readonly Rule[], useScope: boolean): Walk {
  const order = walkOrder(state.modality, rules);
  const answeredPlatform = state.answers.get('partner.platform');
  const candidates = typeof answeredPlatform === 'string' && answeredPlatform !== UNKNOWN ? [answeredPlatform as Platform] : platformsFor(state.known.partnerDomain);
  const w: Walk = { state, order, candidates, choices: new Map(), cleared: useScope ? clearedBy(state.scope, order) : new Set(), leaves: [], said: new Map() };
  walk(w, 0, candidates.length === 1 ? candidates[0] : undefined, answeredValues(state), new Map());
  return w;
}

/** Two leaves agree on every setting both fixed, except `except`. */
function compatible(a: Leaf, b: Leaf, except: SettingPath): boolean {
  for (const [path, key] of a.cube) {
    if (path === except) continue;
    const other = b.cube.get(path);
    if (other !== undefined && other !== key) return false;
  }
  return true;
}

/**
 * True when the answer for `path` can still change the outcome. The leaves partition the open
 * choices, so it can exactly when two leaves with different outcomes fix `path` to different values
 * and agree everywhere else.
 */
export function canChange(leaves: readonly { key: string; cube: ReadonlyMap<SettingPath, string> }[], path: SettingPath): boolean {
  const fixing = leaves.filter((l) => l.cube.has(path));
  for (let i = 0; i < fixing.length; i++) {
    const a = fixing[i] as Leaf;
    for (let j = i + 1; j < fixing.length; j++) {
      const b = fixing[j] as Leaf;
      if (a.key !== b.key && a.cube.get(path) !== b.cube.get(path) && compatible(a, b, path)) return true;
    }
  }
  return false;
}

/**
 * Known facts first: with one partner kind possible, every blocker whose settings are all known
 * (answered, or identities) is checked on what is known; those that fire are found already.
 */
function foundAlready(w: Walk): BlockerRule[] {
  if (w.candidates.length !== 1) return [];
  const kind = w.candidates[0] as Platform;
  const values = answeredValues(w.state);
  const scenario = materialise(w, kind, values);
  const ctx = buildContext(scenario);
  const out: BlockerRule[] = [];
  for (const rule of w.order) {
    if (!rule.platforms.includes(kind)) continue;
    const known = rule.reads.every((r) => {
      const path = canonical(r);
      return path === 'partner.platform' || settingAt(path)?.identity === true || values.has(path);
    });
    if (!known) continue;
    const fired = rule.check(ctx);
    if (fired === true || (fired !== false && fired.includes(w.state.modality))) out.push(rule);
  }
  return out;
}

function question(setting: Setting, known: Known): NextQuestion {
  return {
    kind: 'next',
    setting: setting.path,
    question: setting.question(known),
    howTo: setting.howTo(known),
    choices: setting.choices(known),
    typed: setting.identity === true,
  };
}

/** Materialises a leaf: the answers plus the leaf's choices. */
function scenarioOf(w: Walk, leaf: Leaf): Scenario {
  const values = answeredValues(w.state);
  for (const [path, key] of leaf.cube) {
    if (path === 'partner.platform') continue;
    const choice = choicesOf(w, path).find((c) => c.key === key);
    if (choice !== undefined) values.set(path, choice.value);
  }
  return materialise(w, leaf.platform, values);
}

/** The next step for a state whose identities are known: the next question, or the outcome. */
export function nextStep(state: DiagnosisState, rules: readonly Rule[] = RULES): DiagnosisStep {
  let w = explore(state, rules, true);
  let scopeIgnored = false;
  if (w.leaves.length === 0) {
    w = explore(state, rules, false);
    scopeIgnored = true;
  }
  const leaves = w.leaves;
  const first = leaves[0] as Leaf;
  const keys = new Set(leaves.map((l) => l.key));
  // The question order: the settings in the causal order of the rules this partner kind can meet.
  const order = settingOrder(rules.filter((r) => w.candidates.some((p) => r.platforms.includes(p))));
  if (keys.size > 1) {
    // The first setting, in causal order, whose answer can still change the outcome: once a blocker
    // is found, nothing its premises rest on is left to ask, so the walk stops short of later checks.
    for (const path of order) {
      if (state.answers.has(path)) continue;
      const setting = settingAt(path);
      if (setting === undefined || setting.identity) continue;
      if (canChange(leaves, path)) {
        const found = foundAlready(w);
        return found.length > 0 ? { ...question(setting, state.known), found } : question(setting, state.known);
      }
    }
  }
  const scenario = scenarioOf(w, first);
  const open = order.filter((p) => state.answers.get(p) === UNKNOWN && canChange(leaves, p));
  // The date is applied to the outcome as evaluate applies it (history.ts applyHistory), on the
  // scenario the outcome stands on; with the partner's kind still open, that scenario's kind is a
  // guess, so each kind still possible is asked what the date changes for it.
  const kinds = w.candidates.length === 1 ? undefined : w.candidates.map((p) => baseScenario(state.known, p, state.modality));
  const dated = (outcome: Outcome): Outcome => atDate(outcome, state.asOf, kinds);
  if (keys.size === 1) {
    const rule = first.rule;
    const fixes = rule === null ? [] : rule.fix(buildContext(scenario));
    return dated({
      kind: 'outcome',
      modality: state.modality,
      decided: true,
      works: rule === null,
      reasons: rule === null ? [] : [rule.code],
      ...(rule === null ? {} : { rule }),
      unfixable: rule !== null && isUnfixable(rule),
      fixes,
      possible: [],
      open,
      scenario,
      scopeIgnored,
    });
  }
  const possible: Possible[] = [];
  for (const leaf of leaves) {
    let p = possible.find((x) => (x.reason ?? 'works') === leaf.key);
    if (p === undefined) {
      p = leaf.rule === null ? { works: true, depends: [] } : { works: false, reason: leaf.rule.code, rule: leaf.rule.id, depends: [] };
      possible.push(p);
    }
    const depends = p.depends;
    for (const path of leaf.cube.keys()) if (!depends.includes(path)) depends.push(path);
  }
  for (const p of possible) p.depends.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return dated({ kind: 'outcome', modality: state.modality, decided: false, works: null, reasons: [], unfixable: false, fixes: [], possible, open, scenario, scopeIgnored });
}

/**
 * An outcome as of a date (general availability when none is asked): what the matrix leaves
 * uncertain for the partner's kind and the modality (OCS 2007's audio and video), then the dated
 * changes in effect (history.ts), join its fixes and its certainty, as they join an evaluation's.
 * `kinds`: when the partner's kind is still open, one scenario per kind still possible; a change
 * dated for some of them makes the outcome uncertain "if the partner is" that kind (the fixes, which
 * stand on a guessed kind, are left as they are).
 */
export function atDate(outcome: Outcome, asOf: string | undefined, kinds?: readonly Scenario[]): Outcome {
  // No date asked: general availability's answer, without a date in the outcome.
  const date = asOf ?? GA_DATE;
  const stamp = asOf === undefined ? {} : { asOf };
  if (kinds !== undefined) {
    const why: string[] = [];
    const history: AppliedNoteOut[] = [];
    for (const s of kinds) {
      const d = datedAnswer(s, outcome.modality, [], date);
      if (d.uncertainty) why.push(`If the partner is ${PLATFORM_NAMES[s.partner.platform].label.replace(/^Another /, 'another ')}: ${d.uncertainty}`);
      for (const h of d.history) if (h.change === 'verdict' && !history.some((x) => x.id === h.id)) history.push(h);
    }
    return { ...outcome, ...(why.length > 0 ? { uncertainty: why.join(' ') } : {}), ...(history.length > 0 ? { history } : {}), ...stamp };
  }
  const d = datedAnswer(outcome.scenario, outcome.modality, outcome.fixes, date);
  return { ...outcome, fixes: d.fixes, ...(d.uncertainty ? { uncertainty: d.uncertainty } : {}), ...(d.history.length > 0 ? { history: d.history } : {}), ...stamp };
}

/** The scenario the answers so far describe (placeholders that pass elsewhere): for "open in the playground". */
export function scenarioOfState(state: DiagnosisState): Scenario {
  const answered = state.answers.get('partner.platform');
  const platform = typeof answered === 'string' && answered !== UNKNOWN ? (answered as Platform) : (platformsFor(state.known.partnerDomain)[0] as Platform);
  const s = baseScenario(state.known, platform, state.modality);
  for (const [path, value] of answeredValues(state)) {
    const setting = settingAt(path);
    if (path !== 'partner.platform' && setting !== undefined && !setting.identity && setting.platforms.includes(platform)) setting.set(s, structuredClone(value));
  }
  return s;
}
