/** Scenario inputs for the rules' tests: a working baseline per partner kind, and a patcher. */
import type { ScenarioInput } from '../../src/rules/index.ts';

type Json = Record<string, unknown>;

export const tenant = (patch: Json = {}): ScenarioInput['tenant'] => ({
  domain: 'contoso.com',
  dnsVerified: true,
  federation: { mode: 'allow-all-except-blocked', domains: [] },
  publicIm: 'enabled',
  userExternalAccess: true,
  ...patch,
});

export const online = (patch: Json = {}): ScenarioInput['partner'] =>
  ({
    platform: 'lync-online',
    domain: 'fabrikam.com',
    dnsVerified: true,
    federation: { mode: 'allow-all-except-blocked', domains: [] },
    userExternalAccess: true,
    ...patch,
  }) as ScenarioInput['partner'];

export const SIPFED = 'sipfed.online.lync.com';

export const onPrem = (patch: Json = {}, platform = 'lync-server-2010'): ScenarioInput['partner'] =>
  ({
    platform,
    domain: 'litwareinc.com',
    federationEnabled: true,
    partnerDiscovery: false,
    hostingProviders: [],
    allowedDomains: [{ domain: 'contoso.com', proxyFqdn: SIPFED }],
    blockedDomains: [],
    userExternalAccess: true,
    ...patch,
  }) as ScenarioInput['partner'];

export const messenger = (address = 'tommy@hotmail.com', patch: Json = {}): ScenarioInput['partner'] =>
  ({ platform: 'windows-live-messenger', address, ...patch }) as ScenarioInput['partner'];

export const scenario = (partner: ScenarioInput['partner'], tenantPatch: Json = {}, rest: Json = {}): ScenarioInput => ({
  tenant: tenant(tenantPatch),
  partner,
  ...rest,
});
