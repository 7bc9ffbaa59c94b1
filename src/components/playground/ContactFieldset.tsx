import type { Draft, Modality } from '../../share/playground-draft.ts';
import { MODALITIES } from '../../share/playground-draft.ts';
import { CheckField, TextField } from './fields.tsx';
import { MODALITY_LABEL } from '../../share/labels.ts';

export interface Props {
  id: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  errorFor: (path: string) => string | undefined;
}

/** What your user does: the address typed into Lync, and what they want to use. */
export function ContactFieldset({ id, draft, onChange, errorFor }: Props) {
  const toggle = (modality: Modality, on: boolean) =>
    // Ticking a box puts the modality back in the usual order; unticking keeps the rest as they are.
    onChange({
      ...draft,
      modalities: on ? MODALITIES.filter((m) => m === modality || draft.modalities.includes(m)) : draft.modalities.filter((m) => m !== modality),
    });
  return (
    <fieldset class="lf-group">
      <legend>Your user</legend>
      <TextField
        id={`${id}-contact`}
        label="Address typed into Lync"
        value={draft.contact}
        placeholder="the partner's own address"
        hint="Leave empty to use the partner's own address. For a Messenger user with their own domain, try both forms."
        onInput={(contact) => onChange({ ...draft, contact })}
        error={errorFor('contact')}
      />
      <fieldset class="lf-choice">
        <legend>Modalities</legend>
        {MODALITIES.map((modality) => (
          <CheckField key={modality} label={MODALITY_LABEL[modality]} checked={draft.modalities.includes(modality)} onChange={(on) => toggle(modality, on)} />
        ))}
        {errorFor('modalities') ? <p class="lf-field-error">{errorFor('modalities')}</p> : null}
      </fieldset>
    </fieldset>
  );
}
