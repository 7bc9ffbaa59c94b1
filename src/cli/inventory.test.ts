/**
 * The inventory CLI against `evaluate`: for generated tenants, partners and proposals, every cell of
 * its output (now and proposed) is what evaluate gives for that partner alone, partners stay in
 * input order, `changed` and the summary count those cells; bad input names the field and exits 2.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultContact, evaluate, GA_DATE, MATRIX, MODALITIES, type Partner, type Tenant } from '../rules/index.ts';
import { asOfArb, partnerArb, tenantArb } from '../../test/unit/arbitraries.ts';
import { run } from './inventory.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stdin = (input: unknown) => () => JSON.stringify(input);

/** A proposal: any subset of the tenant's fields, federation sometimes given only in part. */
const proposedArb = fc.record(
  {
    dnsVerified: fc.boolean(),
    federation: fc.oneof(
      tenantArb.map((t) => t.federation),
      tenantArb.map((t) => ({ mode: t.federation.mode })),
      tenantArb.map((t) => ({ domains: t.federation.domains })),
    ),
    publicIm: fc.constantFrom('enabled', 'pending', 'disabled'),
    userExternalAccess: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** What evaluate says for one partner alone, at the date (none: general availability), with whether and why it is uncertain. */
function oracle(tenant: Tenant, partner: Partner, asOf?: string) {
  const ev = evaluate({ tenant, partner, contact: defaultContact(partner), modalities: [...MODALITIES], ...(asOf !== undefined ? { asOf } : {}) });
  return Object.fromEntries(ev.results.map((r) => [r.modality, { works: r.works, reasons: r.reasons, certainty: r.certainty === 'uncertain' ? 'uncertain' : undefined, uncertainty: r.certainty === 'uncertain' ? r.uncertainty : undefined }]));
}

type Cell = { works: boolean; reasons: string[]; certainty?: string; uncertainty?: string };
const strip = (cells: Record<string, Cell>) => Object.fromEntries(Object.entries(cells).map(([m, c]) => [m, { works: c.works, reasons: c.reasons, certainty: c.certainty, uncertainty: c.uncertainty }]));

describe('inventory CLI', () => {
  it('agrees with evaluate on every partner and modality, now and proposed, at any date or none (property)', () => {
    fc.assert(
      fc.property(tenantArb, fc.array(partnerArb, { maxLength: 8 }), fc.option(proposedArb, { nil: undefined }), asOfArb, (tenant, partners, proposed, asOf) => {
        const input = { tenant, partners, ...(proposed === undefined ? {} : { proposed }), ...(asOf === undefined ? {} : { asOf }) };
        const r = run(['-'], stdin(input));
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout);
        const next: Tenant = proposed === undefined ? tenant : { ...tenant, ...proposed, federation: { ...tenant.federation, ...(proposed.federation ?? {}) } } as Tenant;
        expect(out.partners).toHaveLength(partners.length);
        let changedPartners = 0;
        const lose: Record<string, number> = Object.fromEntries(MODALITIES.map((m) => [m, 0]));
        const gain: Record<string, number> = { ...lose };
        partners.forEach((p, i) => {
          const row = out.partners[i];
          const now = oracle(tenant, p, asOf);
          const prop = oracle(next, p, asOf);
          expect(row.platform).toBe(p.platform);
          expect(row.domain).toBe(p.platform === 'windows-live-messenger' ? p.address.split('@')[1] : p.domain);
          expect(strip(row.now)).toEqual(now);
          expect(strip(row.proposed)).toEqual(prop);
          const changed = MODALITIES.filter((m) => now[m]!.works !== prop[m]!.works);
          expect(row.changed).toEqual(changed);
          if (changed.length) changedPartners++;
          for (const m of changed) (now[m]!.works ? lose : gain)[m]!++;
        });
        expect(out.summary).toEqual({ partners: partners.length, changedPartners, lose, gain });
        expect(out.asOf).toBe(asOf ?? GA_DATE);
      }),
      { numRuns: 150 },
    );
  });

  it('without asOf answers exactly as at general availability (property)', () => {
    fc.assert(
      fc.property(tenantArb, fc.array(partnerArb, { maxLength: 8 }), fc.option(proposedArb, { nil: undefined }), (tenant, partners, proposed) => {
        const input = { tenant, partners, ...(proposed === undefined ? {} : { proposed }) };
        const none = run(['-'], stdin(input));
        expect(none.code).toBe(0);
        expect(run(['-'], stdin({ ...input, asOf: GA_DATE })).stdout).toBe(none.stdout);
        expect(JSON.parse(none.stdout).asOf).toBe(GA_DATE);
      }),
      { numRuns: 100 },
    );
  });

  it('reads the classic 2011 change: switching to "Block all domains except those I allow" cuts off every unlisted partner', () => {
    const tenant = { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'disabled', userExternalAccess: true };
    const lo = (domain: string) => ({ platform: 'lync-online', domain, dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, userExternalAccess: true });
    const r = run(['-'], stdin({ tenant, partners: [lo('fabrikam.com'), lo('adatum.com'), lo('litwareinc.com')], proposed: { federation: { mode: 'block-all-except-allowed', domains: ['Fabrikam.com'] } } }));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.partners.map((p: { domain: string }) => p.domain)).toEqual(['fabrikam.com', 'adatum.com', 'litwareinc.com']);
    expect(out.partners[0].changed).toEqual([]);
    // Everything a Lync Online partner carries (the matrix's row: all but file transfer) is lost.
    const carried = MODALITIES.filter((m) => MATRIX['lync-online'][m].supported);
    expect(out.partners[1].changed).toEqual(carried);
    expect(out.partners[1].proposed.im.reasons).toEqual(['tenant-partner-domain-not-allowed']);
    expect(out.summary).toEqual({ partners: 3, changedPartners: 2, lose: Object.fromEntries(MODALITIES.map((m) => [m, carried.includes(m) ? 2 : 0])), gain: Object.fromEntries(MODALITIES.map((m) => [m, 0])) });
  });

  it('names the bad field in one line and exits 2', () => {
    const tenant = { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'disabled', userExternalAccess: true };
    const ok = { platform: 'windows-live-messenger', address: 'tommy@hotmail.com' };
    const cases: [unknown, RegExp][] = [
      [{ tenant, partners: [ok, ok, ok, { platform: 'lync-online', domain: 'not a domain', dnsVerified: true, federation: { mode: 'disabled', domains: [] }, userExternalAccess: true }] }, /^error: partners\[3\]\.domain: /],
      [{ tenant, partners: [{ platform: 'lync-server-2010', domain: 'x.com' }] }, /^error: partners\[0\]\.federationEnabled: is missing/],
      [{ tenant, partners: [{ platform: 'skype', domain: 'x.com' }] }, /^error: partners\[0\]\.platform: /],
      [{ tenant, partners: 'fabrikam.com' }, /^error: partners: must be a list/],
      [{ tenant: { ...tenant, publicIm: 'maybe' }, partners: [] }, /^error: tenant\.publicIm: /],
      [{ tenant, partners: [], proposed: { federation: { mode: 'block-everything' } } }, /^error: proposed\.federation\.mode: /],
      [{ tenant, partners: [], proposed: { partner: {} } }, /^error: proposed\.partner: /],
      [{ tenant, partners: [], extra: 1 }, /^error: extra: is not a known field/],
      [{ tenant, partners: [], asOf: '2014-01-01' }, /^error: asOf: must be a date written YYYY-MM-DD/],
      [{ tenant, partners: [], asOf: '2012-02-30' }, /^error: asOf: /],
      [[], /^error: inventory: /],
    ];
    for (const [input, pattern] of cases) {
      const r = run(['-'], stdin(input));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run(['-'], () => '{ not json').stderr).toMatch(/^error: inventory: is not valid JSON/);
  });

  it('answers as of a date as evaluate does, and echoes it (general availability when none is asked)', () => {
    const tenant: Tenant = { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'enabled', userExternalAccess: true };
    const messenger: Partner = { platform: 'windows-live-messenger', address: 'tommy@hotmail.com', acceptsContactRequest: true };
    const at = (asOf?: string) => JSON.parse(run(['-'], stdin({ tenant, partners: [messenger], ...(asOf ? { asOf } : {}) })).stdout);
    expect(at().asOf).toBe('2011-06-28');
    const later = at('2013-06-01');
    expect(later.asOf).toBe('2013-06-01');
    for (const m of MODALITIES) {
      const ev = evaluate({ tenant, partner: messenger, contact: defaultContact(messenger), modalities: [m], asOf: '2013-06-01' });
      expect(later.partners[0].now[m].works, m).toBe(ev.results[0]!.works);
      expect(later.partners[0].now[m].certainty, m).toBe(ev.results[0]!.certainty);
    }
    // Messenger was retired in April 2013: IM is uncertain then, and was not at general availability.
    expect(at().partners[0].now.im.certainty).toBeUndefined();
    expect(later.partners[0].now.im.certainty).toBe('uncertain');
  });

  it('runs as npm run --silent inventory, reading a file or standard input', () => {
    const input = JSON.stringify({ tenant: { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'disabled', domains: [] }, publicIm: 'disabled', userExternalAccess: true }, partners: [{ platform: 'windows-live-messenger', address: 'tommy@hotmail.com' }] });
    const ok = spawnSync('npm', ['run', '--silent', 'inventory', '--', '-'], { cwd: root, input, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).partners[0].now.im.reasons).toContain('tenant-federation-disabled');
    const bad = spawnSync('npm', ['run', '--silent', 'inventory', '--', '-'], { cwd: root, input: '{"tenant":{}}', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
