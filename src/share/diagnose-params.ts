/**
 * The diagnosis's link: every answer in readable query parameters, in the order given, e.g.
 *
 *   /troubleshooting/diagnose/?m=presence&you=contoso.com&them=tommy@fabrikam.com&a=partner.platform:lync-online&a=tenant.dnsVerified:yes
 *
 * An answer is a setting's path and one of its choice keys (or "unknown"). `asof=YYYY-MM-DD` is the
 * date the answer is for, read and written by the playground's own date field (playground-fields.ts):
 * a link without it means general availability, as every link made before dates existed. Reading
 * never fails: what cannot be understood is left out and each problem is said in plain words.
 */
import type { SettingPath } from '../rules/model.ts';
import { RULES } from '../rules/rules.ts';
import { SETTINGS } from '../rules/settings.ts';
import { isSymptomId, rulesFor, SYMPTOMS, type SymptomId } from '../rules/symptoms.ts';
import { GA_DATE } from '../rules/history.ts';
import { typedDate, type TypedDate } from './as-of.ts';
import { USER_FIELDS } from './playground-fields.ts';

/** The date field: the playground's (label, hint, link parameter and its reading). */
const AS_OF = USER_FIELDS.asOf;

export interface DiagnoseLink {
  /** What goes wrong: a modality's id (the links of before) or another symptom's (rules/symptoms.ts). */
  symptom: SymptomId;
  you: string;
  them: string;
  /** Scoping (evidence: troubleshooting#scope-first): other users of yours reach them; you reach others at their company. */
  colleagues: 'yes' | 'no' | 'unknown';
  theirs: 'yes' | 'no' | 'unknown';
  /** Scoping: you reach people at other partners (so not everyone everywhere fails). */
  partners: 'yes' | 'no' | 'unknown';
  /** [setting path, choice key or "unknown"], in the order answered. */
  answers: [SettingPath, string][];
  /** The date the answer is for, as typed (YYYY-MM-DD; empty or GA_DATE: general availability). */
  asOf: string;
}

export const emptyLink = (): DiagnoseLink => ({ symptom: 'presence', you: '', them: '', colleagues: 'unknown', theirs: 'unknown', partners: 'unknown', answers: [], asOf: GA_DATE });

const PATHS = new Set<string>(SETTINGS.filter((s) => !s.identity).map((s) => s.path));
const TRI = ['yes', 'no', 'unknown'];

export function encodeDiagnoseParams(link: DiagnoseLink): string {
  const q = new URLSearchParams({ m: link.symptom });
  if (link.you.trim()) q.set('you', link.you.trim());
  if (link.them.trim()) q.set('them', link.them.trim());
  if (link.colleagues !== 'unknown') q.set('others', link.colleagues);
  if (link.theirs !== 'unknown') q.set('theirs', link.theirs);
  if (link.partners !== 'unknown') q.set('partners', link.partners);
  for (const [path, key] of link.answers) q.append('a', `${path}:${key}`);
  for (const value of AS_OF.codec.encode(link.asOf, AS_OF.default)) q.set(AS_OF.param, value);
  return q.toString();
}

export function decodeDiagnoseParams(search: string): { link: DiagnoseLink; problems: string[]; present: boolean } {
  const q = new URLSearchParams(search);
  const link = emptyLink();
  const problems: string[] = [];
  const present = ['m', 'you', 'them', 'a', AS_OF.param].some((k) => q.has(k));
  const m = q.get('m');
  if (m !== null) {
    if (isSymptomId(m)) link.symptom = m;
    else problems.push(`The link's symptom "${m.slice(0, 40)}" is not one we know, so Presence is assumed.`);
  }
  link.you = (q.get('you') ?? '').slice(0, 300);
  link.them = (q.get('them') ?? '').slice(0, 300);
  for (const [name, field] of [['others', 'colleagues'], ['theirs', 'theirs'], ['partners', 'partners']] as const) {
    const v = q.get(name);
    if (v === null) continue;
    if (TRI.includes(v)) link[field] = v as 'yes' | 'no' | 'unknown';
    else problems.push(`The link's "${name}" answer "${v.slice(0, 40)}" is not yes, no or unknown, so it was left out.`);
  }
  for (const a of q.getAll('a').slice(0, 40)) {
    const colon = a.lastIndexOf(':');
    const path = a.slice(0, colon);
    const key = a.slice(colon + 1);
    if (colon < 0 || !PATHS.has(path)) {
      problems.push(`The link's answer "${a.slice(0, 60)}" does not name a setting we ask about, so it was left out.`);
      continue;
    }
    if (link.answers.some(([p]) => p === path)) continue;
    link.answers.push([path as SettingPath, key]);
  }
  link.asOf = AS_OF.codec.decode(q.getAll(AS_OF.param), GA_DATE, (message) => problems.push(`The link's date ${message}`), AS_OF.param);
  return { link, problems, present };
}

/** The date the diagnosis answers for: the link's, when it is one (as-of.ts: the playground's check and message). */
export function linkDate(link: Pick<DiagnoseLink, 'asOf'>): TypedDate {
  return typedDate(link.asOf);
}

import { diagnoseInput, type DiagnoseInputResult } from '../rules/diagnose-input.ts';
import { UNKNOWN } from '../rules/diagnose.ts';
import { settingAt, type Choice } from '../rules/settings.ts';

/** One answered question, as the page lists it (and the forum answer writes it). */
export interface AnsweredQuestion {
  path: SettingPath;
  question: string;
  choices: Choice[];
  /** The choice key, or "unknown". */
  key: string;
  answer: string;
}

export interface LinkDiagnosis {
  /** Null for a symptom outside the federation rules: the page shows its note, nothing is asked. */
  result: DiagnoseInputResult | null;
  answered: AnsweredQuestion[];
  problems: string[];
}

/** Runs the diagnosis for a link's answers: choice keys become values through each setting's choices. */
export function diagnoseLink(link: DiagnoseLink): LinkDiagnosis {
  const answers: Record<string, unknown> = {};
  if (link.you.trim()) answers['tenant.domain'] = link.you.trim();
  if (link.them.trim()) answers['contact'] = link.them.trim();
  const scope: Record<string, boolean> = {};
  if (link.colleagues !== 'unknown') scope['colleaguesReachThem'] = link.colleagues === 'yes';
  if (link.theirs !== 'unknown') scope['youReachTheirColleagues'] = link.theirs === 'yes';
  if (link.partners !== 'unknown') scope['otherPartnersWork'] = link.partners === 'yes';
  const modality = SYMPTOMS[link.symptom].modality;
  if (modality === undefined) return { result: null, answered: [], problems: [] };
  const rules = rulesFor(link.symptom, RULES);
  // A date that is not one leaves the answer at general availability (the field says why).
  const { asOf } = linkDate(link);
  const dated = asOf === GA_DATE ? {} : { asOf };
  const first = diagnoseInput({ modality, answers, scope, ...dated }, rules);
  if (!first.ok || first.state === null) return { result: first, answered: [], problems: [] };
  const known = first.state.known;
  const answered: AnsweredQuestion[] = [];
  const problems: string[] = [];
  for (const [path, key] of link.answers) {
    const setting = settingAt(path);
    if (setting === undefined) continue;
    const choices = setting.choices(known);
    const choice = choices.find((c) => c.key === key);
    if (key !== UNKNOWN && choice === undefined) {
      problems.push(`The link's answer "${key.slice(0, 40)}" to "${setting.question(known)}" is not one of its choices, so it was left out.`);
      continue;
    }
    answers[path] = choice === undefined ? UNKNOWN : choice.value;
    answered.push({ path, question: setting.question(known), choices, key, answer: choice?.label ?? "I don't know" });
  }
  let result = diagnoseInput({ modality, answers, scope, ...dated }, rules);
  // An answer that no longer fits (a setting the partner kind chosen does not have) is dropped, and said.
  for (let guard = 0; guard < 40 && !result.ok; guard++) {
    const field = result.field;
    const i = answered.findIndex((a) => field.startsWith(a.path));
    const gone = answered[i];
    if (gone === undefined) break;
    answered.splice(i, 1);
    delete answers[gone.path];
    problems.push(`"${gone.question}" does not apply to this kind of partner, so its answer was left out.`);
    result = diagnoseInput({ modality, answers, scope, ...dated }, rules);
  }
  return { result, answered, problems };
}
