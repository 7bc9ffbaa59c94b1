/**
 * The article's four federation scenarios as contract scenarios (shared/contracts/scenario.md),
 * each set up the way the article says makes it work. Widgets start from these; the rules decide
 * what they yield. These are inputs only: no verdict is written here.
 */

import type { PublicImState, ScenarioInput } from '../rules/index.ts';

export const PRESET_IDS = ['both-on-lync-online', 'partner-on-premises', 'messenger-microsoft-address', 'messenger-vanity-domain'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  /** Short name for a button. */
  label: string;
  /** The article's sentence for this scenario, in our words. */
  summary: string;
  /** Where the scenario is explained. */
  page: string;
  /** Typed as the rules' input, so a renamed or new field is followed here by the type checker. */
  scenario: ScenarioInput;
}

const tenant = (publicIm: PublicImState): ScenarioInput['tenant'] => ({
  domain: 'contoso.com',
  dnsVerified: true,
  federation: { mode: 'allow-all-except-blocked', domains: [] },
  publicIm,
  userExternalAccess: true,
});

export const PRESETS: Record<PresetId, Preset> = {
  'both-on-lync-online': {
    id: 'both-on-lync-online',
    label: 'Both on Lync Online',
    summary: 'Your partner is another Office 365 company: both tenants enable federation and their users.',
    page: '/scenarios/both-on-lync-online/',
    scenario: {
      tenant: tenant('disabled'),
      partner: {
        platform: 'lync-online',
        domain: 'fabrikam.com',
        dnsVerified: true,
        federation: { mode: 'allow-all-except-blocked', domains: [] },
        userExternalAccess: true,
      },
    },
  },
  'partner-on-premises': {
    id: 'partner-on-premises',
    label: 'Partner on premises',
    summary: 'Your partner runs Lync Server 2010 on premises: their admins add an allowed-domain entry for you with the Lync Online proxy FQDN.',
    page: '/scenarios/partner-on-premises/',
    scenario: {
      tenant: tenant('disabled'),
      partner: {
        platform: 'lync-server-2010',
        domain: 'litwareinc.com',
        federationEnabled: true,
        partnerDiscovery: false,
        hostingProviders: [],
        allowedDomains: [{ domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }],
        blockedDomains: [],
        userExternalAccess: true,
      },
    },
  },
  'messenger-microsoft-address': {
    id: 'messenger-microsoft-address',
    label: 'Messenger, Microsoft address',
    summary: 'Your contact signs in to Windows Live Messenger with a hotmail.com or msn.com address: with Public IM enabled, add them as they are.',
    page: '/scenarios/messenger-microsoft-address/',
    scenario: {
      tenant: tenant('enabled'),
      partner: { platform: 'windows-live-messenger', address: 'tommy@hotmail.com', acceptsContactRequest: true },
      contact: 'tommy@hotmail.com',
    },
  },
  'messenger-vanity-domain': {
    id: 'messenger-vanity-domain',
    label: 'Messenger, own domain',
    summary: 'Your contact signs in to Messenger with their own domain: add them as user(domain.com)@msn.com.',
    page: '/scenarios/messenger-vanity-domain/',
    scenario: {
      tenant: tenant('enabled'),
      partner: { platform: 'windows-live-messenger', address: 'tommy.clarke@mydomain.com', acceptsContactRequest: true },
      contact: 'tommy.clarke(mydomain.com)@msn.com',
    },
  },
};

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}
