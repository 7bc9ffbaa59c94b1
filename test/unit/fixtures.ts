/**
 * Scenario inputs for the rules' tests: a working baseline per partner kind, and a patcher.
 * Patches are typed as the rules' input (no casts), so a misspelt or renamed field fails to compile.
 */
import type { OnPremPlatform, ScenarioInput } from '../../src/rules/index.ts';

type PartnerInput = ScenarioInput['partner'];
type OnlineInput = Extract<PartnerInput, { platform: 'lync-online' }>;
type OnPremInput = Extract<PartnerInput, { platform: OnPremPlatform }>;
type MessengerInput = Extract<PartnerInput, { platform: 'windows-live-messenger' }>;

export const tenant = (patch: Partial<ScenarioInput['tenant']> = {}): ScenarioInput['tenant'] => ({
  domain: 'contoso.com',
  dnsVerified: true,
  federation: { mode: 'allow-all-except-blocked', domains: [] },
  publicIm: 'enabled',
  userExternalAccess: true,
  ...patch,
});

export const online = (patch: Partial<Omit<OnlineInput, 'platform'>> = {}): OnlineInput => ({
  platform: 'lync-online',
  domain: 'fabrikam.com',
  dnsVerified: true,
  federation: { mode: 'allow-all-except-blocked', domains: [] },
  userExternalAccess: true,
  ...patch,
});

export const SIPFED = 'sipfed.online.lync.com';

export const onPrem = (patch: Partial<Omit<OnPremInput, 'platform'>> = {}, platform: OnPremPlatform = 'lync-server-2010'): OnPremInput => ({
  platform,
  domain: 'litwareinc.com',
  federationEnabled: true,
  partnerDiscovery: false,
  hostingProviders: [],
  allowedDomains: [{ domain: 'contoso.com', proxyFqdn: SIPFED }],
  blockedDomains: [],
  userExternalAccess: true,
  ...patch,
});

export const messenger = (address = 'tommy@hotmail.com', patch: Partial<Omit<MessengerInput, 'platform' | 'address'>> = {}): MessengerInput => ({
  platform: 'windows-live-messenger',
  address,
  ...patch,
});

export const scenario = (
  partner: PartnerInput,
  tenantPatch: Partial<ScenarioInput['tenant']> = {},
  rest: Pick<ScenarioInput, 'contact' | 'modalities' | 'asOf'> = {},
): ScenarioInput => ({
  tenant: tenant(tenantPatch),
  partner,
  ...rest,
});
