/**
 * From what a paste showed to the contract's partner object (platform "lync-server-2010"), and its
 * evaluation against a Lync Online domain. Settings the paste does not show keep the value the
 * reader set (or the playground's default) and are named in `notRead`; nothing is guessed.
 */
import { evaluateInput, normaliseDomain, type EvaluateInputResult } from '../../rules/index.ts';
import type { OnPremPartner } from '../../rules/model.ts';
import { SETTINGS } from '../../rules/settings.ts';
import { emptyDraft, toScenarioInput } from '../../share/playground-draft.ts';
import type { DecidingProperty, EdgeConfigRead, PolicyRead } from './read.ts';

/**
 * The partner object a paste fills: the rules' on-premises partner (src/rules/model.ts), as a
 * Lync Server 2010 Edge. A field the partner gains is a field of this object; what the reader says
 * about it (EDGE_SETTINGS below) is the `edge` words of its setting in src/rules/settings.ts, where
 * its diagnosis question is too (the reader's tests fail naming that file when they are missing).
 */
export type PartnerInput = Omit<OnPremPartner, 'platform'> & { platform: 'lync-server-2010' };

/** The partner settings a paste can fill, in the contract's names. */
export type PartnerSetting = Exclude<keyof OnPremPartner, 'platform'>;

/** What the Edge reader says about one partner setting: the setting's own EdgeWords (src/rules/settings.ts), shownBy null for the domain. */
export interface EdgeSetting {
  /** Its row's heading in the reader's view. */
  label: string;
  /** Its name in the sentence "Filled from the paste: …" (the playground's paste panel). */
  words: string;
  /** The Management Shell command whose output shows it; null for the domain (typed, never read from the Edge) and for a setting no output shows. */
  shownBy: string | null;
}

/** The partner's domain: typed by the reader, never read from the Edge (not one of the diagnosis's settings). */
const DOMAIN: EdgeSetting = { label: 'Their SIP domain', words: 'their SIP domain', shownBy: null };

/** A partner setting's words, from its description in the rules' settings (one description per setting). */
function edgeSetting(setting: PartnerSetting): EdgeSetting {
  if (setting === 'domain') return DOMAIN;
  const words = SETTINGS.find((s) => s.path === `partner.${setting}`)?.edge;
  if (!words) throw new Error(`The Edge reader has no words for partner.${setting}: give its entry in SETTINGS (src/rules/settings.ts) an edge: { label, words, shownBy }.`);
  return words;
}

/** The playground's defaults for an on-premises partner (its field table): what stands where the paste is silent. */
export function defaultPartner(): PartnerInput {
  return toScenarioInput({ ...emptyDraft(), platform: 'lync-server-2010' }).partner as PartnerInput;
}

/** Every partner setting, in the partner object's order. */
export const PARTNER_SETTINGS: readonly PartnerSetting[] = Object.keys(defaultPartner()).filter((k): k is PartnerSetting => k !== 'platform');

/** Every partner setting as the Edge reader names it, in the partner object's order (the view's): the one table the view, the paste panel and the verdict read. */
export const EDGE_SETTINGS: Readonly<Record<PartnerSetting, EdgeSetting>> = Object.fromEntries(PARTNER_SETTINGS.map((s) => [s, edgeSetting(s)])) as Record<PartnerSetting, EdgeSetting>;

export interface MappedPartner {
  partner: PartnerInput;
  /** Settings the paste did not show: they are the reader's (or the default), not the Edge's. */
  notRead: PartnerSetting[];
  /** Where each read setting came from: cmdlet, property and line. */
  readFrom: Partial<Record<PartnerSetting, string>>;
  /** The external access policy that gave userExternalAccess, if one did. */
  policy: PolicyRead | null;
}

export interface MapOptions {
  /** What stands for settings the paste does not show (default: the playground's defaults). */
  base?: PartnerInput;
  /** Which external access policy the partner's user has (its Identity or name); default: Global. */
  policy?: string | null;
}

const SAFE_IDENTITY = /[^A-Za-z0-9 ._-]/g;

/** The partner object the paste describes; see the module comment. */
export function toPartner(read: EdgeConfigRead, options: MapOptions = {}): MappedPartner {
  const base = options.base ?? defaultPartner();
  const partner: PartnerInput = { ...base, platform: 'lync-server-2010', hostingProviders: [...base.hostingProviders], allowedDomains: [...base.allowedDomains], blockedDomains: [...base.blockedDomains] };
  const readFrom: MappedPartner['readFrom'] = {};
  const edge = read.edge;
  const stray = (name: DecidingProperty) => read.stray.includes(name);
  if (edge?.allowFederatedUsers != null && !stray('AllowFederatedUsers')) {
    partner.federationEnabled = edge.allowFederatedUsers;
    readFrom.federationEnabled = `Get-CsAccessEdgeConfiguration AllowFederatedUsers, line ${edge.line}`;
  }
  if (stray('EnablePartnerDiscovery') || stray('RoutingMethod')) {
    // Not read: a value of it sits in the output of another cmdlet (read.ts, stray).
  } else if (edge?.enablePartnerDiscovery != null) {
    partner.partnerDiscovery = edge.enablePartnerDiscovery;
    readFrom.partnerDiscovery = `Get-CsAccessEdgeConfiguration EnablePartnerDiscovery, line ${edge.line}`;
  } else if (edge?.routingMethod && /^UseDefaultRouting$/i.test(edge.routingMethod)) {
    partner.partnerDiscovery = false;
    readFrom.partnerDiscovery = `Get-CsAccessEdgeConfiguration RoutingMethod UseDefaultRouting (no discovery), line ${edge.line}`;
  }
  if (read.cmdlets.includes('Get-CsHostingProvider') && !read.incomplete.includes('Get-CsHostingProvider')) {
    const seen = new Set<string>();
    partner.hostingProviders = read.hostingProviders.map((h, k) => {
      let identity = h.identity.replace(SAFE_IDENTITY, ' ').replace(/\s+/g, ' ').trim().slice(0, 64) || `Provider ${k + 1}`;
      while (seen.has(identity.toLowerCase())) identity = `${identity.slice(0, 60)} ${k + 1}`;
      seen.add(identity.toLowerCase());
      // A provider printed without Enabled is read as enabled only if the paste says so; else off.
      return { identity, proxyFqdn: h.proxyFqdn, enabled: h.enabled === true };
    });
    readFrom.hostingProviders = `Get-CsHostingProvider, ${read.hostingProviders.length} provider(s)`;
  }
  if (read.cmdlets.includes('Get-CsAllowedDomain') && !read.incomplete.includes('Get-CsAllowedDomain')) {
    partner.allowedDomains = unique(read.allowedDomains, (a) => a.domain).map((a) => ({ domain: a.domain, proxyFqdn: a.proxyFqdn }));
    readFrom.allowedDomains = `Get-CsAllowedDomain, ${partner.allowedDomains.length} domain(s)`;
  }
  if (read.cmdlets.includes('Get-CsBlockedDomain') && !read.incomplete.includes('Get-CsBlockedDomain')) {
    partner.blockedDomains = unique(read.blockedDomains, (b) => b.domain).map((b) => b.domain);
    readFrom.blockedDomains = `Get-CsBlockedDomain, ${partner.blockedDomains.length} domain(s)`;
  }
  const policy = choosePolicy(read, options.policy ?? null);
  if (policy?.enableFederationAccess != null && !stray('EnableFederationAccess')) {
    partner.userExternalAccess = policy.enableFederationAccess;
    readFrom.userExternalAccess = `Get-CsExternalAccessPolicy ${policy.identity} EnableFederationAccess, line ${policy.line}`;
  }
  const domain = partnerDomainFrom(read);
  if (domain) {
    partner.domain = domain.domain;
    readFrom.domain = domain.from;
  }
  const notRead = PARTNER_SETTINGS.filter((s) => readFrom[s] === undefined);
  return { partner, notRead, readFrom, policy };
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/**
 * The policy that governs the partner's user: the one asked for; else the one Get-CsUser shows
 * for a user in the paste; else Global; else the only policy pasted.
 */
export function choosePolicy(read: EdgeConfigRead, asked: string | null): PolicyRead | null {
  const byName = (name: string) => read.policies.find((p) => p.identity.toLowerCase() === name.toLowerCase() || p.identity.replace(/^tag:/i, '').toLowerCase() === name.toLowerCase());
  if (asked) return byName(asked) ?? null;
  const user = read.users.find((u) => u.policy !== null);
  if (user?.policy) {
    const p = byName(user.policy);
    if (p) return p;
  }
  return read.policies.find((p) => p.scope === 'global') ?? (read.policies.length === 1 ? (read.policies[0] ?? null) : null);
}

/**
 * The partner's SIP domain is printed by none of these cmdlets. The one place a paste names it is
 * the SIP address of a user (Get-CsUser); the Edge's FQDN names the server's DNS domain, which need
 * not be the SIP domain, so it is not used.
 */
function partnerDomainFrom(read: EdgeConfigRead): { domain: string; from: string } | null {
  for (const u of read.users) {
    const m = /@([^@\s>]+)$/.exec(u.user ?? '');
    if (m?.[1]) {
      const d = normaliseDomain(m[1]);
      if (d.ok) return { domain: d.value, from: `Get-CsUser SipAddress, line ${u.line}` };
    }
  }
  return null;
}

/** The default tenant on a domain: the playground's defaults, as the CLI contract asks. */
export function defaultTenant(domain: string) {
  return { domain, dnsVerified: true, federation: { mode: 'allow-all-except-blocked' as const, domains: [] as string[] }, publicIm: 'disabled' as const, userExternalAccess: true };
}

/** What evaluate gives for this partner and a default tenant on `tenantDomain`. */
export function evaluatePartner(partner: PartnerInput, tenantDomain: string, asOf?: string): EvaluateInputResult {
  // asOf: the answer as of that date (src/rules/history.ts); none: general availability.
  return evaluateInput({ tenant: defaultTenant(tenantDomain), partner, ...(asOf !== undefined ? { asOf } : {}) });
}
