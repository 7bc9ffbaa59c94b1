/** fast-check arbitraries for valid, normalised scenarios (what parseScenario returns). */
import fc from 'fast-check';
import { normaliseDomain } from '../../src/rules/address.ts';
import { GA_DATE, HISTORY, LAST_DATE, MODALITIES, ON_PREM_PLATFORMS, onPremFederating } from '../../src/rules/index.ts';
import type {
  FederationSettings,
  HostingProvider,
  Modality,
  OnPremPartner,
  Partner,
  Scenario,
  Tenant,
} from '../../src/rules/index.ts';

export const SIPFED = 'sipfed.online.lync.com';
export const ALL_MODALITIES: Modality[] = [...MODALITIES];

const POOL = ['contoso.com', 'fabrikam.com', 'litwareinc.com', 'mydomain.com', 'adatum.com', 'xn--bcher-kva.example', 'lync.com', 'online.lync.com'];

/** Domains: mostly from a small pool (so lists and domains collide), sometimes random valid ones. */
export const domainArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...POOL) },
  {
    weight: 1,
    arbitrary: fc
      .domain()
      .map((d) => normaliseDomain(d))
      .filter((r) => r.ok)
      .map((r) => (r.ok ? r.value : 'never.com')),
  },
);

const listArb = fc.uniqueArray(domainArb, { maxLength: 4 });
const federationArb: fc.Arbitrary<FederationSettings> = fc.record({
  mode: fc.constantFrom('allow-all-except-blocked', 'block-all-except-allowed', 'disabled'),
  domains: listArb,
});

export const tenantArb: fc.Arbitrary<Tenant> = fc.record({
  domain: domainArb,
  dnsVerified: fc.boolean(),
  federation: federationArb,
  publicIm: fc.constantFrom('enabled', 'pending', 'disabled'),
  userExternalAccess: fc.boolean(),
});

const proxyArb = fc.oneof({ weight: 3, arbitrary: fc.constant(SIPFED) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: domainArb });
const identityArb = fc.oneof(
  fc.constantFrom('LyncOnline', 'Lync Online', 'Hosted.Lync_1'),
  fc.stringMatching(/^[A-Za-z0-9 ._-]{1,64}$/).filter((s) => s.trim().length > 0).map((s) => s.trim()),
);
const hostingProviderArb: fc.Arbitrary<HostingProvider> = fc.record({ identity: identityArb, proxyFqdn: proxyArb, enabled: fc.boolean() });

const userArb = fc.constantFrom('tommy', 'tommy.clarke', 'anna', 'user');

type OnPremFields = ReturnType<typeof onPremFederating>;
type BooleanKey = { [K in keyof OnPremFields]: OnPremFields[K] extends boolean ? K : never }[keyof OnPremFields];
/**
 * An on-premises partner's settings that are not true/false, each with its generator (the type
 * checker asks for a new one). A true/false setting is any boolean, read from its place in
 * onPremFederating() (the schema's one description), so a new one needs no line here.
 */
const onPremOtherArbs: { [K in Exclude<keyof OnPremFields, BooleanKey>]: fc.Arbitrary<OnPremFields[K]> } = {
  hostingProviders: fc.array(hostingProviderArb, { maxLength: 2 }),
  allowedDomains: fc.array(fc.record({ domain: domainArb, proxyFqdn: proxyArb }), { maxLength: 3 }),
  blockedDomains: listArb,
};
const onPremArb = fc.record({
  platform: fc.constantFrom(...ON_PREM_PLATFORMS),
  domain: domainArb,
  ...Object.fromEntries(
    Object.entries(onPremFederating()).map(([key, value]) => [
      key,
      typeof value === 'boolean' ? fc.boolean() : ((onPremOtherArbs as Record<string, fc.Arbitrary<unknown>>)[key] ?? fc.constant(value)),
    ]),
  ),
}) as unknown as fc.Arbitrary<OnPremPartner>;

export const partnerArb: fc.Arbitrary<Partner> = fc.oneof(
  fc.record({
    platform: fc.constant('lync-online' as const),
    domain: domainArb,
    dnsVerified: fc.boolean(),
    federation: federationArb,
    userExternalAccess: fc.boolean(),
  }),
  onPremArb,
  fc.record({
    platform: fc.constant('windows-live-messenger' as const),
    address: fc.tuple(userArb, fc.oneof(domainArb, fc.constantFrom('hotmail.com', 'msn.com', 'live.co.uk'))).map(([u, d]) => `${u}@${d}`),
    acceptsContactRequest: fc.boolean(),
  }),
);

export const modalitiesArb: fc.Arbitrary<Modality[]> = fc.oneof(
  fc.constant(ALL_MODALITIES),
  fc.uniqueArray(fc.constantFrom(...ALL_MODALITIES), { minLength: 1, maxLength: 5 }),
);

/** The day before an ISO date. */
export const dayBefore = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The dates the properties run at: none (general availability), GA itself, the last date, each dated
 * change's day and the day before it, and any day in between.
 */
export const AS_OF_DATES: readonly string[] = [...new Set([GA_DATE, LAST_DATE, ...HISTORY.flatMap((h) => [h.date, dayBefore(h.date)])])].filter((d) => d >= GA_DATE && d <= LAST_DATE).sort();
export const asOfArb: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...AS_OF_DATES),
  fc.date({ min: new Date(`${GA_DATE}T00:00:00Z`), max: new Date(`${LAST_DATE}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A scenario; the contact is usually the partner's own address in one of its forms; any date, or none. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({ tenant: tenantArb, partner: partnerArb, modalities: modalitiesArb, contactKind: fc.nat(4), user: userArb, other: domainArb, asOf: asOfArb })
  .map(({ tenant, partner, modalities, contactKind, user, other, asOf }) => {
    let contact: string;
    if (partner.platform === 'windows-live-messenger') {
      const [u, d] = partner.address.split('@') as [string, string];
      contact = contactKind === 0 ? partner.address : contactKind === 1 ? `${u}(${d})@msn.com` : contactKind === 2 ? `${user}@${other}` : `${u}(${d})@msn.com`;
    } else {
      contact = contactKind === 0 ? `${user}@${other}` : contactKind === 1 ? `${user}(${partner.domain})@msn.com` : `${user}@${partner.domain}`;
    }
    return { tenant, partner, contact, modalities, ...(asOf !== undefined ? { asOf } : {}) };
  });
