/**
 * What changed after Office 365 GA, with dates: the one description of the service's dated changes.
 *
 * The rules describe the service as of GA, as the seed does ("based on the features as of the time
 * of writing"). A scenario may ask for a later date (`asOf`, 2011-06-28 to 2013-12-31); each note
 * here says from which date it counts, which public document dates it, and what it does to an
 * answer from then on, keyed by rule id, partner kind and modality (never by editing a rule):
 *
 * - `verdict`: the listed results become uncertain from that date (the GA answer may no longer
 *   hold, and the result says why). Where no source dates a change, the note says so and the date is
 *   the day after GA: for any later date the answer is uncertain, never silently the GA one.
 * - `fix`: a dated step joins the fixes of the listed rules (labels renamed, something to check).
 * - `none`: it does not change a verdict or a fix, and says why.
 *
 * applyHistory (below) is the only place that reads `change`; evaluate calls it last.
 */
import type { DocumentId } from './documents.ts';
import { documentSource } from './documents.ts';
import type { AppliedNoteOut, Evaluation, Fix, HistoryNote, Modality, Platform, PublicDocument, RuleId, Scenario, ScenarioInput } from './model.ts';
import { ON_PREM_PLATFORMS } from './model.ts';
import { cellDoubt } from './matrix.ts';

/** Office 365 general availability: the date the rules describe, and a scenario's default `asOf`. */
export const GA_DATE = '2011-06-28';
/** The last date a scenario may ask about. */
export const LAST_DATE = '2013-12-31';

export type DatedChange =
  | { kind: 'none'; why: string }
  | {
      kind: 'verdict';
      /** The partner kinds and modalities whose results become uncertain. */
      cells: Partial<Record<Platform, readonly Modality[]>>;
      /** Only scenarios this holds for (default: every scenario with such a partner). */
      applies?: (scenario: Scenario) => boolean;
      /** What is uncertain and why, in the reader's words (joins the result's `uncertainty`). */
      why: string;
    }
  | {
      kind: 'fix';
      /** The rules whose fixes gain the step, when they fire; or every evaluation with such a partner. */
      rules?: readonly RuleId[];
      platforms?: readonly Platform[];
      step: string;
    };

export interface DatedNote extends HistoryNote {
  /** ISO date from which the change counts (the first day an answer for that date changes). */
  date: string;
  /** The public documents that date it, from src/rules/documents.ts. */
  documents: readonly DocumentId[];
  change: DatedChange;
  /** Site pages (paths) whose words this changes: they show a banner with this note. */
  pages?: readonly string[];
  /** With `pages`: a scenario the change concerns, which the banner opens in the playground at `date`. */
  example?: ScenarioInput;
}

const EX_TENANT: ScenarioInput['tenant'] = { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'enabled', userExternalAccess: true };
const EX_ONLINE: ScenarioInput['partner'] = { platform: 'lync-online', domain: 'fabrikam.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, userExternalAccess: true };
const EX_MESSENGER: ScenarioInput = { tenant: EX_TENANT, partner: { platform: 'windows-live-messenger', address: 'tommy@hotmail.com' } };

/** A note in effect for one evaluation: what the output carries and the forum answer states. */
export type AppliedNote = AppliedNoteOut;

export const HISTORY: readonly DatedNote[] = [
  {
    // Not a dated change: the sources do not say when (or whether) Lync Online offered audio and
    // video with Messenger, so this note never says "became possible after GA" (facts §1, §8).
    id: 'messenger-av-wlm-2011',
    about: ['modality-not-supported-with-partner', 'messenger'],
    when: 'undated',
    date: '2011-06-29',
    note: 'Lync Server 2010 on premises offered peer-to-peer audio and video with Windows Live Messenger 2011 clients (encryption level set to Supported), and Lync Online\'s own help, undated, lists peer-to-peer audio/video calls with Messenger users. No source dates it for Lync Online, so the rules keep the article\'s "no", marked uncertain at every date.',
    documents: ['externalCommunications'],
    change: { kind: 'none', why: 'The rules already mark audio and video with Messenger uncertain from general availability on, and no source dates a change for Lync Online (the date here is only the first day after general availability).' },
    source: { kind: 'evidence', evidence: 'modalities#messenger-audio-and-video', confidence: 'uncertain', document: documentSource('externalCommunications'), note: 'Uncertain for Lync Online: TechNet "External Communications Capabilities" for Lync Server 2010 (page last modified 2012-01-24, not the feature\'s date) says "Yes* for Windows Live Messenger 2011".' },
  },
  {
    id: 'federation-needed-for-skype',
    about: ['tenant-federation-disabled-messenger', 'messenger'],
    when: 'by October 2012',
    date: '2012-10-24',
    note: 'Microsoft\'s Office 365 help of October 2012 says domain federation must be enabled to reach contacts on the Skype public IM service; for Messenger at GA no source says it, so the rules mark that case inferred.',
    documents: ['hh416767'],
    change: { kind: 'none', why: 'It speaks of Skype contacts, which the rules\' partner kinds do not include; for Messenger the rule that "Disable federation" also cuts Public IM stays our inference.' },
    source: { kind: 'evidence', evidence: 'control-panel#domain-federation-tab', confidence: 'sourced', document: documentSource('hh416767'), note: 'Configure federation with external domains (hh416767, 2012-10-24): "You must enable domain federation if you plan to support communication with contacts who use the Skype public IM service provider".' },
  },
  {
    id: 'lyncdiscover-cname',
    about: ['tenant-dns-not-verified', 'dns'],
    when: 'November 2011',
    date: '2011-11-01',
    note: 'The lyncdiscover.<domain> CNAME to webdir.online.lync.com (mobile clients, autodiscover) joined the DNS records after GA, with Lync Server 2010 CU4; it plays no part in federation.',
    documents: ['cu4', 'nexthopAutodiscover'],
    change: { kind: 'none', why: 'The lyncdiscover record serves the mobile clients\' sign-in; partners find you by the _sipfederationtls._tcp record alone, so no verdict or fix changes.' },
    source: { kind: 'evidence', evidence: 'dns#the-four-values', confidence: 'sourced', document: documentSource('nexthopAutodiscover'), note: 'The Lync Autodiscover service "was released in Cumulative Update for Lync Server 2010: November 2011"; the mobile client looks up lyncdiscoverinternal.<domain>, then lyncdiscover.<domain>.' },
  },
  {
    id: 'outlook-com',
    about: ['messenger-vanity-address-format', 'messenger-microsoft-address-wrapped', 'messenger'],
    when: 'July 2012',
    date: '2012-07-31',
    note: 'outlook.com addresses did not exist at GA (Microsoft introduced a preview of Outlook.com at the end of July 2012), and no source says how Lync Online added outlook.com Messenger contacts: the rules decide nothing for an outlook.com address, at any date.',
    documents: ['outlookComPreview'],
    change: { kind: 'none', why: 'An outlook.com address is refused with that explanation at every date, before and after July 2012: no source says how Lync Online treated one.' },
    source: { kind: 'evidence', evidence: 'messenger#microsoft-addresses', confidence: 'inferred', document: documentSource('outlookComPreview'), note: 'Dated by Microsoft\'s Chris Jones: "today we\'re introducing a preview of Outlook.com" (reported 3 August 2012); no source says how Lync Online treated such an address.' },
  },
  {
    id: 'external-communications-tab',
    about: ['tenant-federation-disabled', 'tenant-federation-disabled-messenger', 'tenant-blocks-partner-domain', 'tenant-partner-domain-not-allowed', 'control-panel'],
    when: 'by October 2012',
    date: '2012-10-24',
    note: 'By October 2012 the Lync Online control panel\'s federation settings were under "External communications" ("Turn on external communications with all except blocked domains", "Turn off external communications with all except allowed domains", "Turn off domain federation"); when the rename happened is not dated more closely.',
    documents: ['hh416767'],
    change: {
      kind: 'fix',
      rules: ['tenant-federation-disabled', 'tenant-federation-disabled-messenger', 'tenant-blocks-partner-domain', 'tenant-partner-domain-not-allowed'],
      step: 'By October 2012 the Domain Federation tab is called "External communications" (Lync Online Control Panel → External communications → Edit); its options read "Turn on external communications with all except blocked domains", "Turn off external communications with all except allowed domains" and "Turn off domain federation" (Microsoft\'s Office 365 help, "Configure federation with external domains", last modified 24 October 2012).',
    },
    pages: ['/configure/domain-federation/', '/configure/lync-online/'],
    example: { tenant: { ...EX_TENANT, federation: { mode: 'disabled', domains: [] } }, partner: EX_ONLINE },
    source: { kind: 'evidence', evidence: 'control-panel#domain-federation-tab', confidence: 'sourced', document: documentSource('hh416767'), note: '"In the Lync Online Control Panel, click External communications" (topic last modified 2012-10-24).' },
  },
  {
    id: 'lync-admin-center-2013',
    about: ['tenant-federation-disabled', 'tenant-blocks-partner-domain', 'tenant-partner-domain-not-allowed', 'tenant-public-im-disabled', 'control-panel'],
    when: 'by April 2013',
    date: '2013-04-30',
    note: 'With the 2013 service the settings moved to the Lync admin center: Organization → External communications, "External access" (Off completely, On except for blocked domains, On only for allowed domains) and a "Public IM connectivity" check box. Dated by a practitioner\'s copy of Microsoft\'s help of 30 April 2013, not by Microsoft.',
    documents: ['lyncAdminCenter2013'],
    change: {
      kind: 'fix',
      rules: ['tenant-federation-disabled', 'tenant-blocks-partner-domain', 'tenant-partner-domain-not-allowed', 'tenant-public-im-disabled'],
      step: 'By April 2013 (Office 365 after its 2013 update) these settings are in the Lync admin center: Organization → External communications; "External access" offers Off completely, On except for blocked domains, On only for allowed domains, and Public IM connectivity is a check box (a practitioner\'s copy of Microsoft\'s help, 30 April 2013).',
    },
    pages: ['/configure/domain-federation/', '/configure/public-im/'],
    example: { tenant: { ...EX_TENANT, federation: { mode: 'block-all-except-allowed', domains: [] } }, partner: EX_ONLINE },
    source: { kind: 'evidence', evidence: 'control-panel#domain-federation-tab', confidence: 'sourced', document: documentSource('lyncAdminCenter2013'), note: 'A practitioner\'s blog copy (30 April 2013) of Microsoft\'s help "Configure Lync federation with external domains in Office 365".' },
  },
  {
    id: 'messenger-retired',
    about: ['messenger', 'messenger-contact-request-pending', 'tenant-public-im-disabled'],
    when: 'April 2013',
    date: '2013-04-08',
    note: 'Microsoft retired Windows Live Messenger (outside mainland China) from 8 to 30 April 2013 and moved its users to Skype, signed in with the same Microsoft account. A "Messenger user" after that is a Skype user: the rules, which describe the Messenger network of 2011, no longer settle IM and presence with them.',
    documents: ['messengerRetired'],
    change: {
      kind: 'verdict',
      cells: { 'windows-live-messenger': ['im', 'presence'] },
      why: 'Windows Live Messenger was retired (outside mainland China) between 8 and 30 April 2013 and its users moved to Skype with the same Microsoft account; whether IM and presence reach them depends on that Skype sign-in, which the rules, written for the Messenger network of 2011, do not describe.',
    },
    pages: ['/scenarios/messenger-microsoft-address/', '/scenarios/messenger-vanity-domain/', '/configure/public-im/'],
    example: EX_MESSENGER,
    source: { kind: 'evidence', evidence: 'messenger#other-im-networks', confidence: 'sourced', document: documentSource('messengerRetired'), note: 'Retirement announced 6 November 2012; migration from 8 April 2013, expected complete by 30 April 2013.' },
  },
  {
    id: 'lync-skype-connectivity',
    about: ['modality-not-supported-with-partner', 'messenger'],
    when: '29 May 2013',
    date: '2013-05-29',
    note: 'Lync–Skype connectivity: Lync Online users could add Skype users signed in with a Microsoft account, see presence, exchange IM and make audio calls; video calls were not yet available.',
    documents: ['lyncSkypeConnectivity', 'lyncAdminCenter2013'],
    change: {
      kind: 'verdict',
      cells: { 'windows-live-messenger': ['audio'] },
      why: 'From 29 May 2013 Lync–Skype connectivity carried one-to-one audio calls with Skype users signed in with a Microsoft account (video came later); a former Messenger contact may now be reached by audio through Skype, which the GA rules do not describe.',
    },
    pages: ['/scenarios/messenger-microsoft-address/', '/configure/public-im/'],
    example: EX_MESSENGER,
    source: { kind: 'evidence', evidence: 'messenger#other-im-networks', confidence: 'sourced', document: documentSource('lyncSkypeConnectivity'), note: '"Audio calling and instant messaging between Lync and Skype users", announced 29 May 2013; Microsoft\'s help of April 2013 lists video conversations as not available with Skype users.' },
  },
  {
    id: 'baltimore-root',
    about: ['federation', 'partner-no-route-to-lync-online'],
    when: '1 June 2013',
    date: '2013-06-01',
    note: 'From 1 June 2013 Lync Online\'s servers present certificates chained to the Baltimore CyberTrust Root instead of the GTE CyberTrust Global Root; an on-premises server that does not trust both fails TLS with Lync Online.',
    documents: ['baltimoreRoot'],
    change: {
      kind: 'fix',
      // Every on-premises Edge (model.ts marks the kinds): each must trust the new root.
      platforms: ON_PREM_PLATFORMS,
      step: 'From 1 June 2013 Lync Online\'s servers present certificates chained to the Baltimore CyberTrust Root: the partner\'s Edge (Access Edge) server must trust it as well as the GTE CyberTrust Global Root, or TLS with sipfed.online.lync.com fails (Microsoft Lync team blog, 2 May 2013; Windows Update usually brings the root).',
    },
    pages: ['/scenarios/partner-on-premises/'],
    example: {
      tenant: EX_TENANT,
      partner: { platform: 'lync-server-2010', domain: 'litwareinc.com', federationEnabled: true, hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true }], allowedDomains: [{ domain: 'contoso.com', proxyFqdn: null }], blockedDomains: [], userExternalAccess: true },
    },
    source: { kind: 'evidence', evidence: 'on-premises#lync-server-2010-two-routes', confidence: 'sourced', document: documentSource('baltimoreRoot'), note: '"beginning on June 1st, 2013 will migrate to the Baltimore CyberTrust Root"; the migration of Lync Online was planned for May 2013.' },
  },
  {
    id: 'lync-2013-cu3-hosting-provider',
    about: ['hosting-provider-opens-all-office365', 'partner-proxy-fqdn-missing'],
    when: 'October 2013',
    date: '2013-10-01',
    note: 'From Lync Server 2013 CU3 (October 2013) an Edge refuses to start (event 14517) when one FQDN, such as sipfed.online.lync.com, is both a hosting provider and an allowed domain\'s Access Edge; Lync Server 2010 does not mind. Dated by a practitioner\'s write-up (November 2013), not by Microsoft.',
    documents: ['lync2013Cu3'],
    change: { kind: 'none', why: 'The partner kinds the rules know end at Lync Server 2010, on which that combination is harmless; a Lync Server 2013 Edge is described on the page "Next to federation".' },
    source: { kind: 'evidence', evidence: 'on-premises#lync-server-2010-two-routes', confidence: 'sourced', document: documentSource('lync2013Cu3'), note: '"a FQDN can now either be configured a hosting provider or a federated partner\'s Access Edge address, but not both."' },
  },
  {
    id: 'skype-for-business-teams',
    about: ['federation'],
    when: '2013–2021',
    date: '2013-02-19',
    note: 'Lync–Skype connectivity was announced in February 2013 (its dated effect is the note of 29 May 2013); Lync was renamed Skype for Business in 2015, and Microsoft Teams replaced Skype for Business Online, which retired in July 2021. Those later changes fall after the last date this site answers for (31 December 2013).',
    documents: [],
    change: { kind: 'none', why: 'The announcement itself changed nothing in the service (connectivity came on 29 May 2013, a note of its own); the rename and retirement come after 2013.' },
    source: {
      kind: 'evidence',
      evidence: 'messenger#other-im-networks',
      confidence: 'sourced',
      document: { title: "Microsoft's announcements: Skype blog (19 February 2013), Official Microsoft Blog (11 November 2014), Skype for Business Online retirement (30 July 2019)", date: '2013–2019', href: '/reference/sources/#later-and-related-documents' },
      note: 'Lync–Skype connectivity announced in February 2013; the rename to Skype for Business announced in November 2014; Skype for Business Online retired on 31 July 2021.',
    },
  },
  {
    id: 'aol-yahoo-end',
    about: ['federation'],
    when: 'June 2014 (announced 2013)',
    date: '2013-10-07',
    note: 'Microsoft announced an end of life in June 2014 for public IM connectivity with AOL and Yahoo! (on-premises Lync Server); Lync Online never offered those networks.',
    documents: ['lyncServer2013Pic'],
    change: { kind: 'none', why: 'Lync Online offered public IM with Windows Live only, so its answers do not change; the end itself (June 2014) is after the last date this site answers for.' },
    source: { kind: 'evidence', evidence: 'messenger#other-im-networks', confidence: 'sourced', document: documentSource('lyncServer2013Pic'), note: '"An end of life date of June 2014 for AOL and Yahoo! has been announced" (topic last modified 2013-10-07).' },
  },
];

/** The first date from which a note changes anything: before it, every answer is general availability's. */
const FIRST_NOTE_DATE = HISTORY.filter((h) => h.change.kind !== 'none').reduce((first, h) => (h.date < first ? h.date : first), LAST_DATE);

/** The history notes about a rule id or topic. */
export function historyFor(idOrTopic: string): DatedNote[] {
  return HISTORY.filter((h) => h.about.includes(idOrTopic));
}

/** The notes whose words change a page, in date order (for the page's banner). */
export function historyForPage(path: string): DatedNote[] {
  return HISTORY.filter((h) => h.pages?.includes(path)).sort((a, b) => a.date.localeCompare(b.date));
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** "March 2012" for "2012-03-01": how answers and banners state a date. */
export function monthYear(iso: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m] = iso.split('-');
  return `${months[Number(m) - 1] ?? ''} ${y ?? ''}`.trim();
}

function sourcesOf(note: DatedNote): PublicDocument[] {
  return note.documents.length > 0 ? note.documents.map((id) => documentSource(id)) : note.source.kind === 'evidence' && note.source.document ? [note.source.document] : [];
}

/**
 * The evaluation as of a date: GA's answers with every note dated on or before `asOf` applied.
 * At GA (or with no `asOf`) it returns the evaluation unchanged but for `asOf`.
 */
export function applyHistory(evaluation: Evaluation, asOf: string = GA_DATE): Evaluation {
  // Most answers are for general availability, before every note: evaluate's fast path.
  if (asOf < FIRST_NOTE_DATE) return evaluation.asOf === asOf ? evaluation : { ...evaluation, asOf };
  const { scenario } = evaluation;
  const platform = scenario.partner.platform;
  const fired = new Set(evaluation.fixes.map((f) => f.rule));
  const applied: AppliedNote[] = [];
  let results = evaluation.results;
  let fixes = evaluation.fixes;
  for (const note of HISTORY) {
    if (note.date > asOf || note.change.kind === 'none') continue;
    const change = note.change;
    const base = { id: note.id, date: note.date, when: note.when, sources: sourcesOf(note) };
    if (change.kind === 'verdict') {
      const cells = change.cells[platform];
      if (!cells || (change.applies && !change.applies(scenario))) continue;
      let hit = false;
      results = results.map((r) => {
        if (!cells.includes(r.modality)) return r;
        hit = true;
        return { ...r, certainty: 'uncertain', uncertainty: r.uncertainty ? `${r.uncertainty} ${change.why}` : change.why };
      });
      if (hit) applied.push({ ...base, change: 'verdict', text: change.why });
    } else if (change.kind === 'fix') {
      const byRule = change.rules?.some((id) => fired.has(id)) ?? false;
      const byPlatform = change.platforms?.includes(platform) ?? false;
      if (!byRule && !byPlatform) continue;
      if (change.rules) fixes = fixes.map((f) => (change.rules?.includes(f.rule) ? { ...f, steps: [...f.steps, change.step] } : f));
      applied.push({ ...base, change: 'fix', text: change.step });
    }
  }
  const out: Evaluation = { ...evaluation, results, fixes, asOf };
  if (applied.length > 0) out.history = applied;
  return out;
}

/** Checks a date given as `asOf` anywhere (scenario, diagnosis, tools): null when it is fine. */
export function asOfProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be text: a date written YYYY-MM-DD from ${GA_DATE} to ${LAST_DATE}`;
  return isIsoDate(value) && value >= GA_DATE && value <= LAST_DATE ? null : `must be a date written YYYY-MM-DD from ${GA_DATE} (general availability) to ${LAST_DATE}`;
}

/**
 * One modality's answer as of a date, for callers that decide without a whole evaluation (the
 * diagnosis): what the matrix leaves uncertain for that kind of partner and modality (as evaluate
 * marks its result), then the dated changes in effect for that scenario, modality and fixes.
 */
export function datedAnswer(scenario: Scenario, modality: Modality, fixes: readonly Fix[], asOf: string): { fixes: Fix[]; uncertainty?: string; history: AppliedNote[] } {
  const e = applyHistory({ results: [{ modality, works: true, reasons: [], verdict: 'works', ...cellDoubt(scenario.partner.platform, modality) }], warnings: [], trace: [], fixes: [...fixes], scenario }, asOf);
  const u = e.results[0]?.uncertainty;
  return { fixes: e.fixes, ...(u ? { uncertainty: u } : {}), history: e.history ?? [] };
}
