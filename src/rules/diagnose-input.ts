/**
 * The diagnosis's front door for untrusted input (the CLI, links, the page):
 *
 *   { "modality": "presence", "answers": { "tenant.domain": "contoso.com", "partner.platform": "unknown", ... },
 *     "scope": { "colleaguesReachThem": true }, "asOf": "2012-03-01" }
 *
 * Every answer is a value written as in a scenario file, or "unknown"; each is checked by the one
 * scenario schema, so a bad value gets the schema's own reason. `asOf` (optional, as a scenario's:
 * 2011-06-28 to 2013-12-31) answers as of that date (diagnose.ts atDate). Never throws.
 */
import { normaliseDomain, parseAddress, parseVanityAddress, looksLikeVanity } from './address.ts';
import { nextStep, UNKNOWN, type DiagnosisState, type DiagnosisStep, type Scope } from './diagnose.ts';
import { baseScenario } from './diagnose.ts';
import { asOfProblem } from './history.ts';
import { MODALITIES, PLATFORMS } from './matrix.ts';
import type { Modality, Platform, Rule, Scenario, SettingPath } from './model.ts';
import { RULES } from './rules.ts';
import { parseScenario } from './schema.ts';
import { ALIASES, SETTINGS, settingAt, type Known } from './settings.ts';
import { isSymptomId, rulesFor, SYMPTOM_IDS, SYMPTOMS, type SymptomId, type SymptomNote } from './symptoms.ts';

/** A symptom whose cause lies outside the federation rules: nothing to ask, the next step is its note. */
export interface OutsideStep {
  kind: 'outside';
  symptom: SymptomId;
  note: SymptomNote;
}

export type DiagnoseInputResult = { ok: true; step: DiagnosisStep | OutsideStep; state: DiagnosisState | null } | { ok: false; field: string; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const PATHS = [...SETTINGS.map((s) => s.path), ...Object.keys(ALIASES)];

/** Writes `value` at a dotted path of a plain object. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = target;
  for (const part of parts.slice(0, -1)) o = o[part] as Record<string, unknown>;
  o[parts[parts.length - 1] as string] = value;
}

/** The partner's sign-in address from what the reader gave: an address, a domain, or the address typed. */
function partnerIdentity(answers: Record<string, unknown>): { ok: true; address: string } | { ok: false; field: string; message: string } | null {
  const fromAddress = (field: string, raw: unknown) => {
    if (typeof raw !== 'string') return { ok: false as const, field, message: 'must be an address written as text, user@domain' };
    if (looksLikeVanity(raw)) {
      const v = parseVanityAddress(raw);
      return v.ok ? { ok: true as const, address: `${v.value.user}@${v.value.domain}` } : { ok: false as const, field, message: v.message };
    }
    const a = parseAddress(raw);
    return a.ok ? { ok: true as const, address: `${a.value.user}@${a.value.domain}` } : { ok: false as const, field, message: a.message };
  };
  const address = answers['partner.address'];
  if (address !== undefined && address !== UNKNOWN) return fromAddress('partner.address', address);
  const domain = answers['partner.domain'];
  if (domain !== undefined && domain !== UNKNOWN) {
    if (typeof domain !== 'string') return { ok: false, field: 'partner.domain', message: 'must be a domain written as text' };
    const d = normaliseDomain(domain);
    return d.ok ? { ok: true, address: `user@${d.value}` } : { ok: false, field: 'partner.domain', message: d.message };
  }
  const contact = answers['contact'];
  if (typeof contact === 'string' && contact !== UNKNOWN) return fromAddress('contact', contact);
  return null;
}

/** One answer, normalised by the scenario schema (on a scenario of a kind that has the setting). */
function readAnswer(path: SettingPath, raw: unknown, known: Known, modality: Modality): { ok: true; value: unknown } | { ok: false; field: string; message: string } {
  const setting = settingAt(path);
  if (setting === undefined) return { ok: false, field: path, message: 'is not a setting the diagnosis knows' };
  if (path === 'partner.platform') {
    return typeof raw === 'string' && (PLATFORMS as readonly string[]).includes(raw)
      ? { ok: true, value: raw }
      : { ok: false, field: path, message: `must be one of ${PLATFORMS.join(', ')} or "unknown"` };
  }
  const platform = known.platform !== undefined && setting.platforms.includes(known.platform) ? known.platform : known.platform === undefined ? setting.platforms[0] : undefined;
  if (platform === undefined) return { ok: false, field: path, message: `a ${known.platform} partner has no such setting` };
  const input = structuredClone(baseScenario(known, platform, modality)) as unknown as Record<string, unknown>;
  setPath(input, path, raw);
  const parsed = parseScenario(input);
  if (!parsed.ok) return { ok: false, field: parsed.field, message: parsed.message };
  return { ok: true, value: setting.get(parsed.scenario as Scenario) };
}

/** Validates a diagnosis request and answers with its next step. Never throws. */
export function diagnoseInput(input: unknown, allRules: readonly Rule[] = RULES): DiagnoseInputResult {
  let rules = allRules;
  try {
    if (!isObject(input)) return { ok: false, field: 'diagnosis', message: 'must be a JSON object with "modality" and "answers"' };
    for (const key of Object.keys(input)) {
      if (!['modality', 'symptom', 'answers', 'scope', 'asOf'].includes(key)) return { ok: false, field: key, message: 'is not a field of a diagnosis (expected "modality" or "symptom", "answers" and optionally "scope" and "asOf")' };
    }
    const rawAsOf = input['asOf'];
    const asOfWrong = rawAsOf === undefined ? null : asOfProblem(rawAsOf);
    if (asOfWrong !== null) return { ok: false, field: 'asOf', message: asOfWrong };
    const dated = rawAsOf === undefined ? {} : { asOf: rawAsOf as string };
    // A symptom (rules/symptoms.ts) names the modality, the rules it rules out, or a cause outside the rules.
    let modality = input['modality'];
    const rawSymptom = input['symptom'];
    if (rawSymptom !== undefined) {
      if (typeof rawSymptom !== 'string' || !isSymptomId(rawSymptom)) return { ok: false, field: 'symptom', message: `must be one of ${SYMPTOM_IDS.join(', ')}` };
      const symptom = SYMPTOMS[rawSymptom];
      if (symptom.modality === undefined) return { ok: true, step: { kind: 'outside', symptom: rawSymptom, note: symptom.note ?? { text: '', pointers: [] } }, state: null };
      if (modality !== undefined && modality !== symptom.modality) return { ok: false, field: 'modality', message: `does not go with the symptom "${rawSymptom}" (its modality is ${symptom.modality}); give one or the other` };
      modality = symptom.modality;
      rules = rulesFor(rawSymptom, rules);
    }
    if (typeof modality !== 'string' || !(MODALITIES as readonly string[]).includes(modality)) {
      return { ok: false, field: 'modality', message: `must be one of ${MODALITIES.join(', ')}` };
    }
    const rawAnswers = input['answers'] ?? {};
    if (!isObject(rawAnswers)) return { ok: false, field: 'answers', message: 'must be an object of setting paths to values' };
    for (const key of Object.keys(rawAnswers)) {
      if (!PATHS.includes(key as SettingPath)) return { ok: false, field: `answers.${key}`, message: `is not a setting the diagnosis knows (known: ${PATHS.join(', ')})` };
    }
    const scope: Scope = {};
    const rawScope = input['scope'];
    if (rawScope !== undefined) {
      if (!isObject(rawScope)) return { ok: false, field: 'scope', message: 'must be an object' };
      for (const [key, value] of Object.entries(rawScope)) {
        if (key !== 'colleaguesReachThem' && key !== 'youReachTheirColleagues' && key !== 'otherPartnersWork') return { ok: false, field: `scope.${key}`, message: 'is not a scoping answer (expected colleaguesReachThem, youReachTheirColleagues or otherPartnersWork)' };
        if (value !== true && value !== false && value !== UNKNOWN) return { ok: false, field: `scope.${key}`, message: 'must be true, false or "unknown"' };
        if (value !== UNKNOWN) scope[key] = value;
      }
    }
    const m = modality as Modality;
    const empty: DiagnosisState | null = null;

    // The identities first: your domain, then who they are.
    const td = rawAnswers['tenant.domain'];
    if (td === UNKNOWN) return { ok: false, field: 'tenant.domain', message: 'cannot be "unknown": it is the part after @ in your own sign-in address' };
    if (td === undefined) return { ok: true, step: identityQuestion('tenant.domain'), state: empty };
    if (typeof td !== 'string') return { ok: false, field: 'tenant.domain', message: 'must be a domain written as text' };
    const tenantDomain = normaliseDomain(td);
    if (!tenantDomain.ok) return { ok: false, field: 'tenant.domain', message: tenantDomain.message };
    const who = partnerIdentity(rawAnswers);
    if (who === null) {
      if (rawAnswers['partner.address'] === UNKNOWN || rawAnswers['partner.domain'] === UNKNOWN) {
        return { ok: false, field: 'partner.address', message: 'cannot be "unknown": give the address of the person you are trying to reach' };
      }
      return { ok: true, step: identityQuestion('partner.address'), state: empty };
    }
    if (!who.ok) return who;
    const partnerDomain = who.address.slice(who.address.lastIndexOf('@') + 1);
    const known: Known = { tenantDomain: tenantDomain.value, partnerAddress: who.address, partnerDomain };
    const platform = rawAnswers['partner.platform'];
    if (platform !== undefined && platform !== UNKNOWN) {
      const p = readAnswer('partner.platform', platform, known, m);
      if (!p.ok) return p;
      known.platform = p.value as Platform;
    }

    const answers = new Map<SettingPath, unknown>();
    for (const [key, raw] of Object.entries(rawAnswers)) {
      const path = (ALIASES[key] ?? key) as SettingPath;
      if (settingAt(path)?.identity) continue;
      if (raw === UNKNOWN) {
        answers.set(path, UNKNOWN);
        continue;
      }
      const value = readAnswer(path, raw, known, m);
      if (!value.ok) return value;
      answers.set(path, value.value);
    }
    const state: DiagnosisState = { modality: m, known, answers, scope, ...dated };
    return { ok: true, step: nextStep(state, rules), state };
  } catch (error) {
    return { ok: false, field: 'diagnosis', message: `could not be worked out (${error instanceof Error ? error.message : 'unknown error'})` };
  }
}

function identityQuestion(path: SettingPath): DiagnosisStep {
  const setting = settingAt(path);
  const k: Known = { tenantDomain: 'your domain', partnerAddress: 'user@their domain', partnerDomain: 'their domain' };
  return { kind: 'next', setting: path, question: setting?.question(k) ?? path, howTo: setting?.howTo(k) ?? '', choices: [], typed: true };
}
