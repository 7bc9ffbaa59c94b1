import { describe, expect, it } from 'vitest';
import { readEdgeConfig, toPartner } from '../../tools/edge-config/index.ts';
import { EDGE_SETTINGS, PARTNER_SETTINGS } from '../../tools/edge-config/partner.ts';
import { emptyDraft } from '../../share/playground-draft.ts';
import { describeFill, draftToPartner, partnerToDraft } from './draft-bridge.ts';

describe('draft bridge', () => {
  it('round-trips the form, blank proxy FQDNs as null', () => {
    const d = { ...emptyDraft().onPremises, allowedDomains: [{ domain: 'contoso.com', proxyFqdn: ' ' }], hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: false }] };
    const p = draftToPartner(d);
    expect(p.allowedDomains).toEqual([{ domain: 'contoso.com', proxyFqdn: null }]);
    expect(partnerToDraft(p)).toEqual({ ...d, allowedDomains: [{ domain: 'contoso.com', proxyFqdn: '' }] });
  });
  it('fills what the paste shows and keeps the rest as the reader set it, and says which', () => {
    const base = { ...emptyDraft().onPremises, domain: 'fabrikam.com', blockedDomains: ['x.com'], userExternalAccess: false };
    const read = readEdgeConfig('AllowFederatedUsers : False\nEnablePartnerDiscovery : True\n');
    if (!read.ok) throw new Error(read.message);
    const mapped = toPartner(read.value, { base: draftToPartner(base) });
    expect(partnerToDraft(mapped.partner)).toMatchObject({ domain: 'fabrikam.com', federationEnabled: false, partnerDiscovery: true, blockedDomains: ['x.com'], userExternalAccess: false });
    // Every other setting (one the partner gains since, too, wherever it sits) is "not in the paste", in the partner object's order.
    const kept = PARTNER_SETTINGS.filter((s) => s !== 'federationEnabled' && s !== 'partnerDiscovery').map((s) => EDGE_SETTINGS[s].words);
    expect(kept.slice(0, 1)).toEqual(['their SIP domain']);
    expect(describeFill(mapped)).toBe(`Filled from the paste: federation on their Edge, partner discovery. Not in the paste, left as you set them: ${kept.join(', ')}.`);
  });
});
