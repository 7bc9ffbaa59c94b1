import type { Draft, Platform } from '../../share/playground-draft.ts';
import { TENANT_FIELDS } from '../../share/playground-fields.ts';
import { FieldRows } from './FieldRows.tsx';

export interface Props {
  id: string;
  tenant: Draft['tenant'];
  platform: Platform;
  onChange: (tenant: Draft['tenant']) => void;
  errorFor: (path: string) => string | undefined;
}

/** Your Lync Online tenant: the Lync Online control panel's settings, tab by tab. */
export function TenantFieldset({ id, tenant, platform, onChange, errorFor }: Props) {
  return (
    <fieldset class="lf-group">
      <legend>Your Lync Online tenant</legend>
      <FieldRows id={id} table={TENANT_FIELDS} group={tenant} platform={platform} onChange={onChange} at="tenant" errorFor={errorFor} />
    </fieldset>
  );
}
