import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edgeOutcome, readOutcome, type EdgeInputs } from './edge-outcome.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/edge-config/${name}`, import.meta.url), 'utf8');
const example: EdgeInputs = { text: fixture('example-no-route.txt'), tenant: 'contoso.com', partnerDomain: '', policy: '', playgroundPath: '/playground/' };

describe('readOutcome', () => {
  it('evaluates the worked example against the tenant, with a playground link', () => {
    const o = readOutcome(example);
    expect(o.kind).toBe('evaluated');
    if (o.kind !== 'evaluated') return;
    expect(o.verdict.decided).toBe(true);
    expect(o.evaluation?.scenario.tenant.domain).toBe('contoso.com');
    expect(o.evaluation?.results[0]?.reasons).toEqual(['partner-proxy-fqdn-missing']);
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
    for (const change of [{ text: fixture('format-table.txt') }, { tenant: 'fabrikam.com' }, { partnerDomain: 'litwareinc.com' }, { policy: 'Global' }, { playgroundPath: '/p/' }]) {
      const other = edgeOutcome({ ...example, ...change });
      expect(other).not.toBe(first);
      expect(other).toEqual(readOutcome({ ...example, ...change }));
    }
  });
});
