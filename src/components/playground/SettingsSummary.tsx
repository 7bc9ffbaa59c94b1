import { Fragment } from 'preact';
import type { Draft, FederationMode } from '../../share/playground-draft.ts';
import { MODALITY_LABEL, PLATFORM_LABEL } from '../../share/labels.ts';

const MODE: Record<FederationMode, string> = {
  'allow-all-except-blocked': 'all domains except those blocked',
  'block-all-except-allowed': 'only the domains allowed',
  disabled: 'federation disabled',
};
const PUBLIC_IM: Record<Draft['tenant']['publicIm'], string> = { disabled: 'not enabled', pending: 'still provisioning', enabled: 'enabled' };

const list = (domains: readonly string[]) => (domains.length > 0 ? ` (${domains.join(', ')})` : '');
const onOff = (on: boolean, yes: string, no: string) => (on ? yes : no);

/** The settings of a scenario in a few lines: what the compact playground shows instead of its form. */
export function settingsLines(draft: Draft): Array<[string, string]> {
  const t = draft.tenant;
  const you = [
    t.domain,
    `federation: ${MODE[t.mode]}${list(t.domains)}`,
    `Public IM ${PUBLIC_IM[t.publicIm]}`,
    ...(t.dnsVerified ? [] : ['DNS records not verified']),
    ...(t.userExternalAccess ? [] : ['your user not enabled for external access']),
  ];
  let partner: string[];
  if (draft.platform === 'lync-online') {
    const p = draft.lyncOnline;
    partner = [p.domain, `federation: ${MODE[p.mode]}${list(p.domains)}`, ...(p.dnsVerified ? [] : ['DNS records not verified']), ...(p.userExternalAccess ? [] : ['their user not enabled for external access'])];
  } else if (draft.platform === 'windows-live-messenger') {
    const p = draft.messenger;
    partner = [p.address, onOff(p.acceptsContactRequest, 'accepted your contact request', 'has not accepted your contact request')];
  } else {
    const p = draft.onPremises;
    const providers = p.hostingProviders.map((h) => `${h.identity || h.proxyFqdn}${h.enabled ? '' : ' (disabled)'}`);
    const allowed = p.allowedDomains.map((a) => (a.proxyFqdn ? `${a.domain} → ${a.proxyFqdn}` : a.domain));
    partner = [
      p.domain,
      onOff(p.federationEnabled, 'Edge allows federation', 'Edge does not allow federation'),
      `partner discovery ${onOff(p.partnerDiscovery, 'on', 'off')}`,
      ...(providers.length > 0 ? [`hosting providers: ${providers.join(', ')}`] : []),
      ...(allowed.length > 0 ? [`allowed: ${allowed.join(', ')}`] : []),
      ...(p.blockedDomains.length > 0 ? [`blocked: ${p.blockedDomains.join(', ')}`] : []),
      ...(p.userExternalAccess ? [] : ['their user not allowed to federate']),
    ];
  }
  return [
    ['You, on Lync Online', you.join('; ')],
    [PLATFORM_LABEL[draft.platform], partner.join('; ')],
    ['Address typed', draft.contact || "the partner's own"],
    ['Modalities', draft.modalities.map((m) => MODALITY_LABEL[m]).join(', ') || 'none'],
  ];
}

/** The compact summary as a short description list. */
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
