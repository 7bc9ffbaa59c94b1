/**
 * The host's edge code (functions/ → src/deploy/edge-*.ts) run in Node with the same
 * Request/Response it gets in workerd. The e2e suite (test/e2e/host.test.ts) runs it again in
 * Cloudflare's emulator; these check it over many scenarios, which a browser test cannot.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb } from '../../test/unit/arbitraries.ts';
import { EMBED_WIDGETS } from '../embed/widgets.ts';
import { tallyImagePath, tallyOf, verdictsInWords } from '../og/verdict-tally.ts';
import { evaluateInput, MATRIX, MODALITIES } from '../rules/index.ts';
import { PRESETS, PRESET_IDS } from '../scenarios/presets.ts';
import { fromScenarioInput, toScenarioInput } from '../share/playground-draft.ts';
import { readPlaygroundLink } from '../share/playground-link.ts';
import { encodePlaygroundParams } from '../share/playground-params.ts';
import { answerOembed } from './edge-oembed.ts';
import { applyPreview, playgroundPreview } from './edge-preview.ts';
import { edgeResponse } from './edge-response.ts';

const origin = 'https://federation.example';
const oembedFor = (url: string, extra = '') => answerOembed(new URL(`${origin}/oembed?url=${encodeURIComponent(url)}${extra}`));
const srcOf = (html: string) => /<iframe src="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';

/** What the rules say about the scenario a playground query opens. */
function verdictsOf(search: string) {
  const link = readPlaygroundLink(search);
  if (link.kind !== 'scenario') throw new Error('not a scenario link');
  const result = evaluateInput(toScenarioInput(link.draft));
  if (!result.ok) throw new Error('the rules reject a repaired draft');
  return result.evaluation.results;
}

const permalinkArb = scenarioArb.map((scenario) => `?${encodePlaygroundParams(fromScenarioInput(scenario))}`);

describe('oEmbed at the edge', () => {
  it('embeds the scenario a playground permalink opens, for any scenario', async () => {
    await fc.assert(
      fc.asyncProperty(permalinkArb, async (query) => {
        const body = (await oembedFor(`${origin}/playground/${query}`).json()) as { html: string; title: string };
        const src = new URL(srcOf(body.html));
        expect(src.pathname).toBe('/embed/playground/');
        // The embed opens the same scenario, so the same verdicts, as the link.
        expect(verdictsOf(src.search)).toEqual(verdictsOf(query));
        const { working, total } = tallyOf(verdictsOf(query));
        expect(body.title).toMatch(working === 0 ? `None of the ${total}` : working === total ? `All ${total}` : `${working} of ${total}`);
      }),
      { numRuns: 150 },
    );
  });

  it('embeds the default playground for the bare page, and says so for a link it cannot read', async () => {
    const plain = await oembedFor(`${origin}/playground/`).json();
    expect(srcOf(plain.html)).toBe(`${origin}/embed/playground/`);
    expect(plain.title).toBe('Can my users reach this person?');
    const broken = await oembedFor(`${origin}/playground/?scenario=%%%`).json();
    expect(srcOf(broken.html)).toBe(`${origin}/embed/playground/`);
    expect(broken.title).toMatch(/could not be read, so the default scenario/);
  });

  it.each(EMBED_WIDGETS.map((w) => [w.id, w] as const))('answers for %s’s full page and embed page, carrying its link parameters', async (id, widget) => {
    for (const path of [widget.page, `/embed/${id}/`, widget.page.slice(0, -1)]) {
      const response = oembedFor(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const body = await response.json();
      expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 720, height: widget.height, provider_url: `${origin}/` });
      expect(srcOf(body.html)).toBe(`${origin}/embed/${id}/`);
    }
    if (id !== 'playground') expect(srcOf((await oembedFor(`${origin}${widget.page}?x.v=1&x.a=b`).json()).html)).toBe(`${origin}/embed/${id}/?x.v=1&x.a=b`);
  });

  it.each([
    [`https://elsewhere.example/playground/`, '', 404],
    [`${origin}/concepts/`, '', 404],
    ['not a url', '', 400],
    [`${origin}/playground/`, '&format=xml', 501],
    [`${origin}/playground/?v=1&you=${'a'.repeat(5000)}`.slice(0, 4100), '', 404],
  ])('refuses %.60s%s with %i', async (url, extra, status) => {
    const response = oembedFor(url, extra);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toBeTruthy();
  });
  it('asks for the url', () => expect(answerOembed(new URL(`${origin}/oembed`)).status).toBe(400));
});

const built = readFileSync(new URL('./edge-head.fixture.html', import.meta.url), 'utf8');

describe('a shared playground link’s preview', () => {
  it('describes the link’s own scenario, for any scenario: its tally’s image, every verdict in words', () => {
    fc.assert(
      fc.property(permalinkArb, (query) => {
        const preview = playgroundPreview(origin, query, 'Can my users reach this person?');
        const results = verdictsOf(query);
        expect(preview?.meta['og:image']).toBe(`${origin}${tallyImagePath(tallyOf(results))}`);
        expect(preview?.meta['og:image']).toBe(preview?.meta['twitter:image']);
        expect(preview?.meta['og:description']).toContain(verdictsInWords(results));
        expect(preview?.meta['og:image:alt']).toContain(verdictsInWords(results));
        // og:url is the link written canonically: it opens the same scenario.
        const draftOf = (search: string) => {
          const link = readPlaygroundLink(search);
          return link.kind === 'scenario' ? link.draft : null;
        };
        expect(draftOf(new URL(preview?.meta['og:url'] ?? '').search)).toEqual(draftOf(query));
      }),
      { numRuns: 150 },
    );
  });

  it('leaves the static preview (no verdict) for the bare page and for a link the playground cannot read', () => {
    expect(playgroundPreview(origin, '', 'x')).toBeNull();
    expect(playgroundPreview(origin, '?scenario=%%%', 'x')).toBeNull();
  });

  it.each(PRESET_IDS)('rewrites the built page’s tags for the %s scenario, escaped', (id) => {
    const query = `?${encodePlaygroundParams(fromScenarioInput(PRESETS[id].scenario))}`;
    const preview = playgroundPreview(origin, query, 'Can my users reach this person?')!;
    const html = applyPreview(built, preview);
    const tag = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');
    for (const [key, value] of Object.entries(preview.meta)) expect(tag(key), key).toBe(value);
    expect(html).toContain(`type="application/json+oembed" href="${preview.oembed.replaceAll('&', '&amp;')}"`);
    expect(() => applyPreview('<html></html>', preview)).toThrow(/no <meta> for og:url/);
  });
});

describe('the edge middleware', () => {
  it('keeps every 404 from being framed, whatever the path', async () => {
    for (const path of ['/nope', '/embed/nope/', '/playground/nope']) {
      const response = await edgeResponse(new Request(`${origin}${path}`), new Response('not found', { status: 404, headers: { 'content-type': 'text/html' } }));
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect(await response.text()).toBe('not found');
    }
  });

  it('rewrites only the playground page with a scenario in its address', async () => {
    const page = () => new Response(built, { headers: { 'content-type': 'text/html; charset=utf-8', etag: '"x"' } });
    const query = `?${encodePlaygroundParams(fromScenarioInput(PRESETS['messenger-vanity-domain'].scenario))}`;
    const shared = await edgeResponse(new Request(`${origin}/playground/${query}`), page());
    // IM and presence work; audio and video with Messenger are "no, as the article reads", uncertain.
    const works = MODALITIES.filter((m) => MATRIX['windows-live-messenger'][m].supported).length;
    expect(await shared.text()).toContain(`/og/playground/${works}-of-${MODALITIES.length}-uncertain.png`);
    expect(shared.headers.has('etag')).toBe(false);
    for (const url of [`${origin}/playground/`, `${origin}/embed/playground/${query}`]) expect(await (await edgeResponse(new Request(url), page())).text()).toBe(built);
  });
});
