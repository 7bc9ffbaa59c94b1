/** The Edge configuration reader: pasted Lync Server 2010 Management Shell output in, a partner out. */
export { readEdgeConfig, diagnosticCode, EXPECTED_EDGE_CONFIG, MAX_EDGE_PASTE } from './read.ts';
export type { EdgeConfigRead, EdgeConfigResult, PartnerTestRead, PolicyRead } from './read.ts';
export { toPartner, choosePolicy, defaultPartner, defaultTenant, evaluatePartner, EDGE_SETTINGS, PARTNER_SETTINGS } from './partner.ts';
export type { EdgeSetting, MappedPartner, MapOptions, PartnerInput, PartnerSetting } from './partner.ts';
export { judgeTests } from './test-result.ts';
export type { TestVerdict } from './test-result.ts';
export { parsePowerShell, normalisePaste } from './powershell.ts';
export type { PsLine, PsObject, PsParse } from './powershell.ts';
export { SOURCES } from './sources.ts';
export { judgePartner, decidedEvaluation, notShownWords, SHOWN_BY } from './verdict.ts';
export type { EdgeVerdict, ModalityVerdict, NotInPaste } from './verdict.ts';
