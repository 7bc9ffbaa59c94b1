import type { Draft, Platform } from '../../share/playground-draft.ts';
import { PLATFORMS } from '../../share/playground-draft.ts';
import { SelectField } from './fields.tsx';
import { PLATFORM_LABEL } from '../../share/labels.ts';
import { LyncOnlinePartnerFields } from './LyncOnlinePartnerFields.tsx';
import { MessengerPartnerFields } from './MessengerPartnerFields.tsx';
import { OnPremPartnerFields } from './OnPremPartnerFields.tsx';
import { EdgePastePanel } from '../edge-config/EdgePastePanel.tsx';

export interface Props {
  id: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  errorFor: (path: string) => string | undefined;
}

/** The partner: pick the kind, then the settings that kind of partner has. */
export function PartnerFieldset({ id, draft, onChange, errorFor }: Props) {
  return (
    <fieldset class="lf-group">
      <legend>The partner</legend>
      <SelectField
        id={`${id}-platform`}
        label="Where the person you want to reach is"
        value={draft.platform}
        options={PLATFORMS.map((value: Platform) => ({ value, label: PLATFORM_LABEL[value] }))}
        onChange={(platform) => onChange({ ...draft, platform })}
      />
      {draft.platform === 'lync-online' ? (
        <LyncOnlinePartnerFields id={`${id}-lo`} partner={draft.lyncOnline} onChange={(lyncOnline) => onChange({ ...draft, lyncOnline })} errorFor={errorFor} />
      ) : draft.platform === 'windows-live-messenger' ? (
        <MessengerPartnerFields id={`${id}-wlm`} partner={draft.messenger} onChange={(messenger) => onChange({ ...draft, messenger })} errorFor={errorFor} />
      ) : (
        <>
          {/* Lync Server 2010 only: OCS has no Management Shell cmdlets to paste. */}
          {draft.platform === 'lync-server-2010' ? (
            <EdgePastePanel id={`${id}-edge`} partner={draft.onPremises} onApply={(onPremises) => onChange({ ...draft, onPremises })} />
          ) : null}
          <OnPremPartnerFields
            id={`${id}-op`}
            platform={draft.platform}
            partner={draft.onPremises}
            onChange={(onPremises) => onChange({ ...draft, onPremises })}
            errorFor={errorFor}
          />
        </>
      )}
    </fieldset>
  );
}
