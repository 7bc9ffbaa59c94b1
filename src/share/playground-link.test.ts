import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS } from '../scenarios/presets.ts';
import { fromScenarioInput } from './playground-draft.ts';
import { readPlaygroundLink } from './playground-link.ts';
import { encodePlaygroundParams } from './playground-params.ts';
import { scenarioQuery } from './scenario-param.ts';

describe('readPlaygroundLink', () => {
  it('opens the default scenario when the link carries none', () => {
    expect(readPlaygroundLink('')).toEqual({ kind: 'none' });
    expect(readPlaygroundLink('?utm_source=forum')).toEqual({ kind: 'none' });
  });

  it.each(PRESET_IDS)('opens %s from its permalink and from its import link', (id) => {
    const draft = fromScenarioInput(PRESETS[id].scenario);
    expect(readPlaygroundLink(`?${encodePlaygroundParams(draft)}`)).toEqual({ kind: 'scenario', draft, problems: [] });
    expect(readPlaygroundLink(scenarioQuery(PRESETS[id].scenario))).toEqual({ kind: 'scenario', draft, problems: [] });
  });

  it('repairs a permalink value by value, saying what it left at its default', () => {
    const link = readPlaygroundLink('?v=1&fed=nonsense');
    expect(link.kind).toBe('scenario');
    expect(link.kind === 'scenario' && link.problems.length).toBeGreaterThan(0);
  });

  it('says why an import link cannot be read', () => {
    expect(readPlaygroundLink('?scenario=%%%')).toMatchObject({ kind: 'unreadable' });
    expect(readPlaygroundLink(scenarioQuery({ tenant: 'not a tenant' }))).toMatchObject({ kind: 'unreadable' });
  });
});
