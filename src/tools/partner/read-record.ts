/**
 * Partner look-up: what a domain's federation SRV record (`_sipfederationtls._tcp.<domain>`) suggests
 * about who runs it. The record is read from a live DNS-over-HTTPS answer or from a pasted nslookup,
 * dig or Resolve-DnsName answer (both reduced to a DnsObservation by src/tools/dns); the reading is a
 * guess with its confidence and the reasons, never a fact:
 *
 *   the domain / its record                    | likely kind                         | confidence
 *   -------------------------------------------+-------------------------------------+-----------
 *   a Microsoft consumer domain (hotmail.com…) | Windows Live Messenger              | high (hotmail.com, msn.com: the article) / medium
 *   target sipfed.online.lync.com              | another Lync Online tenant          | high
 *   another target                             | their own Access Edge: ask which    | medium
 *   no record (NXDOMAIN or no SRV)             | does not publish one                | low
 *   no answer                                  | nothing can be said                 | none
 *
 * Why these are inferences: the target is the value Microsoft's Office 365 DNS documentation gives
 * every Lync Online domain (evidence: dns#the-four-values), but a record says what its owner
 * published, not where their users sign in.
 */
import { messengerDomainKind, microsoftDomainWords, normaliseDomain } from '../../rules/address.ts';
import { ON_PREM_PLATFORMS, type EvidenceRef, type Platform } from '../../rules/index.ts';
import { EXPECTED_RECORDS } from '../dns/records.ts';
import { canonicalHost, parseSrvData, type DnsObservation, type QueryOutcome, type SrvData } from '../dns/model.ts';

const FEDERATION = EXPECTED_RECORDS.find((r) => r.id === 'federation-srv')!;
/** What Lync Online publishes for every domain: target and port (the evidence page's values). */
export const LYNC_ONLINE_TARGET = FEDERATION.target;
export const LYNC_ONLINE_PORT = FEDERATION.port ?? 5061;

/** The record's name for a domain: `_sipfederationtls._tcp.fabrikam.com`. */
export function federationRecordName(domain: string): string {
  return `${FEDERATION.label}.${domain}`;
}

export type PartnerKindGuess = 'messenger' | 'lync-online' | 'own-edge' | 'no-record' | 'unknown';
export type GuessConfidence = 'high' | 'medium' | 'low' | 'none';

/** The reader's words for each confidence: every one of them is a guess from public DNS. */
export const CONFIDENCE_WORDS: Readonly<Record<GuessConfidence, string>> = {
  high: 'likely (an inference)',
  medium: 'possible (an inference: ask them)',
  low: 'unknown kind (the record is absent: ask them)',
  none: 'nothing can be said yet',
};

/** What was asked and what came back, as the reader sees it. */
export interface RecordAnswer {
  name: string;
  /** 'not-in-paste': the paste holds no question or answer for this name. */
  outcome: QueryOutcome | 'not-in-paste';
  records: SrvData[];
  detail?: string;
}

export interface PartnerReading {
  domain: string;
  answer: RecordAnswer;
  kind: PartnerKindGuess;
  confidence: GuessConfidence;
  /** The kind the playground is opened with (marked assumed there); null when nothing can be said. */
  platform: Platform | null;
  /** Every kind the reading leaves open, the likeliest first. */
  candidates: Platform[];
  /** Why, one sentence each, each one saying what is sourced and what is our inference. */
  why: string[];
  /** What to ask the partner's administrators, where the record cannot tell. */
  ask: string | null;
  /** Our evidence headings behind the reading. */
  evidence: EvidenceRef[];
}

/** The federation SRV answer for `domain` in an observation (a live lookup's or a paste's). */
export function answerFor(domain: string, obs: DnsObservation): RecordAnswer {
  const name = federationRecordName(domain);
  const records = obs.records.filter((r) => r.type === 'SRV' && r.name === name).map((r) => parseSrvData(r.data)).filter((d): d is SrvData => d !== null);
  const query = obs.queries.find((q) => canonicalHost(q.name) === name && (q.type === null || q.type === 'SRV'));
  if (records.length > 0) return { name, outcome: 'answered', records };
  if (query) return { name, outcome: query.outcome === 'answered' ? 'no-data' : query.outcome, records: [], ...(query.detail ? { detail: query.detail } : {}) };
  return { name, outcome: 'not-in-paste', records: [] };
}

/** The on-premises partner kinds (model.ts marks them): an Access Edge of their own is one of these. */
const ON_PREM: Platform[] = [...ON_PREM_PLATFORMS];

/** What the partner's domain and its federation record suggest. `domain` must be normalised. */
export function readPartnerRecord(domain: string, answer: RecordAnswer, yourDomain: string | null = null): PartnerReading {
  const base = { domain, answer };
  const same = yourDomain !== null && yourDomain === domain ? ['That is your own domain: one SIP domain on both sides is a split-domain (hybrid) deployment, not federation.'] : [];
  const kindOfDomain = messengerDomainKind(domain);
  if (kindOfDomain !== 'vanity') {
    return {
      ...base,
      kind: 'messenger',
      confidence: kindOfDomain === 'microsoft' && (domain === 'hotmail.com' || domain === 'msn.com') ? 'high' : 'medium',
      platform: 'windows-live-messenger',
      candidates: ['windows-live-messenger'],
      why: [`${microsoftDomainWords(domain)}: people with these addresses are on Windows Live Messenger, reached through Public IM connectivity, whatever the domain's DNS says.`],
      ask: null,
      evidence: ['messenger#microsoft-addresses'],
    };
  }
  const targets = answer.records.map((r) => canonicalHost(r.target));
  if (answer.outcome === 'answered' && targets.length > 0) {
    const online = answer.records.filter((r) => canonicalHost(r.target) === LYNC_ONLINE_TARGET);
    if (online.length === answer.records.length) {
      const portOk = online.every((r) => r.port === LYNC_ONLINE_PORT);
      return {
        ...base,
        kind: 'lync-online',
        confidence: portOk ? 'high' : 'medium',
        platform: 'lync-online',
        candidates: ['lync-online'],
        why: [
          `The record points at ${LYNC_ONLINE_TARGET}, the value Microsoft's Office 365 DNS documentation gives every Lync Online domain (sourced).`,
          'So they are most likely another Lync Online tenant: that is our inference, since a record says what its owner published, not where their users sign in.',
          ...(portOk ? [] : [`Its port is ${online.map((r) => r.port).join(', ')}, not ${LYNC_ONLINE_PORT}: servers that discover partners by DNS will not reach them until it is fixed.`]),
          ...same,
        ],
        ask: null,
        evidence: ['dns#the-four-values', 'dns#which-record-matters-for-federation'],
      };
    }
    const own = [...new Set(targets.filter((t) => t !== LYNC_ONLINE_TARGET))];
    return {
      ...base,
      kind: 'own-edge',
      confidence: 'medium',
      platform: 'lync-server-2010',
      candidates: ON_PREM,
      why: [
        `The record points at ${own.join(', ')}, not at ${LYNC_ONLINE_TARGET}: they publish an Access Edge of their own, so they most likely run Lync Server or OCS on premises (our inference).`,
        'The record does not say which version, nor whether their Edge has a route to Lync Online: that is set on their Edge (a hosting provider or an allowed-domain entry for your domain with proxy FQDN sipfed.online.lync.com), not in DNS.',
        ...(online.length > 0 ? [`It also lists ${LYNC_ONLINE_TARGET}: two kinds of server for one domain; ask which one their users sign in to.`] : []),
        ...same,
      ],
      ask: 'Ask their administrators which they run: Lync Server 2010, OCS 2007 R2 or OCS 2007, and whether their Edge has a route to sipfed.online.lync.com.',
      evidence: ['dns#which-record-matters-for-federation', 'on-premises#route-and-permission'],
    };
  }
  if (answer.outcome === 'nxdomain' || answer.outcome === 'no-data') {
    return {
      ...base,
      kind: 'no-record',
      confidence: 'low',
      platform: 'lync-server-2010',
      candidates: ON_PREM,
      why: [
        `${domain} publishes no federation SRV record (${answer.outcome === 'nxdomain' ? 'the name does not exist' : 'the name has no SRV record'}), so servers that discover partners by DNS, Lync Online's among them, cannot find it.`,
        'If they federate at all, it is by direct federation on an Edge of their own: an allowed-domain entry naming their Edge is what reaches them (our inference). Their people may also use a Messenger account with this address.',
        ...same,
      ],
      ask: 'Ask their administrators whether they federate at all, on which server (Lync Server 2010, OCS 2007 R2 or OCS 2007), and under which address their Access Edge answers.',
      evidence: ['dns#which-record-matters-for-federation', 'on-premises#route-and-permission'],
    };
  }
  return {
    ...base,
    kind: 'unknown',
    confidence: 'none',
    platform: null,
    candidates: [],
    why: [answer.outcome === 'failed' ? `No resolver answered for ${answer.name}${answer.detail ? ` (${answer.detail})` : ''}: try again, or paste what nslookup prints.` : `The paste holds no question or answer for ${answer.name}.`],
    ask: null,
    evidence: [],
  };
}

export type YourRecordStatus = 'ok' | 'missing' | 'wrong' | 'unknown';

/** Your own record against the Lync Online value: your partners' servers need it to find you. */
export function readYourRecord(answer: RecordAnswer): { status: YourRecordStatus; words: string } {
  if (answer.outcome === 'answered') {
    const ok = answer.records.some((r) => canonicalHost(r.target) === LYNC_ONLINE_TARGET && r.port === LYNC_ONLINE_PORT);
    return ok
      ? { status: 'ok', words: `Your record points at ${LYNC_ONLINE_TARGET}, port ${LYNC_ONLINE_PORT}, as Lync Online needs.` }
      : { status: 'wrong', words: `Your record points at ${answer.records.map((r) => `${canonicalHost(r.target)}, port ${r.port}`).join('; ')}; Lync Online needs ${LYNC_ONLINE_TARGET}, port ${LYNC_ONLINE_PORT}. Check it with the DNS record checker.` };
  }
  if (answer.outcome === 'nxdomain' || answer.outcome === 'no-data') return { status: 'missing', words: `Your domain has no federation SRV record: partners whose servers discover by DNS, another Lync Online tenant among them, cannot find you. Add ${answer.name} → ${LYNC_ONLINE_TARGET}, port ${LYNC_ONLINE_PORT}.` };
  return { status: 'unknown', words: answer.outcome === 'failed' ? 'No resolver answered for your record.' : 'The paste holds nothing about your record.' };
}

/** A domain as typed, normalised, or the reason it is not one. */
export function checkDomain(text: string): { ok: true; value: string } | { ok: false; message: string } {
  const d = normaliseDomain(text);
  return d.ok ? d : { ok: false, message: `The domain ${d.message}.` };
}
