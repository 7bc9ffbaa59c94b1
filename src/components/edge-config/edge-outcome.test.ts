import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { edgeOutcome, readOutcome, type EdgeInputs } from './edge-outcome.ts';
import { decidedEvaluation, evaluatePartner, judgePartner, readEdgeConfig, toPartner } from '../../tools/edge-config/index.ts';
import { PARTNER_SETTINGS, type PartnerSetting } from '../../tools/edge-config/partner.ts';
import { decodePlaygroundParams } from '../../share/playground-params.ts';
import { asOfArb } from '../../../test/unit/arbitraries.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/edge-config/${name}`, import.meta.url), 'utf8');
const example: EdgeInputs = { text: fixture('example-no-route.txt'), tenant: 'contoso.com', partnerDomain: '', policy: '', playgroundPath: '/playground/', asOf: '2011-06-28' };

describe('readOutcome', () => {
  it('evaluates the worked example against the tenant, with a playground link', () => {
    const o = readOutcome(example);
    expect(o.kind).toBe('evaluated');
    if (o.kind !== 'evaluated') return;
    // The example shows the Edge's two switches, its three lists and the policy. Every other
    // partner setting (none today; a new one until a paste can show it) is named as not in it.
    const shown: PartnerSetting[] = ['federationEnabled', 'partnerDiscovery', 'hostingProviders', 'allowedDomains', 'blockedDomains', 'userExternalAccess'];
    const notInPaste = o.verdict.notInPaste.map((n) => n.setting);
    expect(notInPaste).toEqual(PARTNER_SETTINGS.filter((s) => s !== 'domain' && !shown.includes(s)));
    // With everything shown the verdict is decided; whatever is not shown, no modality can work,
    // and the missing proxy FQDN is the blocker (or one of those still possible).
    if (notInPaste.length === 0) expect(o.verdict.decided).toBe(true);
    for (const m of o.verdict.modalities) {
      if (m.decided) expect(m.works).toBe(false);
      else expect(m.possible).not.toContain('works');
    }
    const im = o.verdict.modalities.find((m) => m.modality === 'im');
    expect(im?.decided ? im.reasons : im?.possible).toContain('partner-proxy-fqdn-missing');
    expect(o.evaluation === null).toBe(!o.verdict.decided);
    if (o.evaluation) {
      expect(o.evaluation.scenario.tenant.domain).toBe('contoso.com');
      expect(o.evaluation.results[0]?.reasons).toEqual(['partner-proxy-fqdn-missing']);
    }
    expect(o.href.startsWith('/playground/?')).toBe(true);
  });

  it('says what it could not read, for a paste in the wrong form', () => {
    const o = readOutcome({ ...example, text: 'Name : just some text' });
    expect(o.kind).toBe('unread');
  });

  it('reads the paste but names the bad domain, without evaluating', () => {
    const o = readOutcome({ ...example, tenant: 'not a domain' });
    expect(o.kind).toBe('read');
    if (o.kind === 'read') expect(o.problem).toMatch(/^Your Lync Online domain /);
    const p = readOutcome({ ...example, partnerDomain: 'bad..domain' });
    expect(p.kind).toBe('read');
    if (p.kind === 'read') expect(p.problem).toMatch(/^Their SIP domain /);
  });

  it('does not credit the paste with a partner domain the reader typed', () => {
    const o = readOutcome({ ...example, partnerDomain: 'litwareinc.com' });
    expect(o.kind).toBe('evaluated');
    if (o.kind === 'evaluated') {
      expect(o.mapped.partner.domain).toBe('litwareinc.com');
      expect(o.mapped.readFrom.domain).toBeUndefined();
      expect(o.mapped.notRead).not.toContain('domain');
    }
  });
});

describe('edgeOutcome', () => {
  it('gives the remembered answer for the same inputs, and a fresh one when any input changes', () => {
    const first = edgeOutcome(example);
    expect(edgeOutcome({ ...example })).toBe(first);
    for (const change of [{ text: fixture('format-table.txt') }, { tenant: 'fabrikam.com' }, { partnerDomain: 'litwareinc.com' }, { policy: 'Global' }, { playgroundPath: '/p/' }, { asOf: '2013-06-01' }]) {
      const other = edgeOutcome({ ...example, ...change });
      expect(other).not.toBe(first);
      expect(other).toEqual(readOutcome({ ...example, ...change }));
    }
  });
});

describe('as of a date', () => {
  const FIXTURES = ['example-no-route.txt', 'format-table.txt', 'errors-and-policies.txt', 'test-federated-partner.txt', 'session-list.txt'];

  it('the verdict is what the CLI (read-edge-config --as-of) works out at that date, and the playground link carries the date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), asOfArb, (name, date) => {
        const asOf = date ?? '2011-06-28';
        const o = readOutcome({ ...example, text: fixture(name), asOf });
        if (o.kind !== 'evaluated') return;
        // The CLI's steps (src/cli/read-edge-config.ts): read, map, evaluate at the date, keep what the paste decides.
        const read = readEdgeConfig(fixture(name));
        if (!read.ok) throw new Error(read.message);
        const mapped = toPartner(read.value);
        // (general availability: as the CLI without --as-of)
        const evaluated = evaluatePartner(mapped.partner, 'contoso.com', date === undefined || date === '2011-06-28' ? undefined : date);
        if (!evaluated.ok) throw new Error(evaluated.message);
        expect(o.evaluation).toEqual(decidedEvaluation(evaluated.evaluation, judgePartner(mapped, 'contoso.com')));
        expect(o.history).toEqual(evaluated.evaluation.history);
        expect(o.asOf).toBe(asOf);
        const linked = decodePlaygroundParams(o.href.slice(o.href.indexOf('?') + 1));
        expect(linked.problems).toEqual([]);
        expect(linked.draft.asOf).toBe(asOf);
        expect(new URLSearchParams(o.href.split('?')[1]).has('asof')).toBe(asOf !== '2011-06-28');
      }),
      { numRuns: 60 },
    );
  });

  it('from June 2013 an Edge is told of the Baltimore CyberTrust Root; not before', () => {
    const before = readOutcome({ ...example, asOf: '2013-05-31' });
    const after = readOutcome({ ...example, asOf: '2013-06-01' });
    if (before.kind !== 'evaluated' || after.kind !== 'evaluated') throw new Error('not evaluated');
    expect((before.history ?? []).map((h) => h.id)).not.toContain('baltimore-root');
    expect((after.history ?? []).map((h) => h.id)).toContain('baltimore-root');
  });

  it('a date that is not one leaves general availability, and no date in the link', () => {
    for (const bad of ['2014-01-01', 'June 2013', '2013-02-29']) {
      const o = readOutcome({ ...example, asOf: bad });
      if (o.kind !== 'evaluated') throw new Error('not evaluated');
      expect(o.asOf).toBe('2011-06-28');
      expect(o.href).not.toContain('asof');
      expect(o.evaluation).toEqual(readOutcome(example).kind === 'evaluated' ? (readOutcome(example) as typeof o).evaluation : null);
    }
  });
});
