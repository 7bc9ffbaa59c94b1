import type { AllowedDomainDraft, Draft, HostingProviderDraft, OnPremPlatform } from '../../share/playground-draft.ts';
import { SIPFED } from '../../share/playground-draft.ts';
import { CheckField, DomainList, TextField } from './fields.tsx';

export interface Props {
  id: string;
  platform: OnPremPlatform;
  partner: Draft['onPremises'];
  onChange: (partner: Draft['onPremises']) => void;
  errorFor: (path: string) => string | undefined;
}

/**
 * A partner with Lync Server 2010 or OCS on premises: their Edge's switches, the hosting
 * providers (Lync Server 2010 only) and the allowed and blocked domain lists.
 */
export function OnPremPartnerFields({ id, platform, partner, onChange, errorFor }: Props) {
  const set = <K extends keyof Draft['onPremises']>(key: K, value: Draft['onPremises'][K]) => onChange({ ...partner, [key]: value });
  const setProvider = (index: number, change: Partial<HostingProviderDraft>) =>
    set('hostingProviders', partner.hostingProviders.map((h, i) => (i === index ? { ...h, ...change } : h)));
  const setAllowed = (index: number, change: Partial<AllowedDomainDraft>) =>
    set('allowedDomains', partner.allowedDomains.map((a, i) => (i === index ? { ...a, ...change } : a)));
  return (
    <>
      <TextField id={`${id}-domain`} label="Their SIP domain" value={partner.domain} onInput={(v) => set('domain', v)} error={errorFor('partner.domain')} />
      <CheckField label="Their Edge allows federated users" checked={partner.federationEnabled} onChange={(v) => set('federationEnabled', v)} />
      <CheckField
        label="Partner discovery is on (open federation)"
        checked={partner.partnerDiscovery}
        onChange={(v) => set('partnerDiscovery', v)}
      />
      {platform === 'lync-server-2010' ? (
        <fieldset class="lf-list">
          <legend>Hosting providers (New-CsHostingProvider)</legend>
          {partner.hostingProviders.length === 0 ? <p class="lf-hint">None.</p> : null}
          {partner.hostingProviders.map((provider, index) => (
            <div class="lf-list-entry" key={index}>
              <TextField id={`${id}-hp-${index}-identity`} label={`Provider ${index + 1}: identity`} value={provider.identity} onInput={(identity) => setProvider(index, { identity })} error={errorFor(`partner.hostingProviders.${index}.identity`)} />
              <TextField id={`${id}-hp-${index}-fqdn`} label={`Provider ${index + 1}: proxy FQDN`} value={provider.proxyFqdn} onInput={(proxyFqdn) => setProvider(index, { proxyFqdn })} error={errorFor(`partner.hostingProviders.${index}.proxyFqdn`)} />
              <CheckField label={`Provider ${index + 1} enabled`} checked={provider.enabled} onChange={(enabled) => setProvider(index, { enabled })} />
              <button type="button" class="lf-button" onClick={() => set('hostingProviders', partner.hostingProviders.filter((_, i) => i !== index))}>
                Remove provider {index + 1}
              </button>
            </div>
          ))}
          <button type="button" class="lf-button" onClick={() => set('hostingProviders', [...partner.hostingProviders, { identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: true }])}>
            Add hosting provider
          </button>
        </fieldset>
      ) : (
        <p class="lf-hint">OCS has no hosting providers: only its Edge's Allow list can reach Lync Online.</p>
      )}
      <fieldset class="lf-list">
        <legend>{platform === 'lync-server-2010' ? 'Allowed domains (New-CsAllowedDomain)' : 'Allowed domains (Edge Allow tab)'}</legend>
        {partner.allowedDomains.length === 0 ? <p class="lf-hint">None.</p> : null}
        {partner.allowedDomains.map((entry, index) => (
          <div class="lf-list-entry" key={index}>
            <TextField id={`${id}-ad-${index}-domain`} label={`Allowed domain ${index + 1}`} value={entry.domain} onInput={(domain) => setAllowed(index, { domain })} error={errorFor(`partner.allowedDomains.${index}.domain`)} />
            <TextField
              id={`${id}-ad-${index}-fqdn`}
              label={`Allowed domain ${index + 1}: proxy FQDN`}
              value={entry.proxyFqdn}
              hint="Leave empty for an entry made without -ProxyFqdn."
              onInput={(proxyFqdn) => setAllowed(index, { proxyFqdn })}
              error={errorFor(`partner.allowedDomains.${index}.proxyFqdn`)}
            />
            <button type="button" class="lf-button" onClick={() => set('allowedDomains', partner.allowedDomains.filter((_, i) => i !== index))}>
              Remove allowed domain {index + 1}
            </button>
          </div>
        ))}
        <button type="button" class="lf-button" onClick={() => set('allowedDomains', [...partner.allowedDomains, { domain: '', proxyFqdn: SIPFED }])}>
          Add allowed domain
        </button>
      </fieldset>
      <DomainList id={`${id}-blocked`} legend="Blocked domains" itemLabel="Blocked domain" items={partner.blockedDomains} onChange={(v) => set('blockedDomains', v)} error={errorFor('partner.blockedDomains')} />
      <CheckField
        label="Their user's external access policy allows federation"
        checked={partner.userExternalAccess}
        onChange={(v) => set('userExternalAccess', v)}
      />
    </>
  );
}
