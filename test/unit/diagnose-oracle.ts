/**
 * The diagnosis answered truthfully from a full scenario, and an oracle that judges each question
 * with `evaluate` alone (not the diagnosis's own walk): shared by the property test and the bench.
 */
import { evaluate } from '../../src/rules/index.ts';
import { diagnoseInput, type OutsideStep } from '../../src/rules/diagnose-input.ts';
import { isUnfixable, UNKNOWN, type DiagnosisStep } from '../../src/rules/diagnose.ts';
import type { Modality, Platform, Rule, Scenario, SettingPath } from '../../src/rules/index.ts';
import { RULES } from '../../src/rules/index.ts';
import { platformsFor, SETTINGS, settingAt, type Known } from '../../src/rules/settings.ts';
import { baseScenario } from '../../src/rules/diagnose.ts';

const UNFIXABLE = new Set(RULES.filter((r) => r.kind === 'blocker' && isUnfixable(r)).map((r) => r.code));

/** The outcome evaluate gives for one modality: works, or the first blocker (one no setting lifts first). */
export function expectedOutcome(s: Scenario, modality: Modality): string {
  const r = evaluate({ ...s, modalities: [modality] }).results[0];
  if (r === undefined || r.works) return 'works';
  return r.reasons.find((code) => UNFIXABLE.has(code)) ?? (r.reasons[0] as string);
}

/** What the reader gives before any question: their domain and the address they typed. */
export function startAnswers(s: Scenario): Record<string, unknown> {
  const who = s.partner.platform === 'windows-live-messenger' ? { 'partner.address': s.partner.address } : { 'partner.domain': s.partner.domain };
  return { 'tenant.domain': s.tenant.domain, ...who };
}

/** The truthful answer to a question about this scenario. */
export function truth(s: Scenario, path: SettingPath): unknown {
  const setting = settingAt(path);
  if (setting === undefined) throw new Error(`no setting ${path}`);
  return setting.get(s);
}

/**
 * A question answered before the partner's kind was known can turn out not to apply to that kind
 * (your allow list, for a Messenger user): the page then drops the answer and says so; so does this.
 */
function dropInapplicable(answers: Record<string, unknown>, r: { field: string; message: string }): boolean {
  if (!r.message.includes('has no such setting') || !(r.field in answers)) return false;
  delete answers[r.field];
  return true;
}

export interface Run {
  asked: SettingPath[];
  last: DiagnosisStep | OutsideStep;
  /** The answers as they stood before each question. */
  before: Record<string, unknown>[];
}

/** Runs the diagnosis to its end, answering from the scenario (or "unknown" where `dontKnow` says). */
export function answerFrom(s: Scenario, modality: Modality, dontKnow: (path: SettingPath) => boolean = () => false, rules?: readonly Rule[]): Run {
  const answers: Record<string, unknown> = startAnswers(s);
  const asked: SettingPath[] = [];
  const before: Record<string, unknown>[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const r = diagnoseInput({ modality, answers }, rules);
    if (!r.ok && dropInapplicable(answers, r)) continue;
    if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
    if (r.step.kind !== 'next') return { asked, last: r.step, before };
    before.push({ ...answers });
    asked.push(r.step.setting);
    // A setting this kind of partner does not have: the reader cannot answer it.
    const value = truth(s, r.step.setting);
    answers[r.step.setting] = dontKnow(r.step.setting) || value === undefined ? UNKNOWN : value;
  }
  throw new Error('the diagnosis did not end');
}

/**
 * Independent of the diagnosis's walk: is there a completion of the still-open settings (from their
 * choices) under which two values of `path` give different outcomes by `evaluate`?
 */
export function canChangeByEvaluate(s: Scenario, modality: Modality, answers: Record<string, unknown>, path: SettingPath): boolean {
  const known: Known = {
    tenantDomain: s.tenant.domain,
    partnerAddress: s.partner.platform === 'windows-live-messenger' ? s.partner.address : `user@${s.partner.domain}`,
    partnerDomain: s.partner.platform === 'windows-live-messenger' ? s.partner.address.slice(s.partner.address.lastIndexOf('@') + 1) : s.partner.domain,
  };
  const platformAnswer = answers['partner.platform'];
  const platforms: Platform[] = platformAnswer !== undefined && platformAnswer !== UNKNOWN ? [platformAnswer as Platform] : platformsFor(known.partnerDomain);
  for (const platform of platforms) {
    const k = { ...known, platform };
    const open: { path: SettingPath; values: unknown[] }[] = [];
    const fixed: [SettingPath, unknown][] = [];
    // Every setting a reader can answer, from the one settings table (no list written here).
    for (const setting of SETTINGS.filter((x) => x.identity !== true && x.path !== 'partner.platform').map((x) => x.path)) {
      const spec = settingAt(setting);
      if (spec === undefined || !spec.platforms.includes(platform)) continue;
      const a = answers[setting];
      if (setting !== path && a !== undefined && a !== UNKNOWN) fixed.push([setting, a]);
      else open.push({ path: setting, values: spec.choices(k).map((c) => c.value) });
    }
    const target = open.findIndex((o) => o.path === path);
    const others = open.filter((o) => o.path !== path);
    const values = path === 'partner.platform' ? null : (open[target]?.values ?? null);
    // Odometer over the other open settings; for each completion, compare the values of `path`.
    const idx = others.map(() => 0);
    for (;;) {
      const outcomes = new Set<string>();
      const build = (p: Platform, v: unknown) => {
        const sc = baseScenario({ ...k, platform: p }, p, modality);
        for (const [fp, fv] of fixed) if (settingAt(fp)?.platforms.includes(p)) settingAt(fp)?.set(sc, structuredClone(fv));
        others.forEach((o, i) => {
          if (settingAt(o.path)?.platforms.includes(p)) settingAt(o.path)?.set(sc, structuredClone(o.values[idx[i] as number]));
        });
        if (v !== undefined) settingAt(path)?.set(sc, structuredClone(v));
        return sc;
      };
      if (values === null) {
        // The question is the partner's kind: compare kinds under the same settings.
        if (path !== 'partner.platform') return false;
        for (const p of platformsFor(known.partnerDomain)) outcomes.add(expectedOutcome(build(p, undefined), modality));
      } else {
        for (const v of values) outcomes.add(expectedOutcome(build(platform, v), modality));
      }
      if (outcomes.size > 1) return true;
      let i = 0;
      for (; i < others.length; i++) {
        idx[i] = (idx[i] as number) + 1;
        if ((idx[i] as number) < (others[i]?.values.length as number)) break;
        idx[i] = 0;
      }
      if (i === others.length) break;
    }
  }
  return false;
}

/** A kept scenario as its file gives it: the normalised scenario and the raw input (to tell what it is silent about). */
export interface KeptScenario {
  name: string;
  scenario: Scenario;
  raw: unknown;
}

/** True when the raw scenario input says nothing at `path` (an optional field left out): the reader does not know. */
export function silentAt(raw: unknown, path: SettingPath): boolean {
  let o: unknown = raw;
  for (const part of path.split('.')) {
    if (typeof o !== 'object' || o === null || !(part in o)) return true;
    o = (o as Record<string, unknown>)[part];
  }
  return false;
}

/**
 * The diagnosis as a reader meets it on the page: symptom, their own domain and the address they typed
 * (the first screen), then each question answered from the scenario, "I don't know" where it is silent.
 * A reader whose typed address names someone other than the partner also says who they meant.
 */
export function answerLikeReader(k: KeptScenario, modality: Modality, rules?: readonly Rule[]): Run {
  const s = k.scenario;
  const answers: Record<string, unknown> = { 'tenant.domain': s.tenant.domain, contact: s.contact };
  const partner = startAnswers(s);
  const fromContact = diagnoseInput({ modality, answers: { ...answers } }, rules);
  const meant = s.partner.platform === 'windows-live-messenger' ? s.partner.address : s.partner.domain;
  const derived = fromContact.ok && fromContact.state !== null ? (s.partner.platform === 'windows-live-messenger' ? fromContact.state.known.partnerAddress : fromContact.state.known.partnerDomain) : '';
  if (derived !== meant) Object.assign(answers, partner);
  const asked: SettingPath[] = [];
  const before: Record<string, unknown>[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const r = diagnoseInput({ modality, answers }, rules);
    if (!r.ok && dropInapplicable(answers, r)) continue;
    if (!r.ok) throw new Error(`${k.name}: ${r.field}: ${r.message}`);
    if (r.step.kind !== 'next') return { asked, last: r.step, before };
    before.push({ ...answers });
    asked.push(r.step.setting);
    const value = truth(s, r.step.setting);
    answers[r.step.setting] = value === undefined || silentAt(k.raw, r.step.setting) ? UNKNOWN : value;
  }
  throw new Error('the diagnosis did not end');
}
