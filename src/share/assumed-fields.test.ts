import { describe, expect, it } from 'vitest';
import { decodePlaygroundParams } from './playground-params.ts';
import { fromScenarioInput } from './playground-draft.ts';
import { assumedLabels, assumedLink, partnerParams, readAssumed, stillAssumed } from './assumed-fields.ts';

const input = {
  tenant: { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked' as const, domains: [] }, publicIm: 'disabled' as const, userExternalAccess: true },
  partner: { platform: 'lync-server-2010' as const, domain: 'litwareinc.com', federationEnabled: true, partnerDiscovery: false, hostingProviders: [], allowedDomains: [{ domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }], blockedDomains: [], userExternalAccess: true },
};

describe('fields marked assumed in a playground link', () => {
  it('the link opens the same scenario, reports nothing unknown, and names the assumed fields', () => {
    const assumed = partnerParams('lync-server-2010').filter((p) => p !== 'them');
    const link = assumedLink(input, assumed);
    const decoded = decodePlaygroundParams(link);
    expect(decoded.problems).toEqual([]);
    expect(decoded.draft.onPremises.domain).toBe('litwareinc.com');
    expect(decoded.draft.platform).toBe('lync-server-2010');
    expect(readAssumed(link)).toEqual(assumed);
    expect(assumedLabels(decoded.draft, ['p', 'discovery'])).toEqual(['Where the person you want to reach is', 'Partner discovery is on (open federation)']);
  });

  it('a link without it reads as before; unknown names are dropped', () => {
    expect(readAssumed('?v=1&you=contoso.com')).toEqual([]);
    expect(readAssumed('?assumed=p,nonsense,assumed')).toEqual(['p']);
  });

  it('a field stops being assumed once the reader changes it', () => {
    const opened = fromScenarioInput(input);
    const changed = { ...opened, onPremises: { ...opened.onPremises, partnerDiscovery: true } };
    expect(stillAssumed(changed, opened, ['p', 'discovery', 'edge'])).toEqual(['p', 'edge']);
    const otherKind = { ...opened, platform: 'lync-online' as const };
    expect(stillAssumed(otherKind, opened, ['p', 'discovery', 'pim'])).toEqual(['pim']);
  });
});
