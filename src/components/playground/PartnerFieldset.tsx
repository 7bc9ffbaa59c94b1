import { isLyncServer } from '../../rules/index.ts';
import type { Draft, Platform } from '../../share/playground-draft.ts';
import { PLATFORMS } from '../../share/playground-draft.ts';
import { LYNC_ONLINE_FIELDS, MESSENGER_FIELDS, PLATFORM_FIELD } from '../../share/playground-fields.ts';
import { SelectField } from './fields.tsx';
import { FieldRows } from './FieldRows.tsx';
import { PLATFORM_LABEL } from '../../share/labels.ts';
import { OnPremPartnerFields } from './OnPremPartnerFields.tsx';
import { EdgePastePanel } from '../edge-config/EdgePastePanel.tsx';

export interface Props {
  id: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  errorFor: (path: string) => string | undefined;
}

/** The partner: pick the kind, then the settings that kind of partner has (the field table's groups). */
export function PartnerFieldset({ id, draft, onChange, errorFor }: Props) {
  const platform = draft.platform;
  return (
    <fieldset class="lf-group">
      <legend>The partner</legend>
      <SelectField
        id={`${id}-platform`}
        label={PLATFORM_FIELD.label}
        value={platform}
        options={PLATFORMS.map((value: Platform) => ({ value, label: PLATFORM_LABEL[value] }))}
        onChange={(next) => onChange({ ...draft, platform: next })}
      />
      {platform === 'lync-online' ? (
        <FieldRows id={`${id}-lo`} table={LYNC_ONLINE_FIELDS} group={draft.lyncOnline} platform={platform} onChange={(lyncOnline) => onChange({ ...draft, lyncOnline })} at="partner" errorFor={errorFor} />
      ) : platform === 'windows-live-messenger' ? (
        <FieldRows id={`${id}-wlm`} table={MESSENGER_FIELDS} group={draft.messenger} platform={platform} onChange={(messenger) => onChange({ ...draft, messenger })} at="partner" errorFor={errorFor} />
      ) : (
        <>
          {/* A Lync Server Edge only: OCS has no Management Shell cmdlets to paste. */}
          {isLyncServer(platform) ? (
            <EdgePastePanel id={`${id}-edge`} partner={draft.onPremises} onApply={(onPremises) => onChange({ ...draft, onPremises })} />
          ) : null}
          <OnPremPartnerFields
            id={`${id}-op`}
            platform={platform}
            partner={draft.onPremises}
            onChange={(onPremises) => onChange({ ...draft, onPremises })}
            errorFor={errorFor}
          />
        </>
      )}
    </fieldset>
  );
}
