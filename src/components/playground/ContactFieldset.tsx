import type { Draft, Modality } from '../../share/playground-draft.ts';
import { MODALITIES } from '../../share/playground-draft.ts';
import { USER_FIELDS, words } from '../../share/playground-fields.ts';
import { CheckField } from './fields.tsx';
import { FieldRows } from './FieldRows.tsx';
import { MODALITY_LABEL } from '../../share/labels.ts';

export interface Props {
  id: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  errorFor: (path: string) => string | undefined;
}

/** What your user does: the address typed into Lync, and what they want to use (the field table's user fields). */
export function ContactFieldset({ id, draft, onChange, errorFor }: Props) {
  const modalities = (asked: Modality[], set: (asked: Modality[]) => void) => {
    // Ticking a box puts the modality back in the usual order; unticking keeps the rest as they are.
    const toggle = (modality: Modality, on: boolean) => set(on ? MODALITIES.filter((m) => m === modality || asked.includes(m)) : asked.filter((m) => m !== modality));
    return (
      <fieldset class="lf-choice">
        <legend>{words(USER_FIELDS.modalities.label, draft, draft.platform)}</legend>
        {MODALITIES.map((modality) => (
          <CheckField key={modality} label={MODALITY_LABEL[modality]} checked={asked.includes(modality)} onChange={(on) => toggle(modality, on)} />
        ))}
        {errorFor('modalities') ? <p class="lf-field-error">{errorFor('modalities')}</p> : null}
      </fieldset>
    );
  };
  return (
    <fieldset class="lf-group">
      <legend>Your user</legend>
      <FieldRows<Pick<Draft, 'contact' | 'modalities' | 'asOf'>> id={id} table={USER_FIELDS} group={draft} platform={draft.platform} onChange={(next) => onChange({ ...draft, ...next })} at="" errorFor={errorFor} custom={{ modalities }} />
    </fieldset>
  );
}
