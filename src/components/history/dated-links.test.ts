import { describe, expect, it } from 'vitest';
import { HISTORY, parseScenario } from '../../rules/index.ts';
import { decodePlaygroundParams } from '../../share/playground-params.ts';
import { toScenarioInput } from '../../share/playground-draft.ts';
import { playgroundAt } from './dated-links.ts';

describe('playgroundAt', () => {
  it.each(HISTORY.map((h) => [h.id, h] as const))('%s: opens its example at its date, a link the playground reads without a problem', (_id, note) => {
    const href = playgroundAt(note);
    expect(href.startsWith('/playground/?v=1')).toBe(true);
    const back = decodePlaygroundParams(href.split('?')[1] ?? '');
    expect(back.problems).toEqual([]);
    expect(back.draft.asOf).toBe(note.date);
    const parsed = parseScenario(toScenarioInput(back.draft));
    expect(parsed.ok && parsed.scenario.asOf).toBe(note.date);
    if (note.example && parsed.ok) expect(parsed.scenario.partner.platform).toBe(note.example.partner.platform);
  });
});
