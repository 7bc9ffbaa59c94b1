/**
 * What the reader sees go wrong, as data: each symptom either walks the federation rules for one
 * modality (with what the symptom itself already tells: a request that never arrives was not refused
 * by the other person; IM working means every check IM shares has passed), or lies outside the rules,
 * and then says so and where to look. Every symptom ends at a next step, never at a dead end.
 *
 * Texts say only what our sources say (shared reference, evidence pages); where they say nothing,
 * the text says that. Site paths are written as on the site (/troubleshooting/…); the CLI and the
 * forum answer make them full addresses.
 */
import { MODALITIES, type Modality, type Rule, type RuleId } from './model.ts';

/** A place to look: one of the site's pages (its path), with the words of the link. */
export interface Pointer {
  label: string;
  href: string;
}

/** What the symptom adds to the outcome: a paragraph and where to look next. */
export interface SymptomNote {
  text: string;
  pointers: readonly Pointer[];
}

export interface Symptom {
  /** What the reader sees, in their words. */
  label: string;
  /** The modality whose rules are walked; absent when the cause lies outside the federation rules. */
  modality?: Modality;
  /** Rules the symptom itself rules out (never asked, never the outcome). */
  rulesOut?: (rule: Rule) => boolean;
  /** Outside the rules: the next step. With a modality: what to check when the rules find nothing. */
  note?: SymptomNote;
}

const TRACE: Pointer = { label: 'the trace explainer', href: '/troubleshooting/trace-explainer/' };
const CODES: Pointer = { label: 'the ms-diagnostics codes', href: '/troubleshooting/ms-diagnostics/' };
const MODALITY_MATRIX: Pointer = { label: 'which modalities each kind of partner carries', href: '/reference/evidence/modalities/' };
const OTHER_NETWORKS: Pointer = { label: 'Messenger addresses and other networks', href: '/reference/evidence/messenger/#other-im-networks' };
const CHANGED_ADDRESS: Pointer = { label: 'a changed sign-in address', href: '/reference/evidence/troubleshooting/#a-changed-sign-in-address' };
const CONTACT_REQUESTS: Pointer = { label: 'contact requests', href: '/reference/evidence/messenger/#contact-requests' };

/**
 * The symptom that walks each modality's rules: a Record over every modality, so a new modality
 * cannot be added without a symptom here (the type checker asks for it).
 */
const MODALITY_SYMPTOMS: Readonly<Record<Modality, string>> = {
  im: 'IM fails: "This message was not delivered … not federated with your company, or the address is incorrect"',
  presence: 'Their status shows "Presence Unknown" (or they see me but I cannot see them)',
  audio: 'Audio calls fail',
  video: 'Video calls fail',
  'file-transfer': 'I cannot send them a file',
};

/** IM works: every rule that treats all modalities alike has passed, so only the modality's own rules are left. */
const passedWithIm = (rule: Rule): boolean => rule.modalities === undefined;

/** Symptoms beyond one failing modality, in the order the page lists them after the modalities. */
const OTHER_SYMPTOMS = {
  offline: {
    label: 'They always show Offline',
    modality: 'presence',
    note: {
      text: 'When the checks find nothing: if either of you changed sign-in (SIP) address, federated contacts keep the old one and show the person as Presence Unknown or Offline until they remove the contact and add the new address (Microsoft KB 2537764, sourced).',
      pointers: [CHANGED_ADDRESS, TRACE],
    },
  },
  'request-not-received': {
    label: 'My contact request never reaches them',
    modality: 'presence',
    // A request that never arrived was not left unaccepted: the other person's answer is not the cause.
    rulesOut: (rule: Rule) => rule.id === 'messenger-contact-request-pending',
    note: {
      text: 'When the checks find nothing: the article says the request "should pop up at the msn user after a while", and gives no time; our sources say nothing more about how long it takes. Then take a client log and read the responses with the trace explainer.',
      pointers: [CONTACT_REQUESTS, TRACE],
    },
  },
  media: {
    label: 'IM works, but audio, video or desktop sharing fails',
    modality: 'audio',
    rulesOut: passedWithIm,
    note: {
      text: 'IM working means both sides federate, so the federation settings are not the cause; what is left is whether this kind of partner carries the modality at all. When it does: our sources give no federation setting for audio, video or desktop sharing alone (desktop and application sharing with Messenger users was not available, sourced). Take a client log of the failed call and read its ms-diagnostics codes (a response may also carry an ms-client-diagnostics header, which our sources and the trace explainer do not explain).',
      pointers: [MODALITY_MATRIX, CODES, TRACE],
    },
  },
  'other-network': {
    label: 'The contact is on another network (Google Talk, Skype, AOL, Yahoo!)',
    note: {
      text: 'Not a setting: at general availability (June 2011) Lync Online\'s public IM connectivity reached Windows Live Messenger only (sourced: Microsoft\'s help page names the Messenger provider alone). AOL and Yahoo! were offered to on-premises OCS and Lync Server, not by Lync Online; Google Talk and other XMPP networks only through an on-premises gateway; Lync–Skype connectivity came in 2013. A Gmail or other address works in the user(domain)@msn.com form only if it is a Windows Live ID (a Messenger account): then choose "Presence Unknown" or "IM fails" above and give that address.',
      pointers: [OTHER_NETWORKS],
    },
  },
  meeting: {
    label: 'External people cannot join my meeting',
    note: {
      text: 'Outside what this guide covers: the article and our sources are about contacts (IM, presence, calls) across federation, and say nothing about meetings with external people, so we cannot tell you a setting. Take a client log of the failed join and read its ms-diagnostics codes; Microsoft\'s Lync Online documentation of the time is the place for meetings.',
      pointers: [CODES, TRACE],
    },
  },
  'address-book': {
    label: 'I cannot find federated people by searching for them',
    note: {
      text: 'The article\'s way to add a federated contact: write their full address in the Lync search bar, right-click the result and choose add to contact list (the exact menu label is not confirmed). Our sources say nothing about finding federated people by name in the address book. A Messenger user with their own domain is written user(domain)@msn.com; if the full address finds nobody, choose "Presence Unknown" or "IM fails" above.',
      pointers: [{ label: 'the address converter and Messenger addresses', href: '/reference/evidence/messenger/#vanity-domains-userdomainmsncom' }],
    },
  },
} as const satisfies Record<string, Symptom>;

export type SymptomId = Modality | keyof typeof OTHER_SYMPTOMS;

/** Every symptom: one per modality (its id is the modality: old links keep working), then the others. */
export const SYMPTOMS: Readonly<Record<SymptomId, Symptom>> = {
  ...(Object.fromEntries(MODALITIES.map((m) => [m, { label: MODALITY_SYMPTOMS[m], modality: m }])) as Record<Modality, Symptom>),
  ...OTHER_SYMPTOMS,
};

/** The symptoms in the order the page lists them. */
export const SYMPTOM_IDS = Object.keys(SYMPTOMS) as SymptomId[];

export const isSymptomId = (s: string): s is SymptomId => Object.hasOwn(SYMPTOMS, s);

/** The rules a diagnosis of this symptom walks (all of them, less those the symptom rules out). */
export function rulesFor(symptom: SymptomId, rules: readonly Rule[]): readonly Rule[] {
  const out = SYMPTOMS[symptom].rulesOut;
  return out === undefined ? rules : rules.filter((r) => !out(r));
}

/** The rule ids a symptom rules out, for tests and the page. */
export function ruledOut(symptom: SymptomId, rules: readonly Rule[]): RuleId[] {
  const out = SYMPTOMS[symptom].rulesOut;
  return out === undefined ? [] : rules.filter(out).map((r) => r.id);
}
