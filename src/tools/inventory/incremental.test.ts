import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GA_DATE, PLATFORMS, type Platform, type Tenant } from '../../rules/index.ts';
import { asOfArb } from '../../../test/unit/arbitraries.ts';
import { assumedPartner, typedContact } from './assume.ts';
import { allRows, CellCache, rowsInSlices, type InventoryJob } from './incremental.ts';
import { runInventory } from './inventory.ts';

const MODES = ['allow-all-except-blocked', 'block-all-except-allowed', 'disabled'] as const;
const tenantOf = (mode: (typeof MODES)[number], domains: string[], publicIm: 'enabled' | 'disabled'): Tenant => ({ domain: 'contoso.com', dnsVerified: true, federation: { mode, domains }, publicIm, userExternalAccess: true });
const jobOf = (kinds: Platform[], now: Tenant, next: Tenant, asOf?: string): InventoryJob => ({
  ...(asOf !== undefined ? { asOf } : {}),
  tenant: now,
  proposed: next,
  partners: kinds.map((k, i) => ({ domain: `partner${i}.example`, partner: assumedPartner(`partner${i}.example`, k, 'contoso.com') })),
  contactOf: typedContact,
});
const settings = fc.record({ mode: fc.constantFrom(...MODES), listed: fc.subarray([0, 1, 2, 3, 4, 5]), pim: fc.constantFrom('enabled' as const, 'disabled' as const) });

describe('the inventory a slice at a time', () => {
  it('gives the rows runInventory gives, at any date or none, whatever the slice budget, and keeps an unchanged row\'s object', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PLATFORMS), { maxLength: 12 }), settings, settings, fc.constantFrom(0, 0.01, 4), asOfArb, async (kinds, a, b, budget, asOf) => {
        const now = tenantOf(a.mode, a.listed.map((i) => `partner${i}.example`), a.pim);
        const next = tenantOf(b.mode, b.listed.map((i) => `partner${i}.example`), b.pim);
        const job = jobOf(kinds, now, next, asOf);
        const cache = new CellCache();
        const expected = runInventory(now, job.partners.map((p) => p.partner), next, typedContact, asOf).partners;
        const sliced = await rowsInSlices(job, cache, new Map(), null, () => false, budget);
        expect([...sliced!.values()]).toEqual(expected);
        // The same job again, over its own rows: every row keeps its object (nothing is redrawn).
        const again = await rowsInSlices(job, cache, sliced!, null, () => false, budget);
        for (const [domain, row] of again!) expect(row).toBe(sliced!.get(domain));
        expect([...allRows(job, new CellCache()).values()]).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('without a date gives exactly the rows at general availability (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PLATFORMS), { maxLength: 12 }), settings, settings, async (kinds, a, b) => {
        const now = tenantOf(a.mode, a.listed.map((i) => `partner${i}.example`), a.pim);
        const next = tenantOf(b.mode, b.listed.map((i) => `partner${i}.example`), b.pim);
        const none = await rowsInSlices(jobOf(kinds, now, next), new CellCache(), new Map(), null, () => false);
        const ga = await rowsInSlices(jobOf(kinds, now, next, GA_DATE), new CellCache(), new Map(), null, () => false);
        expect([...none!.values()]).toEqual([...ga!.values()]);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a cache per date: the same settings at another date are evaluated again', () => {
    const cache = new CellCache();
    const tenant = tenantOf('allow-all-except-blocked', [], 'enabled');
    const messenger = assumedPartner('hotmail.com', 'windows-live-messenger', 'contoso.com');
    expect(cache.get(tenant, messenger, typedContact(messenger)).im.certainty).toBeUndefined();
    expect(cache.get(tenant, messenger, typedContact(messenger), '2013-06-01').im.certainty).toBe('uncertain');
  });

  it('stops, with null, when a newer change has started', async () => {
    const job = jobOf(['lync-online', 'lync-server-2010'], tenantOf('allow-all-except-blocked', [], 'disabled'), tenantOf('disabled', [], 'disabled'));
    expect(await rowsInSlices(job, new CellCache(), new Map(), null, () => true)).toBeNull();
  });
});
