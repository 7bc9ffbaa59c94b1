import { describe, expect, it } from 'vitest';
import { evaluateInput } from '../../rules/index.ts';
import { decodePlaygroundParams } from '../../share/playground-params.ts';
import { readScenarioParam } from '../../share/scenario-param.ts';
import { CATALOGUE, playgroundLink } from '../../tools/trace/index.ts';
import { fromScenarioInput, toScenarioInput } from '../../share/playground-draft.ts';
import { readableLink } from './readable-link.ts';

const rules = [...new Set(CATALOGUE.flatMap((entry) => [entry.rule, ...(entry.alsoRules ?? [])]).filter((rule) => rule !== null))];
const contexts = [{}, { tenantDomain: 'contoso.com', partnerDomain: 'litwareinc.com' }, { tenantDomain: 'contoso.com', partnerAddress: 'tommy.clarke(mydomain.com)@msn.com' }];

describe('readableLink', () => {
  it.each(rules)('opens the same scenario, with the same verdicts, as the trace tool’s link for %s', (rule) => {
    for (const context of contexts) {
      const link = playgroundLink(rule, context);
      if (!link) continue;
      const readable = readableLink(link);
      const tool = readScenarioParam(link.slice(link.indexOf('?')));
      if (tool.kind !== 'scenario') throw new Error(link);
      if (readable === link) continue;
      expect(readable).toMatch(/^\/playground\/\?v=1(&|$)/);
      const restored = decodePlaygroundParams(readable.slice(readable.indexOf('?')));
      expect(restored.problems).toEqual([]);
      const input = toScenarioInput(restored.draft);
      // The state the playground opens the import link in (its defaults filled in), and the same verdicts.
      expect(input).toEqual(toScenarioInput(fromScenarioInput(tool.input)));
      expect(evaluateInput(input)).toEqual(evaluateInput(tool.input));
    }
  });

  it('is shorter than the import link, and readable, for the worked example’s finding', () => {
    const link = playgroundLink('partner-no-route-to-lync-online', { tenantDomain: 'contoso.com', partnerDomain: 'litwareinc.com' }) ?? '';
    expect(readableLink(link).length).toBeLessThan(link.length / 4);
  });

  it('keeps a link it cannot read as it is', () => {
    expect(readableLink('/playground/')).toBe('/playground/');
    expect(readableLink('/playground/?scenario=%%%')).toBe('/playground/?scenario=%%%');
  });

  it('says how many tool links stay in their import form (none today)', () => {
    const kept = rules.flatMap((rule) => contexts.map((context) => playgroundLink(rule, context))).filter((link): link is string => !!link && readableLink(link) === link);
    expect(kept).toEqual([]);
  });
});

describe('readableLink as of a date', () => {
  const dates = ['2011-06-28', '2012-03-01', '2013-04-08', '2013-12-31'];
  it.each(rules)('opens the same scenario as the tool’s link with the date in it, for %s', (rule) => {
    for (const context of contexts) {
      const link = playgroundLink(rule, context);
      if (!link) continue;
      const tool = readScenarioParam(link.slice(link.indexOf('?')));
      if (tool.kind !== 'scenario') throw new Error(link);
      for (const asOf of dates) {
        const dated = readableLink(link, asOf);
        const restored = decodePlaygroundParams(dated.slice(dated.indexOf('?')));
        expect(restored.problems).toEqual([]);
        expect(restored.draft.asOf).toBe(asOf);
        // General availability writes no date: the link is the undated one.
        if (asOf === '2011-06-28') expect(dated).toBe(readableLink(link));
        else expect(new URLSearchParams(dated.slice(dated.indexOf('?'))).get('asof')).toBe(asOf);
        const expected = { ...(tool.input as object), ...(asOf === '2011-06-28' ? {} : { asOf }) };
        expect(evaluateInput(toScenarioInput(restored.draft))).toEqual(evaluateInput(toScenarioInput(fromScenarioInput(expected))));
      }
    }
  });
});
