import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODE_PARAM } from './param-values.ts';
import { readWidgetParams, writeWidgetParams, type WidgetSpec } from './widget-params.ts';

interface State {
  domain: string;
  mode: 'allow-all-except-blocked' | 'block-all-except-allowed' | 'disabled';
  domains: string[];
  discovery: boolean;
}
const spec: WidgetSpec<State> = {
  prefix: 'fed',
  version: 1,
  fields: {
    domain: { kind: 'text' },
    mode: { kind: 'choice', values: MODE_PARAM },
    domains: { kind: 'list' },
    discovery: { kind: 'switch' },
  },
};
const defaults: State = { domain: 'contoso.com', mode: 'allow-all-except-blocked', domains: [], discovery: false };

describe('writeWidgetParams', () => {
  it('writes nothing for the defaults', () => {
    expect(writeWidgetParams('', spec, defaults, defaults)).toBe('');
  });
  it('writes only what changed, readable, and keeps other parameters', () => {
    const state: State = { ...defaults, mode: 'block-all-except-allowed', domains: ['a.com', 'b.com'] };
    expect(writeWidgetParams('pim.state=on&fed.old=1', spec, state, defaults)).toMatch(/^pim\.state=on&fed\.ck=[0-9a-z]{5}&fed\.mode=allowlist&fed\.domains=a\.com%2Cb\.com&fed\.v=1$/);
  });
});

describe('readWidgetParams', () => {
  it('round-trips a state', () => {
    const state: State = { domain: 'bücher.example', mode: 'disabled', domains: ['x.org'], discovery: true };
    expect(readWidgetParams(writeWidgetParams('', spec, state, defaults), spec, defaults)).toEqual({ state, found: true, problems: [] });
  });
  it('says what it could not restore and keeps the defaults there', () => {
    const result = readWidgetParams('fed.mode=valueOf&fed.discovery=maybe&fed.colour=red&fed.v=7', spec, defaults);
    expect(result.state).toEqual(defaults);
    expect(result.problems).toHaveLength(4);
  });
  it('ignores other widgets’ parameters', () => {
    expect(readWidgetParams('pim.state=on', spec, defaults)).toEqual({ state: defaults, found: false, problems: [] });
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (search) => {
      expect(() => readWidgetParams(search, spec, defaults)).not.toThrow();
    }), { numRuns: 3000 });
  });
});

describe('a widget link cut short', () => {
  it('is said to be cut; the whole link opens without a problem', async () => {
    const { readWidgetParams: read, writeWidgetParams: write } = await import('./widget-params.ts');
    const spec = { prefix: 'fed', version: 1, fields: { mode: { kind: 'choice', values: { 'allow-all': 'all', allowlist: 'allowlist' } }, domains: { kind: 'list' } } } as const;
    const defaults = { mode: 'allow-all', domains: [] as string[] };
    const link = write('', spec as never, { mode: 'allowlist', domains: ['a.com', 'b.com'] }, defaults);
    expect(read(link, spec as never, defaults).problems).toEqual([]);
    const cut = link.slice(0, link.indexOf('b.com') + 1);
    expect(read(cut, spec as never, defaults).problems.join(' ')).toContain('cut short');
  });
});
