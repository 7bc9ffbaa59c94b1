/**
 * The playground's form state. It keeps every partner kind's settings at once, so switching the
 * partner kind and back loses nothing, and keeps what the reader is typing even while it is not
 * valid yet. `toScenarioInput` turns it into the contract's scenario JSON for the rules;
 * `fromScenarioInput` reads one back (presets, import links).
 */

import {
  MODALITIES,
  PLATFORMS,
  type FederationMode,
  type Modality,
  type OnPremPlatform,
  type Platform,
  type PublicImState,
  type ScenarioInput,
} from '../rules/index.ts';

// The vocabulary is the rules' own: re-exported so the form's modules need one import.
export { MODALITIES, PLATFORMS };
export type { FederationMode, Modality, OnPremPlatform, Platform };
export type PublicIm = PublicImState;
export const SIPFED = 'sipfed.online.lync.com';

export interface HostingProviderDraft {
  identity: string;
  proxyFqdn: string;
  enabled: boolean;
}
export interface AllowedDomainDraft {
  domain: string;
  /** Empty means "made without a proxy FQDN" (null in the scenario). */
  proxyFqdn: string;
}

export interface Draft {
  tenant: {
    domain: string;
    dnsVerified: boolean;
    mode: FederationMode;
    domains: string[];
    publicIm: PublicIm;
    userExternalAccess: boolean;
  };
  platform: Platform;
  lyncOnline: { domain: string; dnsVerified: boolean; mode: FederationMode; domains: string[]; userExternalAccess: boolean };
  onPremises: {
    domain: string;
    federationEnabled: boolean;
    partnerDiscovery: boolean;
    hostingProviders: HostingProviderDraft[];
    allowedDomains: AllowedDomainDraft[];
    blockedDomains: string[];
    userExternalAccess: boolean;
  };
  messenger: { address: string; acceptsContactRequest: boolean };
  /** Empty: the partner's own address. */
  contact: string;
  modalities: Modality[];
}

export function emptyDraft(): Draft {
  return {
    tenant: { domain: 'contoso.com', dnsVerified: true, mode: 'allow-all-except-blocked', domains: [], publicIm: 'disabled', userExternalAccess: true },
    platform: 'lync-online',
    lyncOnline: { domain: 'fabrikam.com', dnsVerified: true, mode: 'allow-all-except-blocked', domains: [], userExternalAccess: true },
    onPremises: {
      domain: 'litwareinc.com',
      federationEnabled: true,
      partnerDiscovery: false,
      hostingProviders: [],
      allowedDomains: [],
      blockedDomains: [],
      userExternalAccess: true,
    },
    messenger: { address: 'tommy@hotmail.com', acceptsContactRequest: true },
    contact: '',
    modalities: [...MODALITIES],
  };
}

const filled = (items: string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

/** The contract's scenario JSON for the current form (lists without blank rows). */
export function toScenarioInput(draft: Draft): ScenarioInput {
  const tenant = {
    domain: draft.tenant.domain,
    dnsVerified: draft.tenant.dnsVerified,
    federation: { mode: draft.tenant.mode, domains: filled(draft.tenant.domains) },
    publicIm: draft.tenant.publicIm,
    userExternalAccess: draft.tenant.userExternalAccess,
  };
  let partner: ScenarioInput['partner'];
  if (draft.platform === 'lync-online') {
    const p = draft.lyncOnline;
    partner = {
      platform: 'lync-online',
      domain: p.domain,
      dnsVerified: p.dnsVerified,
      federation: { mode: p.mode, domains: filled(p.domains) },
      userExternalAccess: p.userExternalAccess,
    };
  } else if (draft.platform === 'windows-live-messenger') {
    partner = { platform: 'windows-live-messenger', address: draft.messenger.address, acceptsContactRequest: draft.messenger.acceptsContactRequest };
  } else {
    const p = draft.onPremises;
    partner = {
      platform: draft.platform,
      domain: p.domain,
      federationEnabled: p.federationEnabled,
      partnerDiscovery: p.partnerDiscovery,
      // OCS has no hosting providers: the rows stay in the form for Lync Server, but OCS never gets them.
      hostingProviders:
        draft.platform === 'lync-server-2010'
          ? p.hostingProviders
              .filter((h) => h.identity.trim() !== '' || h.proxyFqdn.trim() !== '')
              .map((h) => ({ identity: h.identity.trim(), proxyFqdn: h.proxyFqdn.trim(), enabled: h.enabled }))
          : [],
      allowedDomains: p.allowedDomains
        .filter((a) => a.domain.trim() !== '')
        .map((a) => ({ domain: a.domain.trim(), proxyFqdn: a.proxyFqdn.trim() === '' ? null : a.proxyFqdn.trim() })),
      blockedDomains: filled(p.blockedDomains),
      userExternalAccess: p.userExternalAccess,
    };
  }
  const input: ScenarioInput = { tenant, partner };
  if (draft.contact.trim() !== '') input.contact = draft.contact.trim();
  // The order asked is kept (the rules answer in that order); repeats are dropped.
  input.modalities = [...new Set(draft.modalities)].filter((m) => MODALITIES.includes(m));
  return input;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : fallback;
const MODES: readonly FederationMode[] = ['allow-all-except-blocked', 'block-all-except-allowed', 'disabled'];

/**
 * Reads a scenario (already validated by the rules' schema, or at least JSON) into the form.
 * Anything missing keeps the default form's value: this never throws.
 */
export function fromScenarioInput(input: unknown): Draft {
  const draft = emptyDraft();
  const root = obj(input);
  const t = obj(root['tenant']);
  const tf = obj(t['federation']);
  draft.tenant = {
    domain: str(t['domain'], draft.tenant.domain),
    dnsVerified: bool(t['dnsVerified'], draft.tenant.dnsVerified),
    mode: oneOf(tf['mode'], MODES, draft.tenant.mode),
    domains: strings(tf['domains']),
    publicIm: oneOf(t['publicIm'], ['enabled', 'pending', 'disabled'] as const, draft.tenant.publicIm),
    userExternalAccess: bool(t['userExternalAccess'], draft.tenant.userExternalAccess),
  };
  const p = obj(root['partner']);
  draft.platform = oneOf(p['platform'], PLATFORMS, draft.platform);
  if (draft.platform === 'lync-online') {
    const pf = obj(p['federation']);
    draft.lyncOnline = {
      domain: str(p['domain'], draft.lyncOnline.domain),
      dnsVerified: bool(p['dnsVerified'], true),
      mode: oneOf(pf['mode'], MODES, draft.lyncOnline.mode),
      domains: strings(pf['domains']),
      userExternalAccess: bool(p['userExternalAccess'], true),
    };
  } else if (draft.platform === 'windows-live-messenger') {
    draft.messenger = { address: str(p['address'], draft.messenger.address), acceptsContactRequest: bool(p['acceptsContactRequest'], true) };
  } else {
    draft.onPremises = {
      domain: str(p['domain'], draft.onPremises.domain),
      federationEnabled: bool(p['federationEnabled'], true),
      partnerDiscovery: bool(p['partnerDiscovery'], false),
      hostingProviders: (Array.isArray(p['hostingProviders']) ? p['hostingProviders'] : []).map((h) => {
        const o = obj(h);
        return { identity: str(o['identity'], ''), proxyFqdn: str(o['proxyFqdn'], ''), enabled: bool(o['enabled'], true) };
      }),
      allowedDomains: (Array.isArray(p['allowedDomains']) ? p['allowedDomains'] : []).map((a) => {
        const o = obj(a);
        return { domain: str(o['domain'], ''), proxyFqdn: str(o['proxyFqdn'], '') };
      }),
      blockedDomains: strings(p['blockedDomains']),
      userExternalAccess: bool(p['userExternalAccess'], true),
    };
  }
  draft.contact = str(root['contact'], '');
  const modalities = strings(root['modalities']).filter((m): m is Modality => (MODALITIES as readonly string[]).includes(m));
  draft.modalities = Array.isArray(root['modalities']) ? modalities : [...MODALITIES];
  return draft;
}
