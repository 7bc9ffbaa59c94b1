import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVIDER } from '../embed/provider.ts';
import { PRESETS, PRESET_IDS } from '../scenarios/presets.ts';
import { MATRIX, MODALITIES } from '../rules/index.ts';
import { buildOgCard } from './og-card.ts';
import { OG_IMAGE } from './og-image.ts';

const page = (id: string, description = 'A short answer.') => ({ id, title: 'A question?', description });

describe('buildOgCard', () => {
  it('claims no verdict for the playground: its address carries any scenario, and one static image cannot know which', () => {
    const card = buildOgCard(page('playground'));
    expect(card).toMatchObject({ scenario: null, verdicts: [], route: [], summary: '', headline: null });
    expect(card.alt).toBe('A question? — A short answer.');
  });

  it.each(PRESET_IDS)('shows the %s scenario on its page', (id) => {
    const card = buildOgCard(page(PRESETS[id].page.slice(1, -1)));
    expect(card.scenario).toBe(PRESETS[id].label);
    expect(card.verdicts).toHaveLength(MODALITIES.length);
    expect(card.summary).toMatch(/^IM ✓ Presence ✓ /);
  });

  it('says Messenger scenarios have no audio, video or file transfer', () => {
    const card = buildOgCard(page('scenarios/messenger-vanity-domain'));
    expect(card.summary).toMatch(/^IM ✓ Presence ✓ Audio ✗ Video ✗ File transfer ✗/);
    expect(card.verdicts.filter((v) => v.works).map((v) => v.modality)).toEqual(MODALITIES.filter((m) => MATRIX['windows-live-messenger'][m].supported));
  });

  it('has no verdicts on other pages', () => {
    const card = buildOgCard(page('configure/lync-online'));
    expect(card).toMatchObject({ scenario: null, verdicts: [], route: [], summary: '' });
  });

  it('draws the scenario’s route small: its hops, and where encryption leaves Microsoft’s control', () => {
    const card = buildOgCard(page('scenarios/partner-on-premises'));
    expect(card.route.map((hop) => hop.name)).toEqual([
      'Your user',
      'Your Lync Online tenant',
      'Lync Online federation edge',
      'Their route to Lync Online',
      'Their Access Edge',
      'Their user',
    ]);
    expect(card.route.every((hop) => hop.state === 'passes' && !hop.first)).toBe(true);
    expect(card.route.filter((hop) => hop.encryptionEnds).map((hop) => hop.name)).toEqual(['Their Access Edge']);
    expect(card.alt).toContain('→ Their Access Edge → Their user; every hop passes; encryption leaves Microsoft’s control after Their Access Edge.');
  });

  it('keeps a description that fits, and cuts a long one at a word with an ellipsis', () => {
    expect(buildOgCard(page('index', 'Short  and\nsweet.')).description).toBe('Short and sweet.');
    const long = 'word '.repeat(100);
    const cut = buildOgCard(page('index', long)).description;
    expect(cut.length).toBeLessThanOrEqual(260);
    expect(cut).toMatch(/word…$/);
    // Less room beside the verdict row.
    expect(buildOgCard(page('scenarios/partner-on-premises', long)).description.length).toBeLessThanOrEqual(200);
  });

  it('says everything the image shows in its alt text, the verdicts in words', () => {
    const { alt } = buildOgCard({ id: 'scenarios/both-on-lync-online', title: 'Both on Lync Online?', description: 'See what works.' });
    // The verdicts in words (one per modality, so a new modality adds one and this still holds), then the route.
    expect(alt).toMatch(/^Both on Lync Online\? — See what works\. — Both on Lync Online: IM: works, Presence: works, Audio: works, Video: works, File transfer: not supported[,.]/);
    expect(alt).toContain(
      ' — Route: Your user → Your Lync Online tenant → Lync Online federation edge → DNS lookup (inferred) → Their Lync Online tenant → Their user; every hop passes.',
    );
    expect(buildOgCard(page('reference/glossary')).alt).toBe('A question? — A short answer.');
  });
});

describe('OG_IMAGE', () => {
  it('is 1200×630 at /og/<entry id>.png', () => {
    expect([OG_IMAGE.width, OG_IMAGE.height]).toEqual([1200, 630]);
    expect(OG_IMAGE.pathFor('scenarios/both-on-lync-online')).toBe('/og/scenarios/both-on-lync-online.png');
    expect(OG_IMAGE.pathFor('')).toBe('/og/index.png');
  });
});

describe('PROVIDER', () => {
  it('names the site as Starlight’s config does', () => {
    const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    expect(config).toContain(`title: '${PROVIDER.name}'`);
    expect(config).toContain(`'${PROVIDER.description}'`);
  });
});
