/**
 * The Domain Federation tab widget's model: your domain, the tab's mode and list, and a partner
 * domain to test. The partner is a Lync Online tenant set up to accept you, so whatever stops it
 * is on your side; the rules decide, this module only picks out your side's part of their answer.
 */
import { evaluateInput, MODALITIES } from '../../rules/index.ts';
import type { Evaluation, FederationMode, Fix, ReasonCode, RuleId, ScenarioInput } from '../../rules/index.ts';
import { ruleById } from '../playground/rule-lookup.ts';

export interface DomainFederationState {
  domain: string;
  mode: FederationMode;
  domains: string[];
  partnerDomain: string;
}

export const DEFAULT_STATE: DomainFederationState = {
  domain: 'contoso.com',
  mode: 'allow-all-except-blocked',
  domains: [],
  partnerDomain: 'fabrikam.com',
};

/** Your tenant as the tab sets it (everything else on your side in order), and a willing partner. */
export function toScenarioInput(state: DomainFederationState): ScenarioInput {
  return {
    tenant: {
      domain: state.domain,
      dnsVerified: true,
      federation: { mode: state.mode, domains: state.domains },
      publicIm: 'disabled',
      userExternalAccess: true,
    },
    partner: {
      platform: 'lync-online',
      domain: state.partnerDomain,
      dnsVerified: true,
      federation: { mode: 'allow-all-except-blocked', domains: [] },
      userExternalAccess: true,
    },
    modalities: [...MODALITIES],
  };
}

/** Codes that belong to your side of the connection (the contract's tenant-* codes). */
export function isYourSide(code: ReasonCode): boolean {
  return code.startsWith('tenant-');
}

/** Codes of the modality itself (file transfer, the matrix): no setting changes them. */
const MODALITY_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['file-transfer-not-federated', 'modality-not-supported-with-partner']);

export interface DomainFederationView {
  evaluation: Evaluation;
  /** The partner's normalised domain, as the rules compared it. */
  partnerDomain: string;
  /** Your side's blockers, each once, in the rules' order. Empty: your side lets the partner through. */
  yourReasons: ReasonCode[];
  /** Blockers found elsewhere (not your side, not the modality itself), e.g. the same SIP domain. */
  otherReasons: ReasonCode[];
  /** Your admin's fixes for your side's blockers. */
  fixes: Fix[];
}

export type DomainFederationOutcome = { ok: true; view: DomainFederationView } | { ok: false; field: string; message: string };

function codeOf(rule: RuleId): ReasonCode | undefined {
  const found = ruleById(rule);
  return found && found.kind === 'blocker' ? found.code : undefined;
}

export function evaluateDomainFederation(state: DomainFederationState): DomainFederationOutcome {
  const outcome = evaluateInput(toScenarioInput(state));
  if (!outcome.ok) return outcome;
  const { evaluation } = outcome;
  const yourReasons: ReasonCode[] = [];
  const otherReasons: ReasonCode[] = [];
  for (const result of evaluation.results) {
    for (const code of result.reasons) {
      const list = isYourSide(code) ? yourReasons : MODALITY_CODES.has(code) ? null : otherReasons;
      if (list && !list.includes(code)) list.push(code);
    }
  }
  const fixes = evaluation.fixes.filter((fix) => {
    const code = codeOf(fix.rule);
    return code !== undefined && isYourSide(code);
  });
  const partner = evaluation.scenario.partner;
  return {
    ok: true,
    view: { evaluation, partnerDomain: 'domain' in partner ? partner.domain : state.partnerDomain, yourReasons, otherReasons, fixes },
  };
}
