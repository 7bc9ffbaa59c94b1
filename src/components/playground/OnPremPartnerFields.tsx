import type { AllowedDomainDraft, Draft, HostingProviderDraft, OnPremPlatform } from '../../share/playground-draft.ts';
import { NEW_ALLOWED_DOMAIN, NEW_HOSTING_PROVIDER, ON_PREMISES_FIELDS, words } from '../../share/playground-fields.ts';
import { CheckField, TextField } from './fields.tsx';
import { FieldRows } from './FieldRows.tsx';

export interface Props {
  id: string;
  platform: OnPremPlatform;
  partner: Draft['onPremises'];
  onChange: (partner: Draft['onPremises']) => void;
  errorFor: (path: string) => string | undefined;
}

/**
 * A partner with Lync Server 2010 or OCS on premises: the field table's fields, with the two lists
 * whose entries have several parts (hosting providers, Lync Server 2010 only; allowed domains) drawn here.
 */
export function OnPremPartnerFields({ id, platform, partner, onChange, errorFor }: Props) {
  const { hostingProviders: hp, allowedDomains: ad } = ON_PREMISES_FIELDS;
  const providers = (rows: HostingProviderDraft[], set: (rows: HostingProviderDraft[]) => void) => {
    if (!(hp.shown?.(partner, platform) ?? true)) return <p class="lf-hint">OCS has no hosting providers: only its Edge's Allow list can reach Lync Online.</p>;
    const change = (index: number, part: Partial<HostingProviderDraft>) => set(rows.map((h, i) => (i === index ? { ...h, ...part } : h)));
    return (
      <fieldset class="lf-list">
        <legend>{words(hp.label, partner, platform)}</legend>
        {rows.length === 0 ? <p class="lf-hint">None.</p> : null}
        {rows.map((provider, index) => (
          <div class="lf-list-entry" key={index}>
            <TextField id={`${id}-hp-${index}-identity`} label={`Provider ${index + 1}: identity`} value={provider.identity} onInput={(identity) => change(index, { identity })} error={errorFor(`partner.hostingProviders.${index}.identity`)} />
            <TextField id={`${id}-hp-${index}-fqdn`} label={`Provider ${index + 1}: proxy FQDN`} value={provider.proxyFqdn} onInput={(proxyFqdn) => change(index, { proxyFqdn })} error={errorFor(`partner.hostingProviders.${index}.proxyFqdn`)} />
            <CheckField label={`Provider ${index + 1} enabled`} checked={provider.enabled} onChange={(enabled) => change(index, { enabled })} />
            <button type="button" class="lf-button" onClick={() => set(rows.filter((_, i) => i !== index))}>
              Remove provider {index + 1}
            </button>
          </div>
        ))}
        <button type="button" class="lf-button" onClick={() => set([...rows, { ...NEW_HOSTING_PROVIDER }])}>
          Add hosting provider
        </button>
      </fieldset>
    );
  };
  const allowed = (rows: AllowedDomainDraft[], set: (rows: AllowedDomainDraft[]) => void) => {
    const change = (index: number, part: Partial<AllowedDomainDraft>) => set(rows.map((a, i) => (i === index ? { ...a, ...part } : a)));
    return (
      <fieldset class="lf-list">
        <legend>{words(ad.label, partner, platform)}</legend>
        {rows.length === 0 ? <p class="lf-hint">None.</p> : null}
        {rows.map((entry, index) => (
          <div class="lf-list-entry" key={index}>
            <TextField id={`${id}-ad-${index}-domain`} label={`Allowed domain ${index + 1}`} value={entry.domain} onInput={(domain) => change(index, { domain })} error={errorFor(`partner.allowedDomains.${index}.domain`)} />
            <TextField
              id={`${id}-ad-${index}-fqdn`}
              label={`Allowed domain ${index + 1}: proxy FQDN`}
              value={entry.proxyFqdn}
              hint="Leave empty for an entry made without -ProxyFqdn."
              onInput={(proxyFqdn) => change(index, { proxyFqdn })}
              error={errorFor(`partner.allowedDomains.${index}.proxyFqdn`)}
            />
            <button type="button" class="lf-button" onClick={() => set(rows.filter((_, i) => i !== index))}>
              Remove allowed domain {index + 1}
            </button>
          </div>
        ))}
        <button type="button" class="lf-button" onClick={() => set([...rows, { ...NEW_ALLOWED_DOMAIN }])}>
          Add allowed domain
        </button>
      </fieldset>
    );
  };
  return (
    <FieldRows
      id={id}
      table={ON_PREMISES_FIELDS}
      group={partner}
      platform={platform}
      onChange={onChange}
      at="partner"
      errorFor={errorFor}
      custom={{ hostingProviders: providers, allowedDomains: allowed }}
    />
  );
}
