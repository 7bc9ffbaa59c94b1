/**
 * The federation path as data: which hops a message crosses for each kind of partner, where each
 * rule's check lives on that path, and the public sources for both. No verdicts here: which
 * checks pass or block comes from the evaluation (route.ts reads its trace).
 *
 * A rule is placed by its id where the id says more than its stage (their Edge, their user, the
 * route), and otherwise by its stage, so a rule added later still lands on a hop.
 */
import type { Platform, RuleId, Stage } from '../rules/index.ts';

/** The three paths the article describes. */
export type RouteKind = 'lync-online' | 'on-premises' | 'messenger';

export type HopId =
  | 'your-user'
  | 'your-tenant'
  | 'federation-edge'
  | 'dns'
  | 'route'
  | 'public-im'
  | 'their-tenant'
  | 'their-edge'
  | 'messenger'
  | 'their-user';

/** Who runs the hop: colours the picture and says whose network it is in. */
export type Operator = 'you' | 'microsoft' | 'partner';

export interface RouteSource {
  id: string;
  title: string;
  /** A public address, or our evidence page's path where we know no address we trust (never guessed). */
  href?: string;
}

/** Every source the picture cites, in the order the picture numbers them. */
export const ROUTE_SOURCES = {
  article: {
    id: 'article',
    title: 'Federation 101 in Lync Online',
    href: 'http://www.ultimate-communications.com/2011/07/federation-101-in-lync-online-office365-lync/',
  },
  // Sources with no address we trust link our evidence page, which names them and what they say.
  dns: { id: 'dns', title: 'Evidence: DNS records (the record _sipfederationtls._tcp, port 5061, sipfed.online.lync.com: sourced; that Lync Online looks it up to reach another tenant: inferred)', href: '/reference/evidence/dns/#which-record-matters-for-federation' },
  hostingProvider: {
    id: 'hosting-provider',
    title: 'Microsoft: New-CsHostingProvider (Lync Server 2010)',
    href: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398490(v=ocs.14)',
  },
  allowedDomain: {
    id: 'allowed-domain',
    title: 'Microsoft: New-CsAllowedDomain (Lync Server 2010)',
    href: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398628(v=ocs.14)',
  },
  accessEdge: {
    id: 'access-edge',
    title: 'Microsoft: Set-CsAccessEdgeConfiguration (Lync Server 2010)',
    href: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg413017(v=ocs.14)',
  },
  externalAccess: {
    id: 'external-access',
    title: 'Microsoft: Get-CsExternalAccessPolicy (Lync Server 2010)',
    href: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg425805(v=ocs.14)',
  },
  publicIm: { id: 'public-im', title: 'Evidence: what each partner can do (Messenger: IM and presence; audio and video no as the article reads, uncertain)', href: '/reference/evidence/modalities/#messenger-audio-and-video' },
} as const satisfies Record<string, RouteSource>;

type SourceKey = keyof typeof ROUTE_SOURCES;

export interface HopPlan {
  id: HopId;
  operator: Operator;
  /** The sources for the hop's existence, its host and the checks placed on it. */
  sources: readonly SourceKey[];
}

const YOURS_NO_EDGE: readonly HopPlan[] = [
  { id: 'your-user', operator: 'you', sources: ['article'] },
  { id: 'your-tenant', operator: 'you', sources: ['article'] },
];
const YOURS: readonly HopPlan[] = [
  ...YOURS_NO_EDGE,
  // The seed names sipfed.online.lync.com as Lync Online's proxy FQDN; Microsoft's cmdlet topic
  // names Lync Online as a hosting provider reached there. Federation only: no source puts Public
  // IM traffic on sipfed, so the Messenger path does not cross this hop.
  { id: 'federation-edge', operator: 'microsoft', sources: ['article', 'hostingProvider'] },
];

/** The hops per path, in the order a message from your user crosses them. */
export const HOPS: Record<RouteKind, readonly HopPlan[]> = {
  'lync-online': [
    ...YOURS,
    { id: 'dns', operator: 'microsoft', sources: ['dns'] },
    { id: 'their-tenant', operator: 'partner', sources: ['article'] },
    { id: 'their-user', operator: 'partner', sources: ['article'] },
  ],
  'on-premises': [
    ...YOURS,
    { id: 'route', operator: 'partner', sources: ['article', 'hostingProvider', 'allowedDomain'] },
    { id: 'their-edge', operator: 'partner', sources: ['accessEdge', 'allowedDomain'] },
    { id: 'their-user', operator: 'partner', sources: ['externalAccess'] },
  ],
  messenger: [
    ...YOURS_NO_EDGE,
    { id: 'public-im', operator: 'microsoft', sources: ['article', 'publicIm'] },
    { id: 'messenger', operator: 'partner', sources: ['article'] },
    { id: 'their-user', operator: 'partner', sources: ['article'] },
  ],
};

/**
 * Where the article's encryption note puts the end of Microsoft's control: "All federated
 * communications are encrypted between the IM systems using access proxy servers. But Microsoft
 * does not control encryption after messages are passed to the federated partner's network".
 * The marker sits after the hop that hands the message to the partner's own network; with a
 * Lync Online partner both ends are Microsoft's service, so there is none.
 */
export const ENCRYPTION_ENDS_AFTER: Record<RouteKind, HopId | null> = {
  'lync-online': null,
  'on-premises': 'their-edge',
  messenger: 'public-im',
};

export function routeKindOf(platform: Platform): RouteKind {
  if (platform === 'lync-online') return 'lync-online';
  if (platform === 'windows-live-messenger') return 'messenger';
  return 'on-premises';
}

/** By stage, per path; `null`: the check belongs to the whole path (the modality). */
const BY_STAGE: Record<RouteKind, Record<Stage, HopId | null>> = {
  'lync-online': { dns: 'dns', 'your-federation': 'your-tenant', 'your-user': 'your-user', 'their-side': 'their-tenant', address: 'your-user', modality: null },
  // Your DNS records are yours: on the on-premises path they sit on your tenant, not on the
  // partner's route (their Edge with a proxy FQDN does not look them up; inferred).
  'on-premises': { dns: 'your-tenant', 'your-federation': 'your-tenant', 'your-user': 'your-user', 'their-side': 'their-edge', address: 'your-user', modality: null },
  messenger: { dns: 'your-tenant', 'your-federation': 'your-tenant', 'your-user': 'your-user', 'their-side': 'messenger', address: 'messenger', modality: null },
};

/** Where a rule's id says more than its stage. */
const BY_RULE: Record<RouteKind, Partial<Record<RuleId, HopId>>> = {
  'lync-online': {
    'partner-dns-not-verified': 'dns',
    'same-sip-domain': 'dns',
    'partner-user-not-enabled': 'their-user',
  },
  'on-premises': {
    'same-sip-domain': 'route',
    'partner-proxy-fqdn-missing': 'route',
    'partner-no-route-to-lync-online': 'route',
    'hosting-provider-opens-all-office365': 'route',
    'ocs-has-no-hosting-providers': 'route',
    'partner-policy-user-not-enabled': 'their-user',
  },
  messenger: {
    // Public IM is a tab of your tenant, but it opens or closes the link to Messenger.
    'tenant-public-im-disabled': 'public-im',
    'tenant-public-im-pending': 'public-im',
    'public-im-moves-messenger-domain': 'public-im',
    'public-im-provisioning-delay': 'public-im',
    // The address your user types: a plain address to someone else is your user's to fix.
    'contact-not-partner-address': 'your-user',
    'messenger-contact-request-pending': 'their-user',
  },
};

/** The hop a rule's check lives on for this path, or null for a path-wide (modality) rule. */
export function hopFor(kind: RouteKind, rule: RuleId, stage: Stage): HopId | null {
  return BY_RULE[kind][rule] ?? BY_STAGE[kind][stage];
}
