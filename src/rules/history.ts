/**
 * What changed after Office 365 GA. The rules describe the service as of GA, as the seed does
 * ("based on the features as of the time of writing"); later changes live here, beside the rules,
 * referenced by rule id or topic, and never change what the rules say.
 */
import type { HistoryNote } from './model.ts';
import { documentSource } from './documents.ts';

export const HISTORY: readonly HistoryNote[] = [
  {
    // Not a dated change: the sources do not say when (or whether) Lync Online offered audio and
    // video with Messenger, so this note never says "became possible after GA" (facts §1, §8).
    id: 'messenger-av-wlm-2011',
    about: ['modality-not-supported-with-partner', 'messenger'],
    when: 'undated',
    note: 'Lync Server 2010 on premises offered peer-to-peer audio and video with Windows Live Messenger 2011 clients (encryption level set to Supported), and Lync Online\'s own help, undated, lists peer-to-peer audio/video calls with Messenger users. No source dates it for Lync Online, so the rules keep the article\'s "no", marked uncertain.',
    source: { kind: 'evidence', evidence: 'modalities#messenger-audio-and-video', confidence: 'uncertain', document: documentSource('externalCommunications'), note: 'Uncertain for Lync Online: TechNet "External Communications Capabilities" for Lync Server 2010 (page last modified 2012-01-24, not the feature\'s date) says "Yes* for Windows Live Messenger 2011".' },
  },
  {
    id: 'federation-needed-for-skype',
    about: ['tenant-federation-disabled-messenger', 'messenger'],
    when: '2012-10',
    note: 'Microsoft\'s Office 365 help of October 2012 says domain federation must be enabled to reach contacts on the Skype public IM service; for Messenger at GA no source says it, so the rules mark that case inferred.',
    source: { kind: 'evidence', evidence: 'control-panel#domain-federation-tab', confidence: 'sourced', document: documentSource('hh416767'), note: 'Configure federation with external domains (hh416767, 2012-10-24): "You must enable domain federation if you plan to support communication with contacts who use the Skype public IM service provider".' },
  },
  {
    id: 'external-communications-tab',
    about: ['tenant-federation-disabled', 'tenant-blocks-partner-domain', 'tenant-partner-domain-not-allowed', 'control-panel'],
    when: '2012',
    note: 'The Lync Online control panel\'s federation settings were later renamed "External communications".',
    source: { kind: 'evidence', evidence: 'control-panel#domain-federation-tab', confidence: 'sourced', document: documentSource('hh416767'), note: 'Later versions renamed these settings "External communications" (2012).' },
  },
  {
    id: 'lyncdiscover-cname',
    about: ['tenant-dns-not-verified', 'dns'],
    when: '2011-11',
    note: 'The lyncdiscover.<domain> CNAME to webdir.online.lync.com (mobile clients, autodiscover) joined the DNS records after GA, with Lync Server 2010 CU4; it plays no part in federation.',
    source: { kind: 'evidence', evidence: 'dns#the-four-values', confidence: 'sourced', document: documentSource('cu4'), note: 'CNAME lyncdiscover.<domain> → webdir.online.lync.com: added after GA (Lync Server 2010 CU4, November 2011).' },
  },
  {
    id: 'outlook-com',
    about: ['messenger-vanity-address-format', 'messenger-microsoft-address-wrapped', 'messenger'],
    when: '2012',
    note: 'outlook.com addresses did not exist at GA (launched 2012): they are outside this guide\'s period, and the rules decide nothing for them.',
    source: { kind: 'evidence', evidence: 'messenger#microsoft-addresses', confidence: 'inferred', note: 'outlook.com did not exist at GA (launched 2012); we name no source for the date, so read it as inferred.' },
  },
  {
    id: 'skype-for-business-teams',
    about: ['federation'],
    when: '2013–2021',
    note: 'Lync–Skype connectivity (presence, IM and voice) came in 2013; Lync was renamed Skype for Business in 2015, and Microsoft Teams replaced Skype for Business Online, which retired in July 2021. None of that changes the GA rules described here.',
    source: {
      kind: 'evidence',
      evidence: 'messenger#other-im-networks',
      confidence: 'sourced',
      document: { title: "Microsoft's announcements: Skype blog (19 February 2013), Official Microsoft Blog (11 November 2014), Skype for Business Online retirement (30 July 2019)", date: '2013–2019', href: '/reference/sources/#later-and-related-documents' },
      note: 'Lync–Skype connectivity announced in February 2013; the rename to Skype for Business announced in November 2014; Skype for Business Online retired on 31 July 2021.',
    },
  },
];

/** The history notes about a rule id or topic. */
export function historyFor(idOrTopic: string): HistoryNote[] {
  return HISTORY.filter((h) => h.about.includes(idOrTopic));
}
