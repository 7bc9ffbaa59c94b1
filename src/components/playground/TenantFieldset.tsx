import type { Draft } from '../../share/playground-draft.ts';
import { CheckField, ChoiceField, DomainList, SelectField, TextField } from './fields.tsx';
import { FEDERATION_MODE_OPTIONS, listLegend } from './options.ts';

export interface Props {
  id: string;
  tenant: Draft['tenant'];
  onChange: (tenant: Draft['tenant']) => void;
  errorFor: (path: string) => string | undefined;
}

/** Your Lync Online tenant: the Lync Online control panel's settings, tab by tab. */
export function TenantFieldset({ id, tenant, onChange, errorFor }: Props) {
  const set = <K extends keyof Draft['tenant']>(key: K, value: Draft['tenant'][K]) => onChange({ ...tenant, [key]: value });
  return (
    <fieldset class="lf-group">
      <legend>Your Lync Online tenant</legend>
      <TextField id={`${id}-domain`} label="Your SIP domain" value={tenant.domain} onInput={(v) => set('domain', v)} error={errorFor('tenant.domain')} />
      <CheckField label="Lync DNS records verified" checked={tenant.dnsVerified} onChange={(v) => set('dnsVerified', v)} />
      <ChoiceField name={`${id}-mode`} legend="Domain Federation tab" value={tenant.mode} options={FEDERATION_MODE_OPTIONS} onChange={(v) => set('mode', v)} />
      {tenant.mode !== 'disabled' ? (
        <DomainList
          id={`${id}-domains`}
          legend={listLegend(tenant.mode)}
          itemLabel="Domain"
          items={tenant.domains}
          onChange={(v) => set('domains', v)}
          error={errorFor('tenant.federation.domains')}
        />
      ) : null}
      <SelectField
        id={`${id}-public-im`}
        label="Public IM Connectivity tab, for your domain"
        value={tenant.publicIm}
        options={[
          { value: 'disabled', label: 'Not enabled' },
          { value: 'pending', label: 'Enabled, still provisioning' },
          { value: 'enabled', label: 'Enabled' },
        ]}
        onChange={(v) => set('publicIm', v)}
      />
      <CheckField
        label="Your user is enabled for external access (User Information tab)"
        checked={tenant.userExternalAccess}
        onChange={(v) => set('userExternalAccess', v)}
      />
    </fieldset>
  );
}
