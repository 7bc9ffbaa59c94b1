/**
 * The federation rules: the public API. Widgets, permalinks and the CLI import only from here.
 *
 * - parseScenario(input) → { ok, scenario } | { ok: false, field, message }: the one schema.
 * - evaluate(scenario) → Evaluation: results per modality, warnings, trace, fixes (no validation).
 * - evaluateInput(input) → parse + evaluate, never throws.
 * - RULES, MATRIX: the rules and the modality matrix as data, for pages that list them.
 */
export type * from './model.ts';
export { MODALITY_NAMES, PLATFORM_NAMES, ON_PREM_PLATFORMS, isLyncServer, isOnPrem } from './model.ts';
export { parseScenario, scenarioSchema, defaultContact, onPremFederating } from './schema.ts';
export { evaluate, evaluateInput } from './evaluate.ts';
export { RULES, STAGES, ruleById } from './rules.ts';
export { HISTORY, historyFor, historyForPage, applyHistory, GA_DATE, LAST_DATE, isIsoDate, monthYear, type DatedNote, type DatedChange } from './history.ts';
export { psLiteral, SIPFED } from './commands.ts';
export { MATRIX, MODALITIES, PLATFORMS, OCS_2007_AV_UNCERTAINTY, supportOf } from './matrix.ts';
export {
  convertMessengerAddress,
  looksLikeVanity,
  messengerDomainKind,
  normaliseDomain,
  parseAddress,
  parseVanityAddress,
  sameDomain,
} from './address.ts';
