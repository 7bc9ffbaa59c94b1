import { MODALITY_LABEL } from '../../share/labels.ts';
import type { EdgeVerdict } from '../../tools/edge-config/index.ts';

export interface Props {
  verdict: EdgeVerdict;
}

/**
 * The verdict while the paste leaves settings out that can change it: per modality, decided or
 * "not decided", and what to paste next (the command that shows each missing setting). Nothing
 * here is worked out: it shows the pure verdict (tools/edge-config/verdict.ts).
 */
export function Undecided({ verdict }: Props) {
  const next = verdict.notInPaste.filter((n, i, all) => all.findIndex((m) => m.command === n.command) === i);
  return (
    <div data-testid="edge-undecided">
      <ul class="lf-verdicts">
        {verdict.modalities.map((m) => (
          <li key={m.modality} class="lf-verdict" data-modality={m.modality} data-works={m.decided ? String(m.works) : 'undecided'}>
            <span class="lf-verdict-name">{MODALITY_LABEL[m.modality]}</span>{' '}
            {m.decided ? (m.works ? 'works' : `does not work (${m.reasons.join(', ')})`) : `not decided: the paste does not show ${m.pasteNext.map((p) => p.path).join(', ')}`}
          </li>
        ))}
      </ul>
      <p>Not in your paste, so not judged (never taken as a default). To decide, paste the output of:</p>
      <ul>
        {next.map((n) => (
          <li key={n.command} data-setting={n.setting}>
            <code>{n.command}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
