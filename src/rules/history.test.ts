import { describe, expect, it } from 'vitest';
import { HISTORY, historyFor } from './history.ts';
import { RULES } from './rules.ts';

describe('HISTORY', () => {
  it('has unique ids, a source for each note, and refers only to real rule ids or topics', () => {
    expect(new Set(HISTORY.map((h) => h.id)).size).toBe(HISTORY.length);
    const ids = new Set<string>(RULES.map((r) => r.id));
    const topics = new Set(['messenger', 'control-panel', 'dns', 'federation']);
    for (const h of HISTORY) {
      expect(h.source).toBeDefined();
      for (const a of h.about) expect(ids.has(a) || topics.has(a), a).toBe(true);
    }
  });
});

describe('historyFor', () => {
  it('finds the notes for a rule', () => {
    expect(historyFor('modality-not-supported-with-partner').map((h) => h.id)).toEqual(['messenger-av-wlm-2011']);
    expect(historyFor('nothing')).toEqual([]);
  });
});
