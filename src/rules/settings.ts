/**
 * The settings a diagnosis can ask about, as data: each one named by its path in the scenario
 * contract (the same paths the rules' `reads` declare), with the partner kinds that have it, how to
 * read and write it on a scenario, and a small set of choices that stand for every value it can take
 * as far as the rules can tell (a list either holds the other side's domain or it does not).
 *
 * The question and "how to find out" texts are the reader's; the choices are what the diagnosis
 * explores when a setting is still unknown.
 */
import { messengerDomainKind } from './address.ts';
import { SIPFED } from './commands.ts';
import { platformRecord, type Platform, type Scenario, type SettingPath } from './model.ts';
import { ALL, LYNC_AND_OCS, LYNC_ONLINE, MESSENGER, ON_PREM } from './platforms.ts';

/** What is known before any setting is asked: the two sides' identities. */
export interface Known {
  /** Your SIP domain, normalised. */
  tenantDomain: string;
  /** The other person's address, `user@domain`, normalised (their sign-in, not the vanity form). */
  partnerAddress: string;
  partnerDomain: string;
  /** The partner kind, when answered. */
  platform?: Platform;
}

/** One answer a reader can give: a short key (for links), the value it stands for, a label. */
export interface Choice {
  key: string;
  value: unknown;
  label: string;
}

export type Side = 'your-organisation' | 'your-user' | 'their-organisation' | 'their-user' | 'address';

export interface Setting {
  path: SettingPath;
  /**
   * Whose setting it is: an organisation's (shared by all its users) or one user's. Scoping uses it
   * ("my colleagues can reach them" clears every check that reads no user's setting), and the end
   * of a diagnosis groups what is left by it ("ask the partner").
   */
  side: Side;
  /** Partner kinds whose scenario has this setting. */
  platforms: readonly Platform[];
  /** Needed to write the verdict and the fix: asked first, never "I don't know". */
  identity?: true;
  /**
   * The same for every partner you federate with (your DNS, whether your federation is on at all,
   * your user): "other partners work" clears every check that reads only such settings.
   */
  everyPartner?: true;
  question(k: Known): string;
  /** Where the answer is: the portal tab, the command, the tool. */
  howTo(k: Known): string;
  /** The values the diagnosis explores while the setting is unknown (none for identity settings). */
  choices(k: Known): Choice[];
  get(s: Scenario): unknown;
  set(s: Scenario, value: unknown): void;
  /**
   * An on-premises Edge's setting: what the Edge-configuration reader says about it (src/tools/
   * edge-config/partner.ts reads it from here; its tests name this file when one is missing).
   */
  edge?: EdgeWords;
}

/** How the Edge-configuration reader names a partner setting it reads from a Management Shell paste. */
export interface EdgeWords {
  /** Its row's heading in the reader's view. */
  label: string;
  /** Its name in the sentence "Filled from the paste: …" (the playground's paste panel). */
  words: string;
  /**
   * The Management Shell command whose output shows it; null when no output shows it (a setting the
   * partner's admin knows but no cmdlet prints): the reader then asks no paste for it and says it
   * stays unknown until answered in Diagnose a contact or the playground.
   */
  shownBy: string | null;
}

const YES_NO = (yes: string, no: string): Choice[] => [
  { key: 'yes', value: true, label: yes },
  { key: 'no', value: false, label: no },
];

const MODES = (listName: string): Choice[] => [
  { key: 'allow-all-except-blocked', value: 'allow-all-except-blocked', label: 'Allow federation with all domains except those I block' },
  { key: 'block-all-except-allowed', value: 'block-all-except-allowed', label: `Block federation with all domains except those I allow (${listName})` },
  { key: 'disabled', value: 'disabled', label: 'Disable federation' },
];

/** Reads and writes one field of the partner, whatever its kind (the caller checks the kind). */
const partnerField = (name: string) => ({
  get: (s: Scenario) => (s.partner as unknown as Record<string, unknown>)[name],
  set: (s: Scenario, v: unknown) => {
    (s.partner as unknown as Record<string, unknown>)[name] = v;
  },
});

const DNS_CHECKER = (domain: string) => `/troubleshooting/dns-checker/?domain=${encodeURIComponent(domain)}`;
/** The Edge-configuration reader: their admin pastes the Management Shell output there. */
const EDGE_READER = ' Their admin can paste the output into the Edge-configuration reader: /troubleshooting/edge-config/';

export const SETTINGS: readonly Setting[] = [
  {
    path: 'tenant.domain',
    side: 'your-organisation',
    platforms: ALL,
    identity: true,
    question: () => 'What is your SIP domain (the part after @ in your sign-in address)?',
    howTo: () => 'It is the domain of your Lync sign-in address, for example contoso.com for anna@contoso.com.',
    choices: () => [],
    get: (s) => s.tenant.domain,
    set: (s, v) => {
      s.tenant.domain = v as string;
    },
  },
  {
    path: 'partner.address',
    side: 'their-user',
    platforms: ALL,
    identity: true,
    question: () => 'What is the other person\'s address?',
    howTo: () => 'Their sign-in address, user@domain, as they gave it to you (for a Messenger user with their own domain, the address they sign in to Messenger with).',
    choices: () => [],
    get: (s) => (s.partner.platform === 'windows-live-messenger' ? s.partner.address : `user@${s.partner.domain}`),
    set: (s, v) => {
      if (s.partner.platform === 'windows-live-messenger') s.partner.address = v as string;
      else s.partner.domain = (v as string).slice((v as string).lastIndexOf('@') + 1);
    },
  },
  {
    path: 'partner.platform',
    side: 'their-organisation',
    platforms: ALL,
    question: () => 'Who is the other person with?',
    howTo: (k) =>
      `Ask them: that is the sure way. Their federation record (nslookup -type=srv _sipfederationtls._tcp.${k.partnerDomain}) can hint, as a rule of thumb only: sipfed.online.lync.com suggests a Lync Online (Office 365) tenant, an Access Edge Server of their own a company running Lync Server or OCS; but an on-premises company that does not use partner discovery need not publish the record, and a tenant whose DNS is not set up shows none. A Messenger user signs in to Windows Live Messenger.`,
    choices: (k) =>
      platformsFor(k.partnerDomain).map((p) => ({ key: p, value: p, label: PLATFORM_LABEL[p] })),
    get: (s) => s.partner.platform,
    set: () => {
      throw new Error('partner.platform is set by building a scenario of that kind');
    },
  },
  {
    path: 'tenant.dnsVerified',
    side: 'your-organisation',
    everyPartner: true,
    platforms: ALL,
    question: (k) => `Are the Lync DNS records of ${k.tenantDomain} in place and verified?`,
    howTo: (k) => `In the Office 365 portal, the domain settings show whether ${k.tenantDomain} is verified for Lync (their exact labels are not confirmed); the DNS checker looks the records up: ${DNS_CHECKER(k.tenantDomain)}`,
    choices: () => YES_NO('Yes, verified and resolving', 'No, or not all of them'),
    get: (s) => s.tenant.dnsVerified,
    set: (s, v) => {
      s.tenant.dnsVerified = v as boolean;
    },
  },
  {
    path: 'tenant.federation.mode',
    side: 'your-organisation',
    everyPartner: true,
    platforms: ALL,
    question: () => 'What does your Domain Federation tab say?',
    howTo: () => 'Lync Online control panel, Domain Federation tab: one of three options is selected.',
    choices: () => MODES('an allow list'),
    get: (s) => s.tenant.federation.mode,
    set: (s, v) => {
      s.tenant.federation.mode = v as Scenario['tenant']['federation']['mode'];
    },
  },
  {
    path: 'tenant.federation.domains',
    side: 'your-organisation',
    platforms: LYNC_AND_OCS,
    question: (k) => `Is ${k.partnerDomain} on the list of your Domain Federation tab?`,
    howTo: () => 'Lync Online control panel, Domain Federation tab: the domain list that goes with the option (the domains you block, or the ones you allow), kept with Add domain and Remove domain.',
    choices: (k) => [
      { key: 'listed', value: [k.partnerDomain], label: `Yes, ${k.partnerDomain} is on the list` },
      { key: 'not-listed', value: [], label: `No, ${k.partnerDomain} is not on it` },
    ],
    get: (s) => s.tenant.federation.domains,
    set: (s, v) => {
      s.tenant.federation.domains = v as string[];
    },
  },
  {
    path: 'tenant.publicIm',
    side: 'your-organisation',
    platforms: ALL,
    question: (k) => `Is Public IM enabled for ${k.tenantDomain}, and has its provisioning finished?`,
    howTo: () => 'Lync Online control panel, Public IM Connectivity tab: whether the domain is enabled. The article says only that provisioning takes a while; our sources do not give whether the tab shows its progress, so test with a Messenger contact.',
    choices: () => [
      { key: 'enabled', value: 'enabled', label: 'Enabled, provisioning finished' },
      { key: 'pending', value: 'pending', label: 'Enabled, provisioning not finished' },
      { key: 'disabled', value: 'disabled', label: 'Not enabled' },
    ],
    get: (s) => s.tenant.publicIm,
    set: (s, v) => {
      s.tenant.publicIm = v as Scenario['tenant']['publicIm'];
    },
  },
  {
    path: 'tenant.userExternalAccess',
    side: 'your-user',
    everyPartner: true,
    platforms: ALL,
    question: () => 'Is your user enabled for external access?',
    howTo: () => 'Lync Online control panel, the per-user settings tab (the article calls it User Information; the exact label of the time is not confirmed): select the user and look at External access.',
    choices: () => YES_NO('Yes', 'No'),
    get: (s) => s.tenant.userExternalAccess,
    set: (s, v) => {
      s.tenant.userExternalAccess = v as boolean;
    },
  },
  {
    path: 'partner.dnsVerified',
    side: 'their-organisation',
    platforms: LYNC_ONLINE,
    question: (k) => `Are the Lync DNS records of ${k.partnerDomain} in place?`,
    howTo: (k) => `The DNS checker looks them up from here: ${DNS_CHECKER(k.partnerDomain)}`,
    choices: () => YES_NO('Yes', 'No, or not all of them'),
    ...partnerField('dnsVerified'),
  },
  {
    path: 'partner.federation.mode',
    side: 'their-organisation',
    platforms: LYNC_ONLINE,
    question: () => 'What does the partner\'s Domain Federation tab say?',
    howTo: () => 'Only the partner\'s admin can see it: their Lync Online control panel, Domain Federation tab.',
    choices: () => MODES('an allow list'),
    get: (s) => (s.partner.platform === 'lync-online' ? s.partner.federation.mode : undefined),
    set: (s, v) => {
      if (s.partner.platform === 'lync-online') s.partner.federation.mode = v as Scenario['tenant']['federation']['mode'];
    },
  },
  {
    path: 'partner.federation.domains',
    side: 'their-organisation',
    platforms: LYNC_ONLINE,
    question: (k) => `Is ${k.tenantDomain} on the list of the partner's Domain Federation tab?`,
    howTo: () => 'Only the partner\'s admin can see it: their Domain Federation tab, the domain list that goes with the option.',
    choices: (k) => [
      { key: 'listed', value: [k.tenantDomain], label: `Yes, ${k.tenantDomain} is on their list` },
      { key: 'not-listed', value: [], label: `No, ${k.tenantDomain} is not on it` },
    ],
    get: (s) => (s.partner.platform === 'lync-online' ? s.partner.federation.domains : undefined),
    set: (s, v) => {
      if (s.partner.platform === 'lync-online') s.partner.federation.domains = v as string[];
    },
  },
  {
    path: 'partner.userExternalAccess',
    side: 'their-user',
    platforms: [...LYNC_ONLINE, ...ON_PREM],
    question: () => 'Is the other person allowed to talk to federated contacts in their own organisation?',
    howTo: () =>
      'Their admin checks: Lync Online, the per-user settings tab (User Information in the article; exact label not confirmed), External access; Lync Server 2010, Get-CsExternalAccessPolicy (EnableFederationAccess); OCS, the user\'s federation setting in the OCS console (our sources do not give its exact label).',
    choices: () => YES_NO('Yes', 'No'),
    ...partnerField('userExternalAccess'),
    edge: { label: 'Their user may federate (EnableFederationAccess)', words: "their user's external access", shownBy: 'Get-CsExternalAccessPolicy | Format-List' },
  },
  {
    path: 'partner.federationEnabled',
    side: 'their-organisation',
    platforms: ON_PREM,
    question: () => 'Does the partner\'s Edge Server allow federated users at all?',
    howTo: () =>
      'Their admin runs Get-CsAccessEdgeConfiguration (AllowFederatedUsers : True) on Lync Server 2010; on OCS, the Edge Server\'s properties and the forest-wide federation setting say whether federation is enabled (our sources do not give the OCS console labels).' + EDGE_READER,
    choices: () => YES_NO('Yes', 'No'),
    ...partnerField('federationEnabled'),
    edge: { label: 'Federation on their Edge (AllowFederatedUsers)', words: 'federation on their Edge', shownBy: 'Get-CsAccessEdgeConfiguration | Format-List' },
  },
  {
    path: 'partner.blockedDomains',
    side: 'their-organisation',
    platforms: ON_PREM,
    question: (k) => `Is ${k.tenantDomain} on the partner's blocked domains?`,
    howTo: () => 'Their admin runs Get-CsBlockedDomain (Lync Server 2010) or looks at the Edge\'s list of blocked domains (OCS; our sources do not give the console\'s exact label). Paste the output into the Edge-configuration reader: /troubleshooting/edge-config/',
    choices: (k) => [
      { key: 'listed', value: [k.tenantDomain], label: `Yes, ${k.tenantDomain} is blocked` },
      { key: 'not-listed', value: [], label: 'No' },
    ],
    ...partnerField('blockedDomains'),
    edge: { label: 'Blocked domains', words: 'blocked domains', shownBy: 'Get-CsBlockedDomain | Format-List' },
  },
  {
    path: 'partner.partnerDiscovery',
    side: 'their-organisation',
    platforms: ON_PREM,
    question: () => 'Does the partner\'s Edge have partner discovery (open federation) turned on?',
    howTo: () => 'Their admin runs Get-CsAccessEdgeConfiguration (EnablePartnerDiscovery : True, with UseDnsSrvRouting) on Lync Server 2010; on OCS, the Edge\'s partner discovery setting (our sources do not give its exact label).' + EDGE_READER,
    choices: () => YES_NO('Yes', 'No'),
    ...partnerField('partnerDiscovery'),
    edge: { label: 'Partner discovery (EnablePartnerDiscovery)', words: 'partner discovery', shownBy: 'Get-CsAccessEdgeConfiguration | Format-List' },
  },
  {
    path: 'partner.allowedDomains',
    side: 'their-organisation',
    platforms: ON_PREM,
    question: (k) => `Does the partner's Edge have an allowed-domain entry for ${k.tenantDomain}, and with which proxy FQDN?`,
    howTo: (k) => `Their admin runs Get-CsAllowedDomain -Identity ${k.tenantDomain} (Lync Server 2010) or looks at the Edge's Allow tab (OCS): the entry's ProxyFqdn (Access Edge Server) should be ${SIPFED}.` + EDGE_READER,
    choices: (k) => [
      { key: 'none', value: [], label: `No entry for ${k.tenantDomain}` },
      { key: 'sipfed', value: [{ domain: k.tenantDomain, proxyFqdn: SIPFED }], label: `Yes, with proxy FQDN ${SIPFED}` },
      { key: 'no-proxy', value: [{ domain: k.tenantDomain, proxyFqdn: null }], label: 'Yes, but without a proxy FQDN, or with another one' },
    ],
    ...partnerField('allowedDomains'),
    edge: { label: 'Allowed domains', words: 'allowed domains', shownBy: 'Get-CsAllowedDomain | Format-List' },
  },
  {
    path: 'partner.hostingProviders',
    side: 'their-organisation',
    platforms: ON_PREM,
    question: () => 'Does the partner\'s Lync Server have a hosting provider for Lync Online?',
    howTo: () => `Their admin runs Get-CsHostingProvider: an entry with ProxyFqdn ${SIPFED} and Enabled : True is the route to Lync Online (OCS has no hosting providers).` + EDGE_READER,
    choices: () => [
      { key: 'none', value: [], label: 'No hosting provider' },
      { key: 'enabled', value: [{ identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: true }], label: `Yes, enabled, proxy FQDN ${SIPFED}` },
      { key: 'disabled', value: [{ identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: false }], label: `Yes, proxy FQDN ${SIPFED}, but disabled` },
      { key: 'wrong-proxy', value: [{ identity: 'LyncOnline', proxyFqdn: null, enabled: true }], label: 'Yes, with another proxy FQDN, or none' },
    ],
    ...partnerField('hostingProviders'),
    edge: { label: 'Hosting providers', words: 'hosting providers', shownBy: 'Get-CsHostingProvider | Format-List' },
  },
  {
    path: 'partner.acceptsContactRequest',
    side: 'their-user',
    platforms: MESSENGER,
    question: () => 'Has the Messenger user accepted your contact request?',
    howTo: () => 'Ask them: Messenger shows the request after a while, and we take it that presence shows in Lync only once they accept it (inferred).',
    choices: () => YES_NO('Yes', 'No, or not yet'),
    ...partnerField('acceptsContactRequest'),
  },
  {
    path: 'contact',
    side: 'address',
    platforms: ALL,
    question: () => 'Exactly which address did you type into Lync to add them?',
    howTo: () => 'In Lync, look at the address shown for the contact (the one you typed when you added them).',
    choices: (k) => {
      const at = k.partnerAddress.lastIndexOf('@');
      const user = k.partnerAddress.slice(0, at);
      return [
        { key: 'plain', value: k.partnerAddress, label: k.partnerAddress },
        { key: 'msn', value: `${user}(${k.partnerDomain})@msn.com`, label: `${user}(${k.partnerDomain})@msn.com` },
        { key: 'other', value: `${user}@other-domain.invalid`, label: 'Another address' },
      ];
    },
    get: (s) => s.contact,
    set: (s, v) => {
      s.contact = v as string;
    },
  },
];

/** The diagnosis's answer for each partner kind, from its description (PLATFORM_NAMES in model.ts). */
export const PLATFORM_LABEL: Readonly<Record<Platform, string>> = platformRecord('asked');

/** The partner kinds an address can belong to: a Microsoft Messenger domain is never a company's. */
export function platformsFor(partnerDomain: string): Platform[] {
  return messengerDomainKind(partnerDomain) === 'vanity' ? [...ALL] : ['windows-live-messenger'];
}

const BY_PATH = new Map<SettingPath, Setting>(SETTINGS.map((s) => [s.path, s]));

/** The setting at a contract path (undefined for a path the diagnosis does not know). */
export function settingAt(path: string): Setting | undefined {
  return BY_PATH.get(path as SettingPath);
}

/** The aliases a caller may use for an identity: a Lync partner's `partner.domain`. */
export const ALIASES: Readonly<Record<string, SettingPath>> = { 'partner.domain': 'partner.address' };
