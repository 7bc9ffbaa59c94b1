import { describe, expect, it } from 'vitest';
import { decodePlaygroundParams } from '../../share/playground-params.ts';
import { readEdgeConfig, toPartner } from '../../tools/edge-config/index.ts';
import { toScenarioInput } from '../playground/draft.ts';
import { playgroundHref, playgroundQuery } from './playground-link.ts';

const PASTE = [
  'PS C:\\> Get-CsAllowedDomain',
  '',
  'Identity          : contoso.com',
  'Domain            : contoso.com',
  'ProxyFqdn         : sipfed.online.lync.com',
  'Comment           : call Ken on 555-0100, edge 10.0.0.5 atl-edge-001.litwareinc.local',
  '',
  'AllowFederatedUsers : True',
].join('\n');

describe('playground link from a paste', () => {
  it('carries the settings, which the playground reads back as the same partner', () => {
    const read = readEdgeConfig(PASTE);
    if (!read.ok) throw new Error(read.message);
    const { partner } = toPartner(read.value);
    const decoded = decodePlaygroundParams(playgroundQuery('contoso.com', partner));
    expect(decoded.problems).toEqual([]);
    const back = toScenarioInput(decoded.draft) as { tenant: { domain: string }; partner: Record<string, unknown> };
    expect(back.tenant.domain).toBe('contoso.com');
    expect(back.partner).toMatchObject({ platform: 'lync-server-2010', allowedDomains: [{ domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }], federationEnabled: true });
  });
  it('never carries anything else from the paste', () => {
    const read = readEdgeConfig(PASTE);
    if (!read.ok) throw new Error(read.message);
    const href = playgroundHref('contoso.com', toPartner(read.value).partner);
    expect(href.startsWith('/playground/?v=1&')).toBe(true);
    for (const secret of ['Ken', '555', '10.0.0.5', 'atl-edge', 'local']) expect(decodeURIComponent(href)).not.toContain(secret);
  });
});
