import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GA_DATE, LAST_DATE, PLATFORMS } from '../../rules/index.ts';
import { decodeInventoryLink, encodeInventoryLink, MAX_LINK_PARTNERS, type InventoryState } from './permalink.ts';

const settings = fc.record({
  mode: fc.constantFrom('allow-all-except-blocked', 'block-all-except-allowed', 'disabled') as fc.Arbitrary<'allow-all-except-blocked' | 'block-all-except-allowed' | 'disabled'>,
  domains: fc.uniqueArray(fc.constantFrom('fabrikam.com', 'adatum.com', 'xn--bcher-kva.example'), { maxLength: 3 }),
  publicIm: fc.constantFrom('enabled', 'pending', 'disabled') as fc.Arbitrary<'enabled' | 'pending' | 'disabled'>,
});
const stateArb: fc.Arbitrary<InventoryState> = fc.record({
  you: fc.constantFrom('', 'contoso.com'),
  now: settings,
  proposed: settings,
  partners: fc.uniqueArray(fc.record({ domain: fc.constantFrom('fabrikam.com', 'litwareinc.com', 'hotmail.com', 'a.example', 'b.example'), platform: fc.option(fc.constantFrom(...PLATFORMS), { nil: null }) }), { selector: (p) => p.domain, maxLength: 5 }),
  asOf: fc.oneof(fc.constant(GA_DATE), dateArb()),
});

/** Any date in the range the rules answer for (YYYY-MM-DD). */
function dateArb(): fc.Arbitrary<string> {
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return fc.integer({ min: day(GA_DATE), max: day(LAST_DATE) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
}

describe('the inventory permalink', () => {
  it('round-trips every small inventory (property)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const link = encodeInventoryLink(state);
        expect(link).not.toBeNull();
        const back = decodeInventoryLink(link!);
        expect(back?.problems).toEqual([]);
        expect(back?.state).toEqual(state);
      }),
    );
  });

  it('without its date opens the same inventory at general availability (property)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const q = new URLSearchParams(encodeInventoryLink(state)!.slice(1));
        q.delete('inv.asof');
        const back = decodeInventoryLink(`?${q.toString()}`);
        expect(back?.problems).toEqual([]);
        expect(back?.state).toEqual({ ...state, asOf: GA_DATE });
      }),
    );
  });

  it('is readable, and offered only for small inventories', () => {
    const link = encodeInventoryLink({ you: 'contoso.com', now: { mode: 'allow-all-except-blocked', domains: [], publicIm: 'disabled' }, proposed: { mode: 'block-all-except-allowed', domains: ['fabrikam.com'], publicIm: 'disabled' }, partners: [{ domain: 'fabrikam.com', platform: 'lync-online' }, { domain: 'adatum.com', platform: null }], asOf: GA_DATE });
    expect(link).toBe('?inv.v=1&inv.you=contoso.com&inv.to.fed=allowlist&inv.to.list=fabrikam.com&inv.p=fabrikam.com%3Aonline&inv.p=adatum.com');
    const many = Array.from({ length: MAX_LINK_PARTNERS + 1 }, (_, i) => ({ domain: `p${i}.example`, platform: null }));
    expect(encodeInventoryLink({ you: '', now: { mode: 'disabled', domains: [], publicIm: 'disabled' }, proposed: { mode: 'disabled', domains: [], publicIm: 'disabled' }, partners: many, asOf: GA_DATE })).toBeNull();
  });

  it('carries the date as asof= (the playground\'s parameter); a link without one means general availability', () => {
    const base: InventoryState = { you: 'contoso.com', now: { mode: 'allow-all-except-blocked', domains: [], publicIm: 'disabled' }, proposed: { mode: 'disabled', domains: [], publicIm: 'disabled' }, partners: [{ domain: 'fabrikam.com', platform: 'lync-online' }], asOf: GA_DATE };
    const ga = encodeInventoryLink(base)!;
    expect(ga).not.toContain('asof');
    const dated = encodeInventoryLink({ ...base, asOf: '2012-03-01' })!;
    expect(dated).toContain('inv.asof=2012-03-01');
    expect(decodeInventoryLink(dated)).toEqual({ state: { ...base, asOf: '2012-03-01' }, problems: [] });
    // A link made before dates existed opens at general availability, with nothing to report.
    expect(decodeInventoryLink('?inv.v=1&inv.you=contoso.com&inv.p=fabrikam.com%3Aonline')?.state.asOf).toBe(GA_DATE);
    expect(decodeInventoryLink('?inv.v=1&inv.you=contoso.com&inv.p=fabrikam.com%3Aonline')?.problems).toEqual([]);
  });

  it('says which date it could not read (malformed or out of range) and keeps general availability', () => {
    for (const bad of ['2014-01-01', '2011-06-27', '2012-02-30', 'March 2012', '']) {
      const r = decodeInventoryLink(`?inv.v=1&inv.asof=${encodeURIComponent(bad)}&inv.p=fabrikam.com%3Aonline`);
      expect(r?.state.asOf, bad).toBe(GA_DATE);
      expect(r?.state.partners).toEqual([{ domain: 'fabrikam.com', platform: 'lync-online' }]);
      expect(r?.problems, bad).toEqual([`The link's date: “inv.asof=${bad}” is not a date from ${GA_DATE} to ${LAST_DATE} (YYYY-MM-DD); general availability was kept.`]);
    }
  });

  it('reads a mangled link as far as it can and says what it left out', () => {
    const r = decodeInventoryLink('?inv.v=9&inv.fed=sometimes&inv.p=good.com:skype&inv.p=bad%20domain&inv.pim=on');
    expect(r?.state.partners).toEqual([{ domain: 'good.com', platform: null }]);
    expect(r?.state.now.publicIm).toBe('enabled');
    expect(r?.problems).toHaveLength(4);
    expect(decodeInventoryLink('?v=1&you=contoso.com')).toBeNull();
  });
});
