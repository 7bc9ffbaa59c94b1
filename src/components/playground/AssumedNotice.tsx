import { PLATFORM_LABEL } from '../../share/labels.ts';
import { assumedLabels } from '../../share/assumed-fields.ts';
import type { Draft } from '../../share/playground-draft.ts';

export interface Props {
  draft: Draft;
  /** The assumed fields' permalink parameters that the reader has not changed yet. */
  assumed: readonly string[];
}

/**
 * The fields a partner look-up filled in without knowing them, each marked "assumed" until the
 * reader changes it: the verdicts below rest on them, so they are named above the form.
 */
export function AssumedNotice({ draft, assumed }: Props) {
  if (assumed.length === 0) return null;
  const labels = assumedLabels(draft, assumed);
  return (
    <div class="lf-notice lf-assumed" data-testid="playground-assumed">
      <strong>Assumed, not known.</strong> The partner look-up guessed {assumed.includes('p') ? <>the partner's kind ({PLATFORM_LABEL[draft.platform]}) from DNS and </> : null}
      left these settings at the playground's defaults; the verdicts rest on them. Change any you know:
      <ul>
        {labels.map((label, i) => (
          <li key={i}>
            {label} <span class="lf-badge lf-badge-assumed">assumed</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
