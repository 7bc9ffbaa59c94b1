/**
 * What a page's link-preview image says: its title, its one-line answer (the page description),
 * and for the playground and the four scenario pages the rules' verdict per modality for that
 * page's scenario. Pure: the PNG endpoint draws this, the Head override uses its alt text, and
 * the unit tests check it without rendering anything.
 */
import { MODALITY_LABEL, VERDICT_LABEL } from '../share/labels.ts';
import { evaluateInput, type Modality, type Verdict } from '../rules/index.ts';
import { buildRoute, type HopState } from '../route/route.ts';
import { PRESETS, PRESET_IDS, type PresetId } from '../scenarios/presets.ts';

export interface OgVerdict {
  modality: Modality;
  label: string;
  verdict: Verdict;
  works: boolean;
  uncertain: boolean;
}

/** One hop of the scenario's route, as the image draws it small. */
export interface OgHop {
  name: string;
  state: HopState;
  /** The hop holding the first blocker. */
  first: boolean;
  /** Encryption stops being Microsoft's to control after this hop. */
  encryptionEnds: boolean;
}

export interface OgCard {
  title: string;
  /** The description, shortened at a word to what fits under the title. */
  description: string;
  /** The scenario's name, when the page shows one. */
  scenario: string | null;
  verdicts: OgVerdict[];
  /** The scenario's route, hop by hop (empty without a scenario): the route picture, small. */
  route: OgHop[];
  /** The verdicts in one line, e.g. "IM ✓ Presence ✓ Audio ✗ …" (empty without a scenario). */
  summary: string;
  /** The image's text alternative: everything it shows, in words. */
  alt: string;
  /** A line shown large where verdicts would be (a shared scenario's tally, verdict-tally.ts). */
  headline: string | null;
}

export interface OgPage {
  /** The docs entry id: "index", "playground", "scenarios/both-on-lync-online". */
  id: string;
  title: string;
  description: string;
}

/**
 * A scenario page's preset. The playground has none here: its address is shared with any
 * scenario in the query string, and one static image cannot know which, so its own image claims
 * no verdict. Where the host runs the edge function (functions/), a shared link's preview points
 * at the image of its own scenario's tally instead (verdict-tally.ts).
 */
function presetFor(id: string): PresetId | null {
  return PRESET_IDS.find((preset) => PRESETS[preset].page === `/${id}/`) ?? null;
}

/** Cuts at the last word boundary that fits, with an ellipsis: previews never end mid-word. */
function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.–—-]+$/, '');
  return `${atWord}…`;
}

const MARK = (v: OgVerdict) => (v.works ? (v.uncertain ? '?' : '✓') : '✗');

/**
 * About 3 lines of 30 px text (~68 characters a line) fit between a two-line title and the verdict row, and about 4
 * without it (render-og-png.ts's layout).
 */
const DESCRIPTION_MAX = { withVerdicts: 130, without: 260 } as const;

/** The route as the image draws it, in words: the hops in order, then what is not plain passing. */
function routeInWords(route: OgHop[]): string {
  if (route.length === 0) return '';
  const names = (state: HopState) => route.filter((hop) => hop.state === state && !hop.first).map((hop) => hop.name);
  const first = route.find((hop) => hop.first);
  const notes: string[] = [];
  if (route.every((hop) => hop.state === 'not-carried')) notes.push('nothing asked is carried');
  else if (route.every((hop) => hop.state === 'passes')) notes.push('every hop passes');
  else {
    if (first) notes.push(`breaks at ${first.name}`);
    if (names('blocks').length > 0) notes.push(`also blocks at ${names('blocks').join(', ')}`);
    if (names('unknown').length > 0) notes.push(`unknown at ${names('unknown').join(', ')}`);
  }
  const end = route.find((hop) => hop.encryptionEnds);
  if (end) notes.push(`encryption leaves Microsoft’s control after ${end.name}`);
  return `Route: ${route.map((hop) => hop.name).join(' → ')}; ${notes.join('; ')}.`;
}

export function buildOgCard(page: OgPage): OgCard {
  const preset = presetFor(page.id);
  let verdicts: OgVerdict[] = [];
  let route: OgHop[] = [];
  if (preset) {
    const result = evaluateInput(PRESETS[preset].scenario);
    // A preset the rules reject is a bug in presets.ts: fail the build rather than publish a wrong card.
    if (!result.ok) throw new Error(`OG card for ${page.id}: preset ${preset} does not evaluate (${result.field}: ${result.message})`);
    verdicts = result.evaluation.results.map((r) => ({
      modality: r.modality,
      label: MODALITY_LABEL[r.modality],
      verdict: r.verdict,
      works: r.works,
      uncertain: r.certainty === 'uncertain',
    }));
    const drawn = buildRoute(result.evaluation);
    route = drawn.hops.map((hop) => ({ name: hop.name, state: hop.state, first: hop.first, encryptionEnds: drawn.encryptionEndsAfter === hop.id }));
  }
  const description = shorten(page.description, verdicts.length > 0 ? DESCRIPTION_MAX.withVerdicts : DESCRIPTION_MAX.without);
  const summary = verdicts.map((v) => `${v.label} ${MARK(v)}`).join(' ');
  const scenario = preset ? PRESETS[preset].label : null;
  const inWords = verdicts.map((v) => `${v.label}: ${VERDICT_LABEL[v.verdict].toLowerCase()}${v.uncertain ? ' (uncertain)' : ''}`).join(', ');
  const routeWords = routeInWords(route);
  const alt = [`${page.title}`, description, scenario ? `${scenario}: ${inWords}.` : '', routeWords].filter((part) => part !== '').join(' — ');
  return { title: page.title, description, scenario, verdicts, route, summary, alt, headline: null };
}
