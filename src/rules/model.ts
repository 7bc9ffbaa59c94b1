/**
 * The model of the seed's world: types, and the two vocabulary lists they are derived from; no behaviour.
 *
 * A scenario is what the reader sets up (your Lync Online tenant, the partner, the address typed,
 * the modalities); an evaluation is what the rules say about it. Field names and codes follow
 * shared/contracts/scenario.md exactly; the project's own additions are marked "project".
 *
 * The rules describe the service as of Office 365 GA (June 2011), as the seed does.
 */

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

// The two lists below are the only place the modalities and the partner kinds are written out.
// Everything else (the matrix's rows, the schema's enums, the playground, permalinks, labels,
// tests, bench) derives from them, so a new modality or partner kind starts here and the type
// checker walks you to every Record that needs an entry (the matrix first).

/** Every modality, in the order pages list them, with the name a reader sees. */
export const MODALITY_NAMES = {
  im: 'IM',
  presence: 'Presence',
  audio: 'Audio',
  video: 'Video',
  'file-transfer': 'File transfer',
} as const satisfies Record<string, string>;

/**
 * Every partner kind, in the order pages list them, described once: the reader's name (`label`),
 * the Edge it federates through (`edge`), its short name on the route picture (`short`), the
 * diagnosis's answer for it (`asked`: "Who is the other person with?") and its word in permalinks
 * (`param`: never change one, old links would change meaning).
 *
 * `edge` decides what the rest of the site does with the kind, so a new kind says it here once:
 * - `'lync-server'`: their own Lync Server Edge, managed in the Lync Server Management Shell
 *   (PowerShell fixes, the Edge paste reader), with hosting providers as a second route;
 * - `'ocs'`: their own OCS Edge, managed in its console (no PowerShell), where the Allow tab's
 *   entry is both the permission and the route (no hosting providers);
 * - `null`: not on premises (Lync Online, Messenger): no Edge of theirs to configure.
 */
export const PLATFORM_NAMES = {
  'lync-online': { label: 'Another Lync Online tenant', edge: null, short: 'Lync Online', asked: 'Another Office 365 company (Lync Online)', param: 'online' },
  'lync-server-2010': { label: 'Lync Server 2010 on premises', edge: 'lync-server', short: 'Lync Server 2010', asked: 'A company running Lync Server 2010', param: 'ls2010' },
  'ocs-2007-r2': { label: 'OCS 2007 R2 on premises', edge: 'ocs', short: 'OCS 2007 R2', asked: 'A company running OCS 2007 R2', param: 'ocs2007r2' },
  'ocs-2007': { label: 'OCS 2007 on premises', edge: 'ocs', short: 'OCS 2007', asked: 'A company running OCS 2007', param: 'ocs2007' },
  'windows-live-messenger': { label: 'Windows Live Messenger', edge: null, short: 'Windows Live Messenger', asked: 'A Windows Live Messenger user', param: 'messenger' },
} as const satisfies Record<string, { label: string; edge: EdgeKind | null; short: string; asked: string; param: string }>;

/** The two kinds of on-premises Edge a partner can have (see `edge` above). */
export type EdgeKind = 'lync-server' | 'ocs';

/** One word of each partner kind's description, as a Record over the kinds. */
export const platformRecord = <K extends 'label' | 'short' | 'asked' | 'param'>(key: K): Readonly<Record<Platform, string>> =>
  Object.fromEntries((Object.keys(PLATFORM_NAMES) as Platform[]).map((p): [Platform, string] => [p, PLATFORM_NAMES[p][key]])) as Record<Platform, string>;

export type Modality = keyof typeof MODALITY_NAMES;
export type Platform = keyof typeof PLATFORM_NAMES;
export type OnPremPlatform = { [P in Platform]: (typeof PLATFORM_NAMES)[P]['edge'] extends null ? never : P }[Platform];
/** The kinds with an OCS Edge: console steps, the Allow tab. */
export type OcsPlatform = { [P in Platform]: (typeof PLATFORM_NAMES)[P]['edge'] extends 'ocs' ? P : never }[Platform];
/** The kinds with a Lync Server Edge: PowerShell, hosting providers. */
export type LyncServerPlatform = { [P in Platform]: (typeof PLATFORM_NAMES)[P]['edge'] extends 'lync-server' ? P : never }[Platform];

/** The modalities, in order (a non-empty tuple type, so schema enums can take it as is). */
export const MODALITIES = Object.keys(MODALITY_NAMES) as [Modality, ...Modality[]];
/** The partner kinds, in order. */
export const PLATFORMS = Object.keys(PLATFORM_NAMES) as [Platform, ...Platform[]];
export const isOnPrem = (p: Platform): p is OnPremPlatform => PLATFORM_NAMES[p].edge !== null;
/** A Lync Server Edge (PowerShell, hosting providers), as against OCS; see `edge` above. */
export const isLyncServer = (p: Platform): p is LyncServerPlatform => PLATFORM_NAMES[p].edge === 'lync-server';
/** The on-premises partner kinds (Lync Server, OCS), in order. */
export const ON_PREM_PLATFORMS = PLATFORMS.filter(isOnPrem) as [OnPremPlatform, ...OnPremPlatform[]];

export type FederationMode = 'allow-all-except-blocked' | 'block-all-except-allowed' | 'disabled';
export type PublicImState = 'enabled' | 'pending' | 'disabled';

/** The order an admin troubleshoots in; the trace and the reasons follow it. */
export type Stage = 'dns' | 'your-federation' | 'your-user' | 'their-side' | 'address' | 'modality';

/** Who must act to remove a blocker. */
export type Actor = 'you' | 'your-admin' | 'partner-admin' | 'partner-user';

/** Blockers: the contract's codes, then the project's own. */
export type ContractReasonCode =
  | 'tenant-dns-not-verified'
  | 'tenant-federation-disabled'
  | 'tenant-blocks-partner-domain'
  | 'tenant-partner-domain-not-allowed'
  | 'tenant-user-not-enabled'
  | 'tenant-public-im-disabled'
  | 'tenant-public-im-pending'
  | 'partner-dns-not-verified'
  | 'partner-federation-disabled'
  | 'partner-blocks-tenant-domain'
  | 'partner-tenant-domain-not-allowed'
  | 'partner-user-not-enabled'
  | 'partner-no-route-to-lync-online'
  | 'partner-proxy-fqdn-missing'
  | 'same-sip-domain'
  | 'messenger-vanity-address-format'
  | 'messenger-domain-moved-to-lync-online'
  | 'messenger-contact-request-pending'
  | 'file-transfer-not-federated'
  | 'modality-not-supported-with-partner';

export type ProjectReasonCode =
  /** The contact typed names someone other than the partner (another domain, or the wrong form). */
  | 'contact-not-partner-address'
  /** A Microsoft Messenger address (hotmail.com, msn.com, …) wrapped as user(hotmail.com)@msn.com. */
  | 'messenger-microsoft-address-wrapped';

export type ReasonCode = ContractReasonCode | ProjectReasonCode;

export type ContractWarningCode =
  | 'public-im-moves-messenger-domain'
  | 'public-im-provisioning-delay'
  | 'encryption-ends-at-partner-network'
  | 'hosting-provider-opens-all-office365';

export type ProjectWarningCode =
  /** An OCS 2007 / 2007 R2 partner was given hosting providers: OCS has none; they are ignored. */
  'ocs-has-no-hosting-providers';

export type WarningCode = ContractWarningCode | ProjectWarningCode;

/**
 * A rule's stable id. Where a rule yields exactly one contract code and no other rule yields it,
 * the id is that code; rules that share a code (the same check on another platform) get their own id.
 */
export type RuleId =
  | ReasonCode
  | WarningCode
  | 'partner-edge-federation-disabled'
  | 'partner-edge-blocks-tenant-domain'
  | 'partner-edge-tenant-domain-not-allowed'
  | 'partner-policy-user-not-enabled'
  | 'tenant-federation-disabled-messenger';

// ---------------------------------------------------------------------------------------------
// Scenario (normalised: what parseScenario returns; domains lower-case ASCII, defaults applied)
// ---------------------------------------------------------------------------------------------

export interface FederationSettings {
  mode: FederationMode;
  /** The block list or the allow list, as the mode says. Normalised domains. */
  domains: string[];
}

export interface Tenant {
  domain: string;
  dnsVerified: boolean;
  federation: FederationSettings;
  publicIm: PublicImState;
  userExternalAccess: boolean;
}

export interface LyncOnlinePartner {
  platform: 'lync-online';
  domain: string;
  dnsVerified: boolean;
  federation: FederationSettings;
  userExternalAccess: boolean;
}

export interface HostingProvider {
  /** A safe name: letters, digits, space, . _ - (1–64 characters). */
  identity: string;
  proxyFqdn: string | null;
  enabled: boolean;
}

export interface AllowedDomain {
  domain: string;
  /** null: the entry was made without a proxy FQDN. */
  proxyFqdn: string | null;
}

export interface OnPremPartner {
  platform: OnPremPlatform;
  domain: string;
  federationEnabled: boolean;
  partnerDiscovery: boolean;
  hostingProviders: HostingProvider[];
  allowedDomains: AllowedDomain[];
  blockedDomains: string[];
  userExternalAccess: boolean;
}

export interface MessengerPartner {
  platform: 'windows-live-messenger';
  /** The Messenger sign-in address, normalised `user@domain`. */
  address: string;
  acceptsContactRequest: boolean;
}

export type Partner = LyncOnlinePartner | OnPremPartner | MessengerPartner;

export interface Scenario {
  tenant: Tenant;
  partner: Partner;
  /** The address typed into Lync, normalised (`user@domain` or `user(domain)@msn.com`). */
  contact: string;
  /** At least one, no repeats, in the order asked. */
  modalities: Modality[];
  /** The date the answer is for (YYYY-MM-DD, GA to 2013-12-31); absent: general availability. */
  asOf?: string;
}

/** What a caller may send: optional fields may be omitted; domains may be in any case or Unicode. */
export interface ScenarioInput {
  tenant: {
    domain: string;
    dnsVerified: boolean;
    federation: { mode: FederationMode; domains: string[] };
    publicIm: PublicImState;
    userExternalAccess: boolean;
  };
  partner:
    | { platform: 'lync-online'; domain: string; dnsVerified: boolean; federation: { mode: FederationMode; domains: string[] }; userExternalAccess: boolean }
    | {
        platform: OnPremPlatform;
        domain: string;
        federationEnabled: boolean;
        partnerDiscovery?: boolean;
        hostingProviders?: { identity: string; proxyFqdn: string | null; enabled: boolean }[];
        allowedDomains: { domain: string; proxyFqdn: string | null }[];
        blockedDomains: string[];
        userExternalAccess: boolean;
      }
    | { platform: 'windows-live-messenger'; address: string; acceptsContactRequest?: boolean };
  contact?: string;
  modalities?: Modality[];
  asOf?: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; field: string; message: string };

// ---------------------------------------------------------------------------------------------
// Sources and rules
// ---------------------------------------------------------------------------------------------

export type Confidence = 'seed' | 'sourced' | 'inferred' | 'uncertain';

/** Our evidence pages (content/reference/evidence/<page>.mdx, served at /reference/evidence/<page>/). */
export type EvidencePage = 'modalities' | 'dns' | 'control-panel' | 'on-premises' | 'messenger' | 'troubleshooting' | 'kinds-and-encryption';

/** An evidence page and the anchor of the heading that states the fact: `dns#the-four-values`. */
export type EvidenceRef = `${EvidencePage}#${string}`;

/** A public document of the period, named as it named itself; `href` only where it had an address we trust. */
export interface PublicDocument {
  title: string;
  /** As precise as the source gives it: "2011-07-17", "May 2011", "2012". */
  date?: string;
  href?: string;
}

/**
 * Where a rule comes from, as the reader can check it: a paragraph of the article (paragraphs are
 * its blocks of text separated by blank lines, numbered from 1) with a verbatim quote, or one of
 * our evidence pages (the heading that states the fact, with its confidence) and, where there is
 * one, the public document behind it. src/rules/sources.ts turns either into the links shown;
 * nothing here names our unpublished working notes.
 */
export type Source =
  | { kind: 'seed'; paragraph: number; quote: string }
  | { kind: 'evidence'; evidence: EvidenceRef; confidence: 'sourced' | 'inferred' | 'uncertain'; note: string; document?: PublicDocument };

export type Certainty = 'certain' | 'uncertain';

export interface MatrixCell {
  supported: boolean;
  certainty: Certainty;
  source: Source;
  /** Present when uncertain: what is uncertain and why, in a reader's words. */
  uncertainty?: string;
}

export type PartnerKind = Platform;

// ---------------------------------------------------------------------------------------------
// Fixes and commands
// ---------------------------------------------------------------------------------------------

export interface Command {
  language: 'powershell' | 'text';
  code: string;
  /** Where it runs: a partner platform, the Lync Online control panel, DNS or the user's Lync. */
  platform?: Platform | 'dns' | 'lync-client';
}

export interface Fix {
  rule: RuleId;
  actor: Actor;
  title: string;
  steps: string[];
  commands: Command[];
}

// ---------------------------------------------------------------------------------------------
// Evaluation (output)
// ---------------------------------------------------------------------------------------------

export type Verdict = 'works' | 'blocked' | 'not-supported';

export interface ModalityResult {
  modality: Modality;
  works: boolean;
  /** Every blocker for this modality, in troubleshooting order, no repeats. Empty when it works. */
  reasons: ReasonCode[];
  /** 'not-supported' when the only blockers are the modality's own (file transfer, unsupported A/V). */
  verdict: Verdict;
  /** Present only as "uncertain": the result rests on a fact the reference marks uncertain. */
  certainty?: 'uncertain';
  /** With certainty: what is uncertain and why. */
  uncertainty?: string;
}

export type TraceStatus = 'pass' | 'fail' | 'warn' | 'not-applicable';

export interface TraceStep {
  rule: RuleId;
  stage: Stage;
  status: TraceStatus;
  /** For a failing rule that blocks only some modalities: which. */
  modalities?: Modality[];
}

export interface Evaluation {
  results: ModalityResult[];
  warnings: WarningCode[];
  /** Every rule, in troubleshooting order, with what it found for this scenario. */
  trace: TraceStep[];
  /** One entry per fired blocker or warning with something to do, in troubleshooting order. */
  fixes: Fix[];
  scenario: Scenario;
  /** The date the answer is for: the scenario's `asOf`, or general availability (2011-06-28). */
  asOf?: string;
  /** The dated changes (src/rules/history.ts) in effect at `asOf` that changed this answer. */
  history?: AppliedNoteOut[];
}

/** A dated change in effect for an evaluation (see src/rules/history.ts). */
export interface AppliedNoteOut {
  id: string;
  date: string;
  when: string;
  change: 'verdict' | 'fix';
  text: string;
  sources: PublicDocument[];
}

export type EvaluateInputResult = { ok: true; evaluation: Evaluation } | { ok: false; field: string; message: string };

// ---------------------------------------------------------------------------------------------
// Rules as data (the behaviour lives in rules.ts; these are their shapes)
// ---------------------------------------------------------------------------------------------

/** The contact address as typed, parsed once. */
export interface ContactAddress {
  form: 'plain' | 'vanity';
  user: string;
  /** The domain after the @ (plain) or inside the parentheses (vanity). */
  domain: string;
}

/** Facts about an on-premises partner's Edge, worked out once per evaluation (evidence: on-premises#route-and-permission). */
export interface OnPremFacts {
  /** The allowed-domain entry for your domain, if any. */
  allowedEntry: AllowedDomain | undefined;
  /** Your domain is on their blocked list. */
  blocked: boolean;
  /** Partner discovery is on, or they have an allowed-domain entry for you. */
  permitted: boolean;
  /** How their Edge reaches sipfed.online.lync.com, if it does. */
  route: 'hosting-provider' | 'allowed-domain' | null;
  /** Hosting providers that count (a Lync Server Edge only; OCS has none). */
  hostingProviders: readonly HostingProvider[];
  /** An entry meant for you whose proxy FQDN is missing or wrong. */
  misdirected: { allowedEntry: boolean; hostingProviders: readonly HostingProvider[] };
  /** Enabled hosting providers with the right proxy FQDN. */
  hostingRoute: readonly HostingProvider[];
  /** Disabled hosting providers that have the right proxy FQDN. */
  disabledRoute: readonly HostingProvider[];
}

/** Everything a rule may look at: the scenario plus facts derived from it once. */
export interface RuleContext {
  scenario: Scenario;
  tenant: Tenant;
  partner: Partner;
  /** The partner's SIP domain, or the Messenger sign-in address's domain. */
  partnerDomain: string;
  /** The partner's own address (Messenger: the sign-in; Lync/OCS: the default user@domain). */
  partnerAddress: string;
  contact: ContactAddress;
  asked: readonly Modality[];
  onPrem: OnPremFacts | null;
}

/**
 * A setting, named by its path in the scenario contract. Rules declare which ones they read, so the
 * diagnosis can ask only about settings whose answer can still change a verdict.
 */
export type SettingPath =
  | 'tenant.domain'
  | 'tenant.dnsVerified'
  | 'tenant.federation.mode'
  | 'tenant.federation.domains'
  | 'tenant.publicIm'
  | 'tenant.userExternalAccess'
  | 'partner.platform'
  | 'partner.domain'
  | 'partner.address'
  | 'partner.dnsVerified'
  | 'partner.federation.mode'
  | 'partner.federation.domains'
  | 'partner.userExternalAccess'
  | 'partner.federationEnabled'
  | 'partner.partnerDiscovery'
  | 'partner.hostingProviders'
  | 'partner.allowedDomains'
  | 'partner.blockedDomains'
  | 'partner.acceptsContactRequest'
  | 'contact';

/**
 * Causal precedence, as data: something a blocker takes away when it fires, and that other rules
 * presuppose. A contact request that never reaches the Messenger user cannot be accepted; a partner's
 * Edge that cannot route to Lync Online never gets to apply its permissions. A rule whose premise a
 * present blocker defeats is never the first reason (evaluate orders its reasons by it, the diagnosis
 * walks by it: rules.ts CAUSAL_ORDER).
 */
export type Premise =
  /** The address typed reaches the partner (right domain, right form). */
  | 'address-reaches-partner'
  /** The Messenger account can still sign in to Messenger. */
  | 'messenger-account-signs-in'
  /** The on-premises partner's Edge federates at all. */
  | 'partner-edge-federates'
  /** The on-premises partner's Edge has a route to sipfed.online.lync.com. */
  | 'route-to-lync-online';

/** A rule answers only "does this apply?": false/true, or the modalities it blocks. */
export type CheckResult = boolean | readonly Modality[];

interface RuleBase {
  id: RuleId;
  stage: Stage;
  /** The partner kinds the rule is checked for. */
  platforms: readonly Platform[];
  /** Only these modalities can be affected (omitted: all). Not asked → the rule is not applicable. */
  modalities?: readonly Modality[];
  /** Every setting check() looks at (besides the partner kinds above); the diagnosis relies on it. */
  reads: readonly SettingPath[];
  /** What must hold for this rule to matter at all (omitted: nothing): rules that defeat it come first. */
  presupposes?: readonly Premise[];
  /** What this blocker, when it fires, shows to be false. */
  defeats?: Premise;
  source: Source;
  /** The condition, in short human text. */
  condition: string;
  /**
   * The check as the condition that must hold, for the route picture's hop ("Your federation on":
   * "passes" and "blocks" read naturally after it). Display only.
   */
  holds: string;
  /** One sentence, in a reader's words. */
  explanation: string;
  check(ctx: RuleContext): CheckResult;
  fix(ctx: RuleContext): Fix[];
}

export interface BlockerRule extends RuleBase {
  kind: 'blocker';
  code: ReasonCode;
}

export interface WarningRule extends RuleBase {
  kind: 'warning';
  code: WarningCode;
}

export type Rule = BlockerRule | WarningRule;

/** Something that changed after GA, kept beside the rules (never applied to them). */
export interface HistoryNote {
  id: string;
  /** Rule ids or topics the note belongs to. */
  about: readonly string[];
  when: string;
  note: string;
  source: Source;
}
