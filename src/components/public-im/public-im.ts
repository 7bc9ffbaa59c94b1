/**
 * The Public IM widget's model: your domain, its Public IM state, and a Messenger account in that
 * domain. Two scenarios go to the rules: reaching that account (what happens to it), and reaching
 * a Microsoft Messenger contact (can your users reach Messenger at all). This module only reads
 * their answers: which codes fired, and the explanations and fixes that came with them.
 */
import { convertMessengerAddress, evaluateInput } from '../../rules/index.ts';
import type { Evaluation, Fix, ModalityResult, PublicImState, ReasonCode, ScenarioInput, WarningCode } from '../../rules/index.ts';

export interface PublicImWidgetState {
  domain: string;
  publicIm: PublicImState;
  /** A Messenger sign-in address, in either form (tommy@mydomain.com or tommy(mydomain.com)@msn.com). */
  account: string;
}

/** The article's example: Tommy signs in to Messenger as tommy@mydomain.com. */
export const DEFAULT_STATE: PublicImWidgetState = { domain: 'mydomain.com', publicIm: 'disabled', account: 'tommy@mydomain.com' };

/** A Messenger contact with a Microsoft address: reachable once Public IM works. */
export const MESSENGER_CONTACT = 'tommy@hotmail.com';

export const PUBLIC_IM_OPTIONS: ReadonlyArray<{ value: PublicImState; label: string }> = [
  { value: 'disabled', label: 'Not enabled' },
  { value: 'pending', label: 'Enabled, provisioning not finished' },
  { value: 'enabled', label: 'Enabled, provisioning finished' },
];

function scenario(state: PublicImWidgetState, address: string, contact: string): ScenarioInput {
  return {
    tenant: {
      domain: state.domain,
      dnsVerified: true,
      federation: { mode: 'allow-all-except-blocked', domains: [] },
      publicIm: state.publicIm,
      userExternalAccess: true,
    },
    partner: { platform: 'windows-live-messenger', address, acceptsContactRequest: true },
    contact,
    modalities: ['im'],
  };
}

/** Reaching the Messenger account in your domain, added the way the article says (vanity form). */
export function accountScenario(state: PublicImWidgetState): ScenarioInput {
  const converted = convertMessengerAddress(state.account);
  // Unconvertible input goes to the rules as typed: their schema names what is wrong with it.
  const address = converted.ok ? converted.signIn : state.account;
  const contact = converted.ok ? converted.typeInLync : state.account;
  return scenario(state, address, contact);
}

/** Reaching a Microsoft Messenger contact (tommy@hotmail.com), added as it is. */
export function contactScenario(state: PublicImWidgetState): ScenarioInput {
  return scenario(state, MESSENGER_CONTACT, MESSENGER_CONTACT);
}

export interface Part {
  evaluation: Evaluation;
  im: ModalityResult;
  has(code: ReasonCode | WarningCode): boolean;
  fixes: Fix[];
}

export type PartOutcome = { ok: true; part: Part } | { ok: false; field: string; message: string };

function part(input: ScenarioInput, fixFor: readonly ReasonCode[]): PartOutcome {
  const outcome = evaluateInput(input);
  if (!outcome.ok) return outcome;
  const { evaluation } = outcome;
  const im = evaluation.results[0];
  if (!im) return { ok: false, field: 'modalities', message: 'the rules returned no result for IM' };
  const codes = new Set<string>([...im.reasons, ...evaluation.warnings]);
  const fixes = evaluation.fixes.filter((fix) => (fixFor as readonly string[]).includes(fix.rule));
  return { ok: true, part: { evaluation, im, has: (code) => codes.has(code), fixes } };
}

export interface PublicImView {
  /** What happens to the Messenger account in your domain. */
  account: PartOutcome;
  /** Whether your users reach Messenger contacts such as tommy@hotmail.com. */
  contacts: PartOutcome;
}

/** Rule ids whose fixes each part shows. */
const ACCOUNT_FIXES: readonly ReasonCode[] = ['messenger-domain-moved-to-lync-online'];
const CONTACT_FIXES: readonly ReasonCode[] = ['tenant-public-im-disabled', 'tenant-public-im-pending'];

export function evaluatePublicIm(state: PublicImWidgetState): PublicImView {
  return { account: part(accountScenario(state), ACCOUNT_FIXES), contacts: part(contactScenario(state), CONTACT_FIXES) };
}
