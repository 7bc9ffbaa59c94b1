/**
 * Draws an OgCard as a 1200×630 PNG at build time: satori lays the card out as SVG (text as
 * paths, with the fonts given here), resvg rasterises it. Nothing runs in the browser.
 *
 * The look is the site's dark theme (Starlight's dark greys, the logo's two blues) so a preview
 * reads as this site in any feed. Verdict marks are drawn as shapes, not ✓/✗ characters: Inter
 * has no such glyphs, and a missing glyph would make satori fetch a fallback font.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import type { OgCard, OgHop, OgVerdict } from './og-card.ts';
import { OG_IMAGE } from './og-image.ts';

const { width: OG_WIDTH, height: OG_HEIGHT } = OG_IMAGE;

const COLOR = {
  bg: '#17181c', // --sl-color-black (dark)
  panel: '#23262f', // --sl-color-gray-6 (dark)
  white: '#ffffff',
  text: '#c0c2c7', // --sl-color-gray-2 (dark)
  muted: '#8b8f99', // --sl-color-gray-3 (dark)
  blue: '#0072c6',
  lightBlue: '#00a4ef',
  ok: '#6fdc9a', // --lf-ok (dark)
  okBg: '#12301f',
  blocked: '#ffb4ab', // --lf-blocked (dark)
  blockedBg: '#3d1a18',
  uncertain: '#f5c26b', // --lf-uncertain (dark)
  uncertainBg: '#3a2a0c',
} as const;

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; children?: Child | Child[]; [attribute: string]: unknown };
}
type Child = Node | string;

const el = (type: string, style: Style, ...children: Child[]): Node => ({ type, props: { style, children } });

// The logo (src/assets/logo.svg) as shapes: two linked circles.
const logo = (size: number): Node =>
  ({
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 32 32',
      children: [
        { type: 'circle', props: { cx: 9, cy: 16, r: 7, fill: COLOR.blue } },
        { type: 'circle', props: { cx: 23, cy: 16, r: 7, fill: COLOR.lightBlue } },
        { type: 'path', props: { d: 'M13 16h6', stroke: '#fff', 'stroke-width': 2.5, 'stroke-linecap': 'round' } },
      ],
    },
  }) as Node;

const mark = (v: OgVerdict, color: string): Node =>
  ({
    type: 'svg',
    props: {
      width: 26,
      height: 26,
      viewBox: '0 0 24 24',
      children: [
        {
          type: 'path',
          props: {
            d: !v.works ? 'M6 6l12 12M18 6L6 18' : v.uncertain ? 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 .9-1 1.7V15M12 19v.5' : 'M4.5 12.5l5 5L19.5 7',
            fill: 'none',
            stroke: color,
            'stroke-width': 3,
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
          },
        },
      ],
    },
  }) as Node;

function pill(v: OgVerdict): Node {
  const [fg, bg] = !v.works ? [COLOR.blocked, COLOR.blockedBg] : v.uncertain ? [COLOR.uncertain, COLOR.uncertainBg] : [COLOR.ok, COLOR.okBg];
  return el(
    'div',
    { display: 'flex', alignItems: 'center', gap: 10, padding: '10px 18px', borderRadius: 999, background: bg, color: fg, fontSize: 26, fontWeight: 700 },
    mark(v, fg),
    v.label,
  );
}

const HOP_COLOR: Record<OgHop['state'], string> = { passes: COLOR.ok, blocks: COLOR.blocked, unknown: COLOR.uncertain, 'not-carried': COLOR.muted };

/** A connector between two dots: solid, dashed where encryption leaves Microsoft's control or the path breaks. */
const line = (shown: boolean, dashed: boolean, color: string): Node =>
  el('div', { display: 'flex', flexGrow: 1, height: 0, borderTop: shown ? `3px ${dashed ? 'dashed' : 'solid'} ${color}` : '3px solid transparent' });

/** The route picture, small: one dot per hop coloured by its state, the breaking hop ringed, names below. */
function route(hops: OgHop[]): Node {
  return el(
    'div',
    { display: 'flex', width: '100%' },
    ...hops.map((hop, i) => {
      const color = HOP_COLOR[hop.state];
      const size = hop.first ? 30 : 22;
      const hollow = hop.state === 'unknown' || hop.state === 'not-carried';
      return el(
        'div',
        { display: 'flex', flexDirection: 'column', alignItems: 'center', flexGrow: 1, flexBasis: 0 },
        el(
          'div',
          { display: 'flex', alignItems: 'center', width: '100%', height: 34 },
          line(i > 0, hops[i - 1]?.encryptionEnds === true || hops[i - 1]?.first === true, i > 0 && hops[i - 1]?.first ? COLOR.blocked : COLOR.muted),
          el('div', { display: 'flex', width: size, height: size, borderRadius: size, border: `3px solid ${color}`, background: hollow ? 'transparent' : color }),
          line(i < hops.length - 1, hop.encryptionEnds || hop.first, hop.first ? COLOR.blocked : COLOR.muted),
        ),
        el(
          'div',
          { display: 'flex', justifyContent: 'center', textAlign: 'center', marginTop: 6, padding: '0 6px', fontSize: 17, lineHeight: 1.2, color: hop.first ? COLOR.blocked : COLOR.text, fontWeight: hop.first ? 700 : 400 },
          hop.name,
        ),
      );
    }),
  );
}

function card(og: OgCard, host: string): Node {
  const titleSize = og.title.length > 70 ? 50 : og.title.length > 45 ? 56 : 64;
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', width: OG_WIDTH, height: OG_HEIGHT, background: COLOR.bg, fontFamily: 'Inter', color: COLOR.text },
    el('div', { display: 'flex', height: 12, width: '100%', backgroundImage: `linear-gradient(90deg, ${COLOR.blue}, ${COLOR.lightBlue})` }),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 64px 40px' },
      el('div', { display: 'flex', alignItems: 'center', gap: 16, fontSize: 28, color: COLOR.white, fontWeight: 700 }, logo(52), 'Lync Online Federation 101'),
      el('div', { display: 'flex', marginTop: 36, fontSize: titleSize, lineHeight: 1.15, fontWeight: 700, color: COLOR.white }, og.title),
      el('div', { display: 'flex', marginTop: 22, fontSize: 30, lineHeight: 1.4 }, og.description),
      el('div', { display: 'flex', flexGrow: 1 }),
      og.verdicts.length > 0
        ? el(
            'div',
            { display: 'flex', flexDirection: 'column', gap: 14 },
            ...(og.route.length > 0 ? [route(og.route)] : []),
            el('div', { display: 'flex', fontSize: 24, color: COLOR.muted }, `${og.scenario ?? 'Scenario'}: what works`),
            el('div', { display: 'flex', gap: 14, flexWrap: 'wrap' }, ...og.verdicts.map(pill)),
          )
        : og.headline
          ? el('div', { display: 'flex', fontSize: 40, lineHeight: 1.2, fontWeight: 700, color: COLOR.white }, og.headline)
          : el('div', { display: 'flex', fontSize: 24, color: COLOR.muted }, host),
    ),
  );
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

/** Inter's Latin subset, regular and bold, as WOFF (satori reads TTF/OTF/WOFF, not WOFF2). Read once per build. */
function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const load = async (weight: 400 | 700): Promise<Font> => ({
    name: 'Inter',
    data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal',
  });
  return (fonts ??= Promise.all([load(400), load(700)]));
}

/** The card as a PNG. `host` is the site's host name, shown where a page has no verdicts. */
export async function renderOgPng(og: OgCard, host: string): Promise<Buffer> {
  // satori's types want a React element; our plain {type, props} tree is exactly what it reads.
  const svg = await satori(card(og, host) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
