/**
 * The picture's words: each check as the condition that must hold (so "passes" and "blocks" read
 * naturally after it), and each hop's name. Display only: whether a check holds is the
 * evaluation's, and what a blocker means is its rule's explanation.
 */
import type { Modality, Platform, RuleId } from '../rules/index.ts';
import type { HopId } from './hops.ts';
import { platformRecord } from '../rules/model.ts';
import { RULES } from '../rules/index.ts';

/** Each check as the condition that must hold, from its rule's description (`holds` in src/rules/rules-*.ts). */
export const CHECK_LABEL: Readonly<Record<RuleId, string>> = Object.fromEntries(RULES.map((rule) => [rule.id, rule.holds])) as Record<RuleId, string>;

export const HOP_NAME: Record<HopId, string> = {
  'your-user': 'Your user',
  'your-tenant': 'Your Lync Online tenant',
  'federation-edge': 'Lync Online federation edge',
  dns: 'DNS lookup (inferred)',
  route: 'Their route to Lync Online',
  'public-im': 'Public IM connectivity',
  'their-tenant': 'Their Lync Online tenant',
  'their-edge': 'Their Access Edge',
  messenger: 'Windows Live Messenger',
  'their-user': 'Their user',
};

/** Each partner kind's short name, from its description (PLATFORM_NAMES in src/rules/model.ts). */
export const PLATFORM_NAME: Readonly<Record<Platform, string>> = platformRecord('short');

export const MODALITY_NAME: Record<Modality, string> = {
  im: 'IM',
  presence: 'presence',
  audio: 'audio',
  video: 'video',
  'file-transfer': 'file transfer',
};
