import type { Draft } from '../../share/playground-draft.ts';
import { CheckField, ChoiceField, DomainList, TextField } from './fields.tsx';
import { FEDERATION_MODE_OPTIONS, listLegend } from './options.ts';

export interface Props {
  id: string;
  partner: Draft['lyncOnline'];
  onChange: (partner: Draft['lyncOnline']) => void;
  errorFor: (path: string) => string | undefined;
}

/** Another Office 365 tenant: the same control panel as yours, on their side. */
export function LyncOnlinePartnerFields({ id, partner, onChange, errorFor }: Props) {
  const set = <K extends keyof Draft['lyncOnline']>(key: K, value: Draft['lyncOnline'][K]) => onChange({ ...partner, [key]: value });
  return (
    <>
      <TextField id={`${id}-domain`} label="Their SIP domain" value={partner.domain} onInput={(v) => set('domain', v)} error={errorFor('partner.domain')} />
      <CheckField label="Their Lync DNS records verified" checked={partner.dnsVerified} onChange={(v) => set('dnsVerified', v)} />
      <ChoiceField name={`${id}-mode`} legend="Their Domain Federation tab" value={partner.mode} options={FEDERATION_MODE_OPTIONS} onChange={(v) => set('mode', v)} />
      {partner.mode !== 'disabled' ? (
        <DomainList
          id={`${id}-domains`}
          legend={`Their ${listLegend(partner.mode).toLowerCase()}`}
          itemLabel="Domain"
          items={partner.domains}
          onChange={(v) => set('domains', v)}
          error={errorFor('partner.federation.domains')}
        />
      ) : null}
      <CheckField
        label="Their user is enabled for external access"
        checked={partner.userExternalAccess}
        onChange={(v) => set('userExternalAccess', v)}
      />
    </>
  );
}
