/**
 * The Edge reader's verdict, said only as far as the paste goes. Settings the paste shows are
 * answers; settings it does not show enter the diagnosis as "I don't know" (the same UNKNOWN a
 * reader gives in the diagnosis, src/rules/diagnose.ts), never as a default. Where an unread
 * setting can still change the outcome, the verdict is "not decided" and names what to paste next:
 * the command that shows that setting (the setting's own "how to find out", settings.ts).
 *
 * The tenant side is the reader's Lync Online tenant with the playground's defaults (the paste is
 * the partner's Edge; nothing in it describes the tenant), as the evaluation has always assumed.
 */
import { nextStep, UNKNOWN, type Outcome } from '../../rules/diagnose.ts';
import { SETTINGS, type Known } from '../../rules/settings.ts';
import { MODALITIES, type Evaluation, type Modality, type ReasonCode, type Rule, type Scenario, type SettingPath } from '../../rules/model.ts';
import { RULES } from '../../rules/rules.ts';
import { ALIASES } from '../../rules/settings.ts';
import { defaultTenant, EDGE_SETTINGS, type MappedPartner, type PartnerSetting } from './partner.ts';

/** A setting the paste did not show, and the command whose output shows it. */
export interface NotInPaste {
  setting: PartnerSetting;
  path: SettingPath;
  /** "not in your paste", with the command that shows it (or that no output shows it). */
  message: string;
  /** The command whose output shows it; null when none does (settings.ts, EdgeWords.shownBy). */
  command: string | null;
}

export interface ModalityVerdict {
  modality: Modality;
  /** False: a setting the paste does not show can still change the outcome. */
  decided: boolean;
  /** Decided: the verdict; not decided: null. */
  works: boolean | null;
  /** Decided and blocked: the first blocker. */
  reasons: ReasonCode[];
  /** Not decided: every outcome still possible ('works' or a blocker's code). */
  possible: string[];
  /** Not decided: the settings that can still change it, with what to paste next. */
  pasteNext: NotInPaste[];
}

export interface EdgeVerdict {
  /** Every partner setting the paste did not show (the domain aside: it is typed, never read from the Edge). */
  notInPaste: NotInPaste[];
  modalities: ModalityVerdict[];
  /** True when every modality is decided. */
  decided: boolean;
}

/** The Management Shell command that shows each setting (null: no output shows it). */
export const SHOWN_BY = Object.fromEntries(
  (Object.keys(EDGE_SETTINGS) as PartnerSetting[]).flatMap((s) => (s === 'domain' ? [] : [[s, EDGE_SETTINGS[s].shownBy]])),
) as Readonly<Record<Exclude<PartnerSetting, 'domain'>, string | null>>;

/** What the reader says of a setting the paste does not show. */
export const notShownWords = (command: string | null): string =>
  command === null ? 'no Management Shell output shows it, so it stays unknown until you answer it in Diagnose a contact or the playground' : `${command} shows it`;

/**
 * The diagnosis's setting for each partner field: the same name under `partner.`. A partner field
 * the diagnosis has no path for is a type error here (SettingPath in src/rules/model.ts, and its
 * question in src/rules/settings.ts).
 */
const pathOf = (setting: Exclude<PartnerSetting, 'domain'>): SettingPath => `partner.${setting}` satisfies SettingPath;

/** What the paste decides for a default tenant on `tenantDomain`, and what it leaves open. */
export function judgePartner(mapped: MappedPartner, tenantDomain: string, notRead: readonly PartnerSetting[] = mapped.notRead): EdgeVerdict {
  const partner = mapped.partner;
  const contact = `user@${partner.domain}`;
  const known: Known = { tenantDomain, partnerAddress: contact, partnerDomain: partner.domain, platform: partner.platform };
  const scenario = { tenant: defaultTenant(tenantDomain), partner, contact, modalities: [] } as unknown as Scenario;
  const notInPaste: NotInPaste[] = [];
  const unknown = new Set<SettingPath>();
  for (const s of notRead) {
    if (s === 'domain') continue;
    const command = SHOWN_BY[s];
    const path = pathOf(s);
    notInPaste.push({ setting: s, path, command, message: `${path}: not in your paste; ${notShownWords(command)}.` });
    unknown.add(path);
  }
  const answers = new Map<SettingPath, unknown>();
  for (const setting of SETTINGS) {
    if (setting.identity || !setting.platforms.includes(partner.platform)) continue;
    answers.set(setting.path, unknown.has(setting.path) ? UNKNOWN : structuredClone(setting.get(scenario)));
  }
  answers.set('partner.platform', partner.platform);
  const modalities = MODALITIES.map((modality): ModalityVerdict => {
    const step = nextStep({ modality, known, answers, scope: {} });
    // Every setting is answered (a value or "I don't know"), so the diagnosis ends in an outcome.
    const o = step as Outcome;
    if (step.kind !== 'outcome') return { modality, decided: false, works: null, reasons: [], possible: [], pasteNext: notInPaste };
    return {
      modality,
      decided: o.decided,
      works: o.works,
      reasons: o.reasons,
      possible: o.possible.map((p) => (p.works ? 'works' : (p.reason ?? 'blocked'))),
      pasteNext: o.decided ? [] : notInPaste.filter((n) => o.open.includes(n.path)),
    };
  });
  return { notInPaste, modalities, decided: modalities.every((m) => m.decided) };
}

/** True when the rule reads a setting the paste did not show: what it says stands on a default. */
function readsUnknown(rule: Rule | undefined, verdict: EdgeVerdict): boolean {
  if (!rule) return false;
  return rule.reads.some((r) => verdict.notInPaste.some((n) => n.path === (ALIASES[r] ?? r)));
}

/**
 * The rules' evaluation, kept only as far as the paste decides it: null while any modality is not
 * decided; otherwise without the reasons, warnings, fixes and trace steps of rules that read a
 * setting the paste did not show (their finding would stand on a default).
 */
export function decidedEvaluation(evaluation: Evaluation, verdict: EdgeVerdict): Evaluation | null {
  if (!verdict.decided) return null;
  const byCode = new Map<string, Rule>(RULES.map((r) => [r.code, r]));
  const byId = new Map<string, Rule>(RULES.map((r) => [r.id, r]));
  return {
    ...evaluation,
    results: evaluation.results.map((r) => {
      const first = verdict.modalities.find((m) => m.modality === r.modality)?.reasons ?? [];
      return { ...r, reasons: r.reasons.filter((code) => first.includes(code) || !readsUnknown(byCode.get(code), verdict)) };
    }),
    warnings: evaluation.warnings.filter((code) => !readsUnknown(byCode.get(code), verdict)),
    fixes: evaluation.fixes.filter((f) => !readsUnknown(byId.get(f.rule), verdict)),
    trace: evaluation.trace.filter((t) => !readsUnknown(byId.get(t.rule), verdict)),
  };
}
