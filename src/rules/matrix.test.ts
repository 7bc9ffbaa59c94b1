import { describe, expect, it } from 'vitest';
import { MATRIX, MODALITIES, PLATFORMS, supportOf } from './matrix.ts';

describe('MATRIX', () => {
  it('has every partner kind and modality', () => {
    for (const p of PLATFORMS) expect(Object.keys(MATRIX[p]).sort()).toEqual([...MODALITIES].sort());
  });
  it('never supports file transfer; Messenger has IM and presence only', () => {
    for (const p of PLATFORMS) expect(MATRIX[p]['file-transfer'].supported).toBe(false);
    expect(MODALITIES.filter((m) => MATRIX['windows-live-messenger'][m].supported)).toEqual(['im', 'presence']);
  });
  it('marks OCS 2007 audio and video as works, uncertain, with the reason', () => {
    for (const m of ['audio', 'video'] as const) {
      expect(MATRIX['ocs-2007'][m]).toMatchObject({ supported: true, certainty: 'uncertain', source: { kind: 'evidence', evidence: 'modalities#audio-and-video', confidence: 'uncertain' } });
      expect(MATRIX['ocs-2007'][m].uncertainty).toMatch(/Office Communicator/);
    }
    expect(MATRIX['ocs-2007-r2'].audio.certainty).toBe('certain');
  });
});

describe('supportOf', () => {
  it('reads one cell', () => {
    expect(supportOf('lync-server-2010', 'video').supported).toBe(true);
  });
});

describe('each cell says what its source can bear', () => {
  it('a cell whose source is uncertain is uncertain itself, and says why (a certain cell on an uncertain source would be said as fact everywhere)', () => {
    for (const platform of PLATFORMS) {
      for (const modality of MODALITIES) {
        const cell = MATRIX[platform][modality];
        const where = `MATRIX['${platform}']['${modality}'] in src/rules/matrix.ts`;
        if (cell.source.kind === 'evidence' && cell.source.confidence === 'uncertain') expect(cell.certainty, `${where}: its source's confidence is "uncertain"`).toBe('uncertain');
        if (cell.certainty === 'uncertain') expect(cell.uncertainty, `${where}: an uncertain cell says why`).toBeTruthy();
      }
    }
  });
});
