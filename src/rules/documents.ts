import type { PublicDocument } from './model.ts';

/**
 * The public documents the site's evidence names, each with its title, date and address where it
 * had one. Addresses are ones we saw in search results or stored copies, never guessed; where we
 * found none, `address` is null and the document's entry on the sources page says so. Footnotes
 * and rule sources link the address, or the sources page entry (`sources`, a heading id on
 * /reference/sources/) when there is no address. `names` recognises a mention of the document in
 * a footnote, so the claims test can check each mention carries one of the two.
 */
export interface CatalogueDocument {
  title: string;
  /** As the document gives it ("last modified" for TechNet topics); null when we saw none. */
  date: string | null;
  address: string | null;
  /** What the address is when it is not the publisher's own (a copy elsewhere). */
  addressNote?: string;
  /** The heading id of the document's entry on /reference/sources/ (or on the page `entryOn` names). */
  sources: string;
  /** The reference page holding the entry when it is not the sources page: the dated changes' documents. */
  entryOn?: 'dated-changes';
  names: RegExp;
}

export const DOCUMENTS = {
  kb897567: {
    title: 'Microsoft Knowledge Base article 897567: known issues with public IM connectivity',
    date: null,
    address: 'http://support.microsoft.com/kb/897567',
    sources: 'microsoft-kb-897567',
    names: /\bKB ?897567\b|Knowledge Base article 897567/,
  },
  hh202166: {
    title: 'Microsoft TechNet, Configure Federation Support for a Lync Online Domain (Lync Server 2010)',
    date: '17 July 2011',
    address: 'http://technet.microsoft.com/en-us/library/hh202166(v=ocs.14)',
    sources: 'technet-hh202166',
    names: /hh202166|Configure federation support for a Lync Online domain/i,
  },
  externalCommunications: {
    title: 'Microsoft TechNet, External Communications Capabilities (Lync Server 2010)',
    date: '24 January 2012',
    address: 'http://technet.microsoft.com/en-us/library/gg398157(v=ocs.14)',
    sources: 'technet-external-communications-capabilities',
    names: /External Communications Capabilities/,
  },
  prerequisites: {
    title: 'Microsoft, Prerequisites for Federating with a Lync Online Customer (Lync Server 2010 documentation)',
    date: '16 May 2011',
    address: 'http://unifiedpeople.ru/lync_itpro.en/html/f6a2e7b2-3455-4e52-ae58-38f353e41b95.htm',
    addressNote: 'the page of that topic which carries the default, in a copy of the Lync Server 2010 IT Pro documentation kept by a third party; we found no Microsoft address for the topic',
    sources: 'technet-prerequisites-for-federating-with-a-lync-online-customer',
    names: /Prerequisites for Federating with a Lync Online Customer/i,
  },
  laterServiceDescription: {
    title: 'Microsoft Office 365 service description, "Federation and Public IM Connectivity" (a later edition than the one at general availability)',
    date: null,
    address: 'https://technet.microsoft.com/en-us/library/jj822168.aspx',
    addressNote: 'the TechNet page of the later service description; the copy we read was last modified 20 July 2017 and still lists "Office Communications Server 2007 R2 IM, Presence, Audio, Video, Conferencing"',
    sources: 'later-lync-online-service-description',
    names: /later (Microsoft |Lync Online |Office 365 )*service description|Lync Online service description_? \(a later/i,
  },
  gaServiceDescription: {
    title: 'Microsoft Lync Online for Enterprises Service Description',
    date: '28 June 2011',
    address: 'https://vdocuments.site/microsoft-lync-online-for-enterprises.html',
    addressNote: 'a third-party copy of the Word document ("Published: June 28, 2011"); we found no Microsoft address',
    sources: 'lync-online-service-description-general-availability',
    names: /Lync Online for Enterprises Service Description|service description at general availability/i,
  },
  ff637586: {
    title: 'Microsoft Lync Online help, Enable or disable domain federation (onlinehelp ff637586)',
    date: null,
    address: 'http://sbacoach.com/office365/lync-enable-or-disable-public-im-connectivity/',
    addressNote: 'a third-party copy that names the original, http://onlinehelp.microsoft.com/en-us/office365-enterprises/ff637586.aspx, which we could not open',
    sources: 'lync-online-help-topics',
    names: /ff637586|Enable or disable domain federation/i,
  },
  publicNetworksHelp: {
    title: 'Microsoft Office help, Microsoft Lync Online Federated Communications and Public Networks (HA102644174)',
    date: null,
    address: 'http://office.microsoft.com/en-us/communicator-help/microsoft-lync-online-federated-communications-and-public-networks-HA102644174.aspx',
    sources: 'lync-online-help-topics',
    names: /HA102644174|Federated Communications and Public Networks/i,
  },
  office365Advisors2011: {
    title: 'Office 365 Advisors, Administering the Lync Online Control Panel',
    date: '19 September 2011',
    address: 'https://office365advisors.com/administering-lync-online-control-panel/',
    sources: 'lync-online-help-topics',
    names: /Administering the Lync Online Control Panel|Office 365 Advisors/i,
  },
  netdork2012: {
    title: 'Jonathan Angliss, Lync, Federation, and DNS (The Usual Tech Ramblings blog)',
    date: '18 July 2012',
    address: 'https://jon.netdork.net/2012/07/18/lync-federation-and-dns/',
    sources: 'the-2012-blog-source-for-codes-1027-1034-and-1047',
    names: /Lync, Federation, and DNS|netdork/i,
  },
  risual2012: {
    title: 'risual blog, Lync federation issue: Presence Unknown with a remote Lync/OCS partner',
    date: 'June 2012',
    address: 'https://www.risual.com/2012/06/lync-federation-issue-presence-unknown-with-a-remote-lyncocs-partner/',
    sources: 'the-2012-blog-source-for-codes-1027-1034-and-1047',
    names: /risual/i,
  },
  cu3HostingProviders: {
    title: 'Lync 2013 CU3 and Hosting Providers (confusedamused.com)',
    date: 'November 2013',
    address: 'http://www.confusedamused.com/notebook/tag/edge',
    addressNote: 'the blog\'s "edge" tag page, which carries the post in full',
    sources: 'later-and-related-documents',
    names: /Lync 2013 CU3 and Hosting Providers|confusedamused/i,
  },
  ocs2007AllowTab: {
    title: 'Microsoft TechNet, Step 7 Configure Federation on Your Access Edge Server (Office Communications Server 2007)',
    date: null,
    address: 'http://technet.microsoft.com/en-us/library/bb870345.aspx',
    sources: 'other-microsoft-documentation-of-the-period',
    names: /bb870345|Configure Federation on Your Access Edge Server/i,
  },
  ocsR2GlobalFederation: {
    title: 'Microsoft, Global Properties: Federation (Office Communications Server 2007 R2 help)',
    date: null,
    address: 'https://support.microsoft.com/en-ie/office/global-properties-federation-37b677df-a62e-4e26-8704-e85f7e4737f9',
    sources: 'other-microsoft-documentation-of-the-period',
    names: /Global Properties: Federation/i,
  },
  cu4: {
    title: 'Microsoft, cumulative update for Lync Server 2010: November 2011 (Cumulative Update 4, mobility)',
    date: 'November 2011',
    address: null,
    sources: 'lync-server-2010-cumulative-update-4',
    names: /Cumulative Update 4|\bCU4\b/,
  },
  office365Dns: {
    title: 'Microsoft, Office 365 help on creating DNS records for Lync Online at DNS hosts',
    date: null,
    address: null,
    sources: 'microsofts-office-365-dns-documentation',
    names: /creating DNS records for Lync Online|Office 365 DNS documentation/i,
  },
  msOcer: {
    title: 'Microsoft, [MS-OCER]: Client Error Reporting Protocol (Open Specifications)',
    date: null,
    address: 'https://learn.microsoft.com/en-us/openspecs/office_protocols/ms-ocer/8b2b5ee5-6051-4f66-b51e-71102ef7782f',
    sources: 'ms-ocer',
    names: /MS-OCER/,
  },
  kb2537764: {
    title: 'Microsoft KB 2537764: How sign-in addresses and user IDs are managed in Lync Online',
    date: 'last reviewed 5 May 2012',
    address: 'http://support.microsoft.com/kb/2537764',
    sources: 'microsoft-support-articles-on-lync-online-symptoms',
    names: /\bKB ?2537764\b/,
  },
  kb2541980: {
    title: 'Microsoft KB 2541980: How to troubleshoot sign-in issues in Lync Online',
    date: null,
    address: 'http://support.microsoft.com/kb/2541980/en-us',
    sources: 'microsoft-support-articles-on-lync-online-symptoms',
    names: /\bKB ?2541980\b/,
  },
  kb2566829: {
    title: 'Microsoft KB 2566829 (Messenger contacts with a custom, EASI, domain)',
    date: null,
    address: 'https://support.microsoft.com/pl-pl/kb/2566829',
    addressNote: 'a Polish machine translation on Microsoft\'s support site, which names the English article 2566829; we could not open the English page',
    sources: 'microsoft-support-articles-on-lync-online-symptoms',
    names: /\bKB ?2566829\b/,
  },
  kb2392146: {
    title: 'Microsoft KB 2392146 (federated contacts, user not enabled)',
    date: null,
    address: null,
    sources: 'microsoft-support-articles-on-lync-online-symptoms',
    names: /\bKB ?2392146\b/,
  },
  nexthop: {
    title: "Microsoft's NextHop blog, post on Snooper",
    date: '17 January 2011',
    address: null,
    sources: 'nexthop-blog-17-january-2011',
    names: /NextHop/,
  },
  // Dated changes after general availability (src/rules/history.ts), listed on /reference/dated-changes/
  // (the sources page has no room left in its page-weight budget; it points there).
  nexthopAutodiscover: {
    title: "Greg Anthony, Lync Server 2010 Mobility Deep Dive: Autodiscover Service (a Microsoft TechNet blog post)",
    date: '25 April 2012',
    address: 'http://blogs.technet.com/b/nexthop/archive/2012/04/25/lync-server-2010-mobility-deep-dive-autodiscover-service.aspx',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /Mobility Deep Dive/i,
  },
  hh416767: {
    title: 'Microsoft Office 365 help, Configure federation with external domains (Lync Online administration)',
    date: 'last modified 24 October 2012',
    address: 'http://onlinehelp.microsoft.com/en-us/office365-enterprises/hh416767.aspx',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /hh416767|Configure federation with external domains\b(?! in Office 365)/i,
  },
  lyncAdminCenter2013: {
    title: 'Amin Tavakoli, "Configure Lync federation with external domains in Office 365" (a practitioner\'s copy of Microsoft\'s help for the 2013 Lync admin center)',
    date: '30 April 2013',
    address: 'http://www.amintavakoli.com/2013/04/',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /Configure Lync federation with external domains in Office 365/i,
  },
  outlookComPreview: {
    title: 'News Tribune, "Outlook for Hotmail: Chilly" (Microsoft introduces a preview of Outlook.com)',
    date: '3 August 2012',
    address: 'http://www.newstribune.com/news/2012/aug/03/outlook-hotmail-chilly/',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /Outlook for Hotmail: Chilly/i,
  },
  messengerRetired: {
    title: 'Rupesh\'s blog, "End of Windows Live Messenger" (a practitioner\'s dated note on the retirement dates Microsoft announced)',
    date: '2013',
    address: 'https://rupesh.me/tag/skype/',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /End of Windows Live Messenger/i,
  },
  lyncSkypeConnectivity: {
    title: 'Agile IT\'s blog, "Skype and Lync Federated Communications Server Configuration" (Microsoft announced Lync–Skype connectivity that day)',
    date: '29 May 2013',
    address: 'https://agileit.com/news/skype-lync-federated-communications-server-and-end-user-configuration-office-365/',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /Skype and Lync Federated Communications Server Configuration/i,
  },
  baltimoreRoot: {
    title: 'Microsoft Lync team blog, Lync Mobile Push Notifications (Girija Bhagavatula): Lync Online moves to the Baltimore CyberTrust Root',
    date: '2 May 2013',
    address: 'https://blogs.technet.microsoft.com/lync/2013/05/02/lync-mobile-push-notifications/',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /Lync Mobile Push Notifications/i,
  },
  lync2013Cu3: {
    title: 'Confused Amused (a practitioner\'s blog), "Lync 2013 CU3 and Hosting Providers"',
    date: 'November 2013',
    address: 'http://www.confusedamused.com/notebook/tag/edge',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /Lync 2013 CU3 and Hosting Providers/i,
  },
  lyncServer2013Pic: {
    title: 'Microsoft, Lync Server 2013 documentation, topic on federated users and public IM connectivity (AOL and Yahoo! end of life, June 2014), in a third-party copy',
    date: 'last modified 7 October 2013',
    address: 'http://unifiedpeople.ru/lyncserver2013_itpro.en/html/a6d04f0b-5cb8-4084-a3a2-d501938971f9.htm',
    addressNote: 'a copy of the Lync Server 2013 IT Pro documentation kept by a third party',
    sources: 'documents-that-date-these-changes',
    entryOn: 'dated-changes',
    names: /end of life date of June 2014/i,
  },
} as const satisfies Record<string, CatalogueDocument>;

export type DocumentId = keyof typeof DOCUMENTS;

/** Where a reader opens the document: its address, or else its entry on the sources page. */
export function documentHref(id: DocumentId): string {
  const doc: CatalogueDocument = DOCUMENTS[id];
  return doc.address ?? `/reference/${doc.entryOn ?? 'sources'}/#${doc.sources}`;
}

/** A document as a rule's source gives it: title, date where known, and where to open it. */
export function documentSource(id: DocumentId): PublicDocument {
  const doc: CatalogueDocument = DOCUMENTS[id];
  return { title: doc.title, ...(doc.date ? { date: doc.date } : {}), href: documentHref(id) };
}
