import { Fragment } from 'preact';
import type { Draft } from '../../share/playground-draft.ts';
import { settingsLines } from '../../share/playground-summary.ts';

/** The compact summary as a short description list (its words: the field table's). */
export function SettingsSummary({ draft }: { draft: Draft }) {
  return (
    <dl class="lf-settings">
      {settingsLines(draft).map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
