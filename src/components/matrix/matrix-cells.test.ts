import { describe, expect, it } from 'vitest';
import { evaluateInput, MATRIX, MODALITIES, ON_PREM_PLATFORMS, PLATFORMS } from '../../rules/index.ts';
import { decodePlaygroundParams } from '../../share/playground-params.ts';
import { toScenarioInput } from '../../share/playground-draft.ts';
import { buildMatrix, CELL_LABEL, configuredScenario, PLAYGROUND_PATH } from './matrix-cells.ts';

const built = buildMatrix();
if (!built.ok) throw new Error(built.message);
const { view } = built;

describe('configuredScenario', () => {
  it('uses the Lync Online preset, the on-premises preset with the platform swapped, and the Messenger preset', () => {
    expect((configuredScenario('lync-online')['partner'] as { platform: string }).platform).toBe('lync-online');
    for (const platform of ON_PREM_PLATFORMS) {
      const partner = configuredScenario(platform)['partner'] as { platform: string; domain: string };
      expect(partner).toMatchObject({ platform, domain: 'litwareinc.com' });
    }
    expect((configuredScenario('windows-live-messenger')['partner'] as { address: string }).address).toBe('tommy@hotmail.com');
  });

  it('does not modify the shared presets', () => {
    configuredScenario('ocs-2007');
    expect((configuredScenario('lync-server-2010')['partner'] as { platform: string }).platform).toBe('lync-server-2010');
  });
});

describe('buildMatrix', () => {
  it('has one row per partner kind and one cell per modality, in order', () => {
    expect(view.rows.map((row) => row.platform)).toEqual([...PLATFORMS]);
    for (const row of view.rows) expect(row.cells.map((cell) => cell.modality)).toEqual([...MODALITIES]);
  });

  it('agrees with the reference matrix for scenarios set up to work', () => {
    for (const row of view.rows) {
      for (const cell of row.cells) {
        const expected = MATRIX[row.platform][cell.modality];
        expect(cell.works, `${row.platform} ${cell.modality}`).toBe(expected.supported);
        expect(cell.state.endsWith('-uncertain'), `${row.platform} ${cell.modality}`).toBe(expected.certainty === 'uncertain');
        if (!cell.works) expect(cell.state).toBe(expected.certainty === 'uncertain' ? 'not-supported-uncertain' : 'not-supported');
      }
    }
  });

  it('marks OCS 2007 audio and video as uncertain, with the explanation from the result as a note', () => {
    const ocs = view.rows.find((row) => row.platform === 'ocs-2007')!;
    const uncertain = ocs.cells.filter((cell) => cell.state === 'works-uncertain').map((cell) => cell.modality);
    // Read from the matrix (audio and video today), so a new modality's cell does not break this.
    const expected = MODALITIES.filter((m) => MATRIX['ocs-2007'][m].supported && MATRIX['ocs-2007'][m].certainty === 'uncertain');
    expect(expected).toEqual(expect.arrayContaining(['audio', 'video']));
    expect(uncertain).toEqual(expected);
    // One note per distinct uncertainty in the matrix: today OCS 2007 audio and video, and Messenger audio and video (as the article reads it).
    const distinct = new Set(PLATFORMS.flatMap((p) => MODALITIES.map((m) => MATRIX[p][m].uncertainty).filter((u) => u !== undefined)));
    expect(distinct.size).toBeGreaterThanOrEqual(2);
    expect(view.notes).toHaveLength(distinct.size);
    expect(ocs.cells.find((cell) => cell.modality === 'audio')!.note).toBe(0);
    const evaluated = evaluateInput(ocs.cells.find((cell) => cell.modality === 'audio')!.scenario);
    expect(evaluated.ok && evaluated.evaluation.results[0]!.uncertainty).toBe(view.notes[0]);
  });

  it('links each cell to the playground with exactly the scenario it evaluated', () => {
    for (const row of view.rows) {
      for (const cell of row.cells) {
        expect(cell.href.startsWith(`${PLAYGROUND_PATH}?v=1`)).toBe(true);
        const link = decodePlaygroundParams(cell.href.slice(PLAYGROUND_PATH.length));
        expect(link.problems).toEqual([]);
        expect((cell.scenario as { modalities: string[] }).modalities).toEqual([cell.modality]);
        // The link opens the same scenario: the rules give the same evaluation, reasons included.
        const evaluated = evaluateInput(toScenarioInput(link.draft));
        expect(evaluated).toEqual(evaluateInput(cell.scenario));
        expect(evaluated.ok && evaluated.evaluation.results[0]!.works).toBe(cell.works);
      }
    }
  });

  it('labels every state a cell can take', () => {
    expect(CELL_LABEL['works-uncertain']).toBe('Works — uncertain');
    expect(CELL_LABEL['not-supported']).toBe('Not supported');
    expect(CELL_LABEL.works).toBe('Works');
  });

  it('reports an impossible scenario instead of throwing', () => {
    // A partner kind the rules do not know is rejected by the schema, not thrown.
    const outcome = buildMatrix(['lync-online', 'not-a-platform' as never], ['im']);
    expect(outcome.ok).toBe(false);
  });
});
