/**
 * The modality matrix, computed by the rules: for each partner kind, a scenario set up the way the
 * article says makes it work (the presets), asked one modality at a time. Each cell is what the
 * rules answer for that exact scenario, with a link that opens it in the playground.
 *
 * Pure and synchronous: the Astro component calls it at build time, the unit tests call it directly.
 */
import { evaluateInput, MODALITIES, PLATFORMS } from '../../rules/index.ts';
import type { Modality, Platform, ReasonCode, ScenarioInput, Verdict } from '../../rules/index.ts';
import { PRESETS } from '../../scenarios/presets.ts';
import { encodePlaygroundParams } from '../../share/playground-params.ts';
import { fromScenarioInput } from '../../share/playground-draft.ts';

export const PLAYGROUND_PATH = '/playground/';

/** A deep copy of a preset's scenario, so that no cell edits a shared object. */
function presetScenario(id: keyof typeof PRESETS): ScenarioInput {
  return structuredClone(PRESETS[id].scenario);
}

/**
 * The "configured to work" scenario for one kind of partner: the article's scenario for that kind,
 * with an on-premises partner's platform swapped in.
 */
export function configuredScenario(platform: Platform): ScenarioInput {
  switch (platform) {
    case 'lync-online':
      return presetScenario('both-on-lync-online');
    case 'windows-live-messenger':
      return presetScenario('messenger-microsoft-address');
    default: {
      const scenario = presetScenario('partner-on-premises');
      if (scenario.partner.platform === 'lync-online' || scenario.partner.platform === 'windows-live-messenger') throw new Error('the on-premises preset has an on-premises partner');
      scenario.partner = { ...scenario.partner, platform };
      return scenario;
    }
  }
}

export type CellState = 'works' | 'works-uncertain' | 'not-supported-uncertain' | Verdict;

export interface MatrixCellView {
  platform: Platform;
  modality: Modality;
  /** What the rules decided for this one modality. */
  state: CellState;
  works: boolean;
  reasons: ReasonCode[];
  /** Index into MatrixView.notes when the result is uncertain. */
  note?: number;
  /** The playground, opened on exactly this scenario. */
  href: string;
  /** The scenario the cell was computed from (contract JSON). */
  scenario: ScenarioInput;
}

export interface MatrixRowView {
  platform: Platform;
  cells: MatrixCellView[];
}

export interface MatrixView {
  modalities: readonly Modality[];
  rows: MatrixRowView[];
  /** The uncertainty explanations the results carry, each once, in order of first use. */
  notes: string[];
}

export type MatrixOutcome = { ok: true; view: MatrixView } | { ok: false; message: string };

/** Evaluates one cell; an invalid scenario is reported, never thrown. */
function cell(platform: Platform, modality: Modality, notes: string[]): MatrixCellView | string {
  const scenario = { ...configuredScenario(platform), modalities: [modality] };
  const outcome = evaluateInput(scenario);
  if (!outcome.ok) return `${platform} / ${modality}: ${outcome.field}: ${outcome.message}`;
  const result = outcome.evaluation.results[0];
  if (!result) return `${platform} / ${modality}: the rules returned no result`;
  const uncertain = result.certainty === 'uncertain';
  const state: CellState = result.works
    ? (uncertain ? 'works-uncertain' : 'works')
    : uncertain && result.verdict === 'not-supported' ? 'not-supported-uncertain' : result.verdict;
  const view: MatrixCellView = {
    platform,
    modality,
    state,
    works: result.works,
    reasons: result.reasons,
    // The readable permalink (?v=1&p=ocs2007&m=video…): it compresses far better than the
    // base64 import link, and the matrix page carries one per cell.
    href: `${PLAYGROUND_PATH}?${encodePlaygroundParams(fromScenarioInput(scenario))}`,
    scenario,
  };
  if (uncertain && result.uncertainty) {
    let index = notes.indexOf(result.uncertainty);
    if (index === -1) index = notes.push(result.uncertainty) - 1;
    view.note = index;
  }
  return view;
}

/** The whole matrix: every partner kind × every modality, as the rules evaluate them. */
export function buildMatrix(platforms: readonly Platform[] = PLATFORMS, modalities: readonly Modality[] = MODALITIES): MatrixOutcome {
  const notes: string[] = [];
  const rows: MatrixRowView[] = [];
  for (const platform of platforms) {
    const cells: MatrixCellView[] = [];
    for (const modality of modalities) {
      const view = cell(platform, modality, notes);
      if (typeof view === 'string') return { ok: false, message: view };
      cells.push(view);
    }
    rows.push({ platform, cells });
  }
  return { ok: true, view: { modalities, rows, notes } };
}

/** The words a cell shows. */
export const CELL_LABEL: Record<CellState, string> = {
  works: 'Works',
  'works-uncertain': 'Works — uncertain',
  'not-supported-uncertain': 'Not supported — uncertain',
  blocked: 'Blocked',
  'not-supported': 'Not supported',
};
