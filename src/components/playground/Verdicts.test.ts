import { describe, expect, it } from 'vitest';
import { evaluateInput } from '../../rules/index.ts';
import { PRESETS } from '../../scenarios/presets.ts';
import { sharedReasons } from './Verdicts.tsx';

function evaluationOf(change: (input: any) => void) {
  const input = structuredClone(PRESETS['both-on-lync-online'].scenario) as any;
  change(input);
  const result = evaluateInput(input);
  if (!result.ok) throw new Error(result.message);
  return result.evaluation;
}

describe('sharedReasons', () => {
  it('lists the blockers every modality has', () => {
    const evaluation = evaluationOf((input) => (input.tenant.userExternalAccess = false));
    expect(sharedReasons(evaluation)).toEqual(['tenant-user-not-enabled']);
  });
  it('leaves out a blocker only one modality has', () => {
    const evaluation = evaluationOf(() => {});
    expect(sharedReasons(evaluation)).toEqual([]);
  });
  it('has nothing to share with a single modality', () => {
    const evaluation = evaluationOf((input) => {
      input.tenant.userExternalAccess = false;
      input.modalities = ['im'];
    });
    expect(sharedReasons(evaluation)).toEqual([]);
  });
});
