/**
 * A shared playground link's preview, in a form a fixed set of images can show truthfully: how
 * many of the modalities work in the link's scenario, and whether any answer is uncertain. The
 * site builds one image per tally (src/pages/og/playground/[tally].png.ts); the host's edge
 * function (functions/) evaluates the link with the rules and points the preview at the image of
 * its tally, with every verdict in words in the description and the image's alt text. An image
 * that names a count claims no modality it cannot see, so it can never contradict the scenario.
 */
import { MODALITIES, type ModalityResult } from '../rules/index.ts';
import { MODALITY_LABEL, VERDICT_LABEL } from '../share/labels.ts';

export interface VerdictTally {
  /** Modalities whose verdict is "works". */
  working: number;
  /** Every modality (the rules answer for each). */
  total: number;
  /** Some verdict rests on a fact the reference marks uncertain. */
  uncertain: boolean;
}

export function tallyOf(results: readonly Pick<ModalityResult, 'works' | 'certainty'>[]): VerdictTally {
  return {
    working: results.filter((r) => r.works).length,
    total: results.length,
    uncertain: results.some((r) => r.certainty === 'uncertain'),
  };
}

/** The image's name: "3-of-5", "3-of-5-uncertain". */
export function tallyId({ working, total, uncertain }: VerdictTally): string {
  return `${working}-of-${total}${uncertain ? '-uncertain' : ''}`;
}

/** Where the tally's image is served. */
export const tallyImagePath = (tally: VerdictTally) => `/og/playground/${tallyId(tally)}.png`;

/** Every tally the rules can produce: 0..N working, with and without an uncertain answer. */
export const ALL_TALLIES: readonly VerdictTally[] = Array.from({ length: MODALITIES.length + 1 }, (_, working) =>
  [false, true].map((uncertain) => ({ working, total: MODALITIES.length, uncertain })),
).flat();

/** What the image says, in one line. */
export function tallyHeadline({ working, total, uncertain }: VerdictTally): string {
  const count = working === 0 ? `None of the ${total} modalities works` : working === total ? `All ${total} modalities work` : `${working} of ${total} modalities work`;
  return `${count} in this shared scenario${uncertain ? ' (some answers uncertain)' : ''}`;
}

/** Every verdict in words, as the preview's description and alt text give them. */
export function verdictsInWords(results: readonly Pick<ModalityResult, 'modality' | 'verdict' | 'certainty'>[]): string {
  return results.map((r) => `${MODALITY_LABEL[r.modality]}: ${VERDICT_LABEL[r.verdict].toLowerCase()}${r.certainty === 'uncertain' ? ' (uncertain)' : ''}`).join(', ');
}
