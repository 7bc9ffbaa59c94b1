import { describe, expect, it } from 'vitest';
import { readScenarioParam, scenarioQuery } from './scenario-param.ts';

describe('readScenarioParam', () => {
  it('says there is no scenario when the parameter is absent', () => {
    expect(readScenarioParam('?other=1')).toEqual({ kind: 'none' });
  });
  it('reads back what scenarioQuery wrote', () => {
    const input = { tenant: { domain: 'bücher.example' }, partner: { platform: 'ocs-2007' } };
    expect(readScenarioParam(scenarioQuery(input))).toEqual({ kind: 'scenario', input });
  });
  it('explains a parameter that is not base64url', () => {
    expect(readScenarioParam('?scenario=%%%')).toMatchObject({ kind: 'error', message: expect.stringContaining('characters') });
  });
  it('explains a parameter that is not JSON', () => {
    expect(readScenarioParam('?scenario=bm90IGpzb24')).toMatchObject({ kind: 'error', message: expect.stringContaining('not valid JSON') });
  });
});
