/**
 * npm run bench:rules: evaluates the exhaustive cross product of settings (every platform × mode ×
 * list membership × flag × modality) and prints evaluations per second and the p50 / p99 time of
 * one evaluation, then one JSON line. Target: ≥ 200,000 evaluations/s on one core, p99 < 50 µs.
 */
import { gzipSync } from 'node:zlib';
import { evaluate, MODALITIES, ON_PREM_PLATFORMS, onPremFederating } from '../src/rules/index.ts';
import type { FederationMode, Modality, OnPremPartner, OnPremPlatform, Partner, PublicImState, Scenario, Tenant } from '../src/rules/index.ts';

const SIPFED = 'sipfed.online.lync.com';
const B = [true, false];
const MODES: FederationMode[] = ['allow-all-except-blocked', 'block-all-except-allowed', 'disabled'];
const PUBLIC_IM: PublicImState[] = ['enabled', 'pending', 'disabled'];
const MODALITY_SETS: Modality[][] = [[...MODALITIES], ...MODALITIES.map((m) => [m])];

type OnPremFields = ReturnType<typeof onPremFederating>;
type BooleanKey = { [K in keyof OnPremFields]: OnPremFields[K] extends boolean ? K : never }[keyof OnPremFields];
/**
 * The values each on-premises setting takes in the cross product. A true/false setting takes both,
 * read from its place in onPremFederating() (the schema's one description), so a new one needs no
 * line here; a list or other shape names its values below (the type checker asks for it).
 */
const ON_PREM_OTHER: { [K in Exclude<keyof OnPremFields, BooleanKey>]: OnPremFields[K][] } = {
  allowedDomains: [[], [{ domain: 'contoso.com', proxyFqdn: SIPFED }], [{ domain: 'contoso.com', proxyFqdn: null }]],
  hostingProviders: [[], [{ identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: true }], [{ identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: false }], [{ identity: 'LyncOnline', proxyFqdn: 'sip.example.com', enabled: true }]],
  blockedDomains: [['contoso.com'], []],
};
const ON_PREM_VALUES: [string, unknown[]][] = Object.entries(onPremFederating()).map(([key, value]) => [
  key,
  typeof value === 'boolean' ? B : (ON_PREM_OTHER as Record<string, unknown[]>)[key] ?? [value],
]);

/** Every combination of one value per key. */
function* product(values: readonly [string, readonly unknown[]][], at = 0, acc: Record<string, unknown> = {}): Generator<Record<string, unknown>> {
  if (at === values.length) {
    yield { ...acc };
    return;
  }
  const [key, options] = values[at] as [string, readonly unknown[]];
  for (const v of options) yield* product(values, at + 1, { ...acc, [key]: v });
}

function* tenants(partnerDomain: string): Generator<Tenant> {
  for (const dnsVerified of B)
    for (const mode of MODES)
      for (const listed of B)
        for (const publicIm of PUBLIC_IM)
          for (const userExternalAccess of B)
            yield { domain: 'contoso.com', dnsVerified, federation: { mode, domains: listed ? [partnerDomain] : ['adatum.com'] }, publicIm, userExternalAccess };
}

function* partners(): Generator<Partner> {
  for (const dnsVerified of B)
    for (const mode of MODES)
      for (const listed of B)
        for (const userExternalAccess of B)
          yield { platform: 'lync-online', domain: 'fabrikam.com', dnsVerified, federation: { mode, domains: listed ? ['contoso.com'] : [] }, userExternalAccess };
  const platforms: readonly OnPremPlatform[] = ON_PREM_PLATFORMS;
  for (const platform of platforms)
    for (const fields of product(ON_PREM_VALUES)) yield { platform, domain: 'litwareinc.com', ...fields } as OnPremPartner;
  for (const address of ['tommy@hotmail.com', 'tommy@mydomain.com', 'tommy@contoso.com'])
    for (const acceptsContactRequest of B) yield { platform: 'windows-live-messenger', address, acceptsContactRequest };
}

function contactsFor(p: Partner): string[] {
  if (p.platform !== 'windows-live-messenger') return [`anna@${p.domain}`, 'anna@adatum.com'];
  const [u, d] = p.address.split('@') as [string, string];
  return [p.address, `${u}(${d})@msn.com`];
}

const scenarios: Scenario[] = [];
for (const partner of partners()) {
  const pd = partner.platform === 'windows-live-messenger' ? partner.address.split('@')[1] ?? '' : partner.domain;
  for (const tenant of tenants(pd))
    for (const contact of contactsFor(partner))
      for (const modalities of MODALITY_SETS) scenarios.push({ tenant, partner, contact, modalities });
}

// Warm up, then time the whole pass (throughput) and a sample of single evaluations (latency).
for (let i = 0; i < Math.min(scenarios.length, 50_000); i++) evaluate(scenarios[i] as Scenario);

let sink = 0;
const t0 = process.hrtime.bigint();
for (const s of scenarios) sink += evaluate(s).results.length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const perSecond = Math.round(scenarios.length / seconds);

const SAMPLE = Math.min(scenarios.length, 100_000);
const stride = Math.max(1, Math.floor(scenarios.length / SAMPLE));
const times = new Float64Array(SAMPLE);
for (let i = 0; i < SAMPLE; i++) {
  const s = scenarios[(i * stride) % scenarios.length] as Scenario;
  const a = process.hrtime.bigint();
  sink += evaluate(s).results.length;
  times[i] = Number(process.hrtime.bigint() - a) / 1000;
}
times.sort();
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
const p50 = pct(0.5);
const p99 = pct(0.99);

// The widgets' share of the JS budget: the rules module + zod/mini, minified and gzipped.
let bundleGzip: number | null = null;
try {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({ entryPoints: ['src/rules/index.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, treeShaking: true });
  bundleGzip = gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
} catch {
  bundleGzip = null;
}

const row = (k: string, v: string) => console.log(`${k.padEnd(26)} ${v}`);
row('scenarios', scenarios.length.toLocaleString('en'));
row('evaluations / s', perSecond.toLocaleString('en'));
row('p50 one evaluation', `${p50.toFixed(2)} µs`);
row('p99 one evaluation', `${p99.toFixed(2)} µs`);
row('rules bundle (gzip)', bundleGzip === null ? 'n/a' : `${bundleGzip.toLocaleString('en')} bytes`);
row('target', `≥ 200,000 / s, p99 < 50 µs: ${perSecond >= 200_000 && p99 < 50 ? 'met' : 'NOT met'}`);
console.log(JSON.stringify({ scenarios: scenarios.length, evaluationsPerSecond: perSecond, p50Micros: +p50.toFixed(3), p99Micros: +p99.toFixed(3), bundleGzipBytes: bundleGzip, checksum: sink }));
