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
  const next = verdict.notInPaste.filter((n, i, all) => n.command !== null && all.findIndex((m) => m.command === n.command) === i);
  // Settings no Management Shell output shows: the reader answers them, no paste can.
  const unshown = verdict.notInPaste.filter((n) => n.command === null);
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
      {next.length > 0 ? (
        <>
          <p>Not in your paste, so not judged (never taken as a default). To decide, paste the output of:</p>
          <ul>
            {next.map((n) => (
              <li key={n.command} data-setting={n.setting}>
                <code>{n.command}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {unshown.length > 0 ? (
        <p data-testid="edge-unshown">
          No Management Shell output shows {unshown.map((n) => n.path).join(', ')}: it stays unknown (never taken as a default) until you answer it in Diagnose a contact or the playground.
        </p>
      ) : null}
    </div>
  );
}
