/**
 * Links already shared in forum answers must keep opening the same scenario. Each case in the
 * fixture is a link in the v1 format, with the form state and the problems it decoded to when the
 * fixture was recorded (before the field table drove the codec), and the link it re-encodes to.
 * If one of these fails, a change broke old links: make a new permalink version instead.
 */
import { describe, expect, it } from 'vitest';
import cases from '../../test/fixtures/permalinks/v1-links.json' with { type: 'json' };
import { emptyDraft } from './playground-draft.ts';
import { PLATFORM_PARAM } from './param-values.ts';
import { decodePlaygroundParams, encodePlaygroundParams } from './playground-params.ts';

/** The recorded state over today's defaults: a setting added since is not in an old link, so it opens at its default. */
function overDefaults(defaults: unknown, recorded: unknown): unknown {
  if (!recorded || typeof recorded !== 'object' || Array.isArray(recorded)) return recorded;
  const base = (defaults && typeof defaults === 'object' ? defaults : {}) as Record<string, unknown>;
  return { ...base, ...Object.fromEntries(Object.entries(recorded).map(([key, value]) => [key, overDefaults(base[key], value)])) };
}

/** Every modality when the fixture was recorded (the first case has no `m`: all asked). */
const MODALITIES_THEN: readonly string[] = cases[0]!.draft.modalities;

/** The partner kinds' words when the fixture was recorded: a message listing them lists today's (a kind added since is one more word). */
const KIND_WORDS_THEN = '(online, ls2010, ocs2007r2, ocs2007, messenger)';
const KIND_WORDS_NOW = `(${Object.values(PLATFORM_PARAM).join(', ')})`;

describe('v1 permalinks recorded before the field table', () => {
  it.each(cases.map((c) => [c.link, c] as const))('%s opens the same form state', (_link, c) => {
    const decoded = decodePlaygroundParams(c.link);
    // A link without `m` asks every modality, so one added since is asked too; the rest must be as recorded.
    const draft = { ...decoded.draft, modalities: decoded.draft.modalities.filter((m) => MODALITIES_THEN.includes(m)) };
    expect(draft).toEqual(overDefaults(emptyDraft(), c.draft));
    expect(decoded.problems).toEqual(c.problems.map((problem) => problem.replace(KIND_WORDS_THEN, KIND_WORDS_NOW)));
    expect(encodePlaygroundParams(decoded.draft)).toBe(c.reencoded);
  });
});
