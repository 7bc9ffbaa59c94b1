/** From what a paste showed to the contract's partner object, and its evaluation (fixtures: see read.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../rules/index.ts';
import { decodeText } from '../trace/decode.ts';
import { defaultPartner, defaultTenant, EDGE_SETTINGS, evaluatePartner, PARTNER_SETTINGS, toPartner } from './partner.ts';
import { SETTINGS } from '../../rules/settings.ts';
import { readEdgeConfig, type EdgeConfigRead } from './read.ts';
import { judgeTests } from './test-result.ts';

/** The partner's settings when these cases were written; one added since is shown by none of these pastes, so it is not read. */
const RECORDED = ['domain', 'federationEnabled', 'partnerDiscovery', 'hostingProviders', 'allowedDomains', 'blockedDomains', 'userExternalAccess'];
/** The settings recorded as not read, and any added since, wherever it sits: in the partner object's order. */
const notReadSince = (recorded: string[]) => PARTNER_SETTINGS.filter((s) => recorded.includes(s) || !RECORDED.includes(s));

const read = (text: string): EdgeConfigRead => {
  const r = readEdgeConfig(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const fixture = (name: string) => read(decodeText(readFileSync(new URL(`../../../test/fixtures/edge-config/${name}`, import.meta.url))));

describe('toPartner', () => {
  it('fills every setting the session shows and marks the rest as not read', () => {
    const m = toPartner(fixture('session-list.txt'));
    // What the paste does not show keeps the playground's default (a setting added since, too).
    expect(m.partner).toEqual({
      ...defaultPartner(),
      platform: 'lync-server-2010',
      domain: 'litwareinc.com',
      federationEnabled: true,
      partnerDiscovery: false,
      hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true }],
      allowedDomains: [{ domain: 'contoso.com', proxyFqdn: null }, { domain: 'tailspintoys.com', proxyFqdn: 'sip.tailspintoys.com' }],
      blockedDomains: ['northwindtraders.com'],
      userExternalAccess: true,
    });
    expect(m.notRead).toEqual(notReadSince(['domain']));
    expect(m.readFrom.userExternalAccess).toMatch(/Global EnableFederationAccess, line 71/);
    // What it builds is a valid contract partner.
    expect(parseScenario({ tenant: defaultTenant('contoso.com'), partner: m.partner }).ok).toBe(true);
  });

  it('keeps the reader’s settings where the paste is silent', () => {
    const base = { ...defaultPartner(), domain: 'fabrikam.com', userExternalAccess: false, blockedDomains: ['x.com'] };
    const m = toPartner(fixture('forum-mangled.txt'), { base });
    expect(m.partner).toMatchObject({ domain: 'fabrikam.com', userExternalAccess: false, blockedDomains: ['x.com'], partnerDiscovery: true });
    expect(m.notRead).toEqual(notReadSince(['domain', 'allowedDomains', 'blockedDomains', 'userExternalAccess']));
  });

  it('takes the user’s policy from Get-CsUser, or the one asked for, else Global', () => {
    const r = fixture('errors-and-policies.txt');
    expect(toPartner(r).policy?.identity).toBe('Tag:RedmondFederation');
    expect(toPartner(r).partner.userExternalAccess).toBe(true);
    expect(toPartner(r).partner.domain).toBe('litwareinc.com');
    expect(toPartner(r).readFrom.domain).toMatch(/Get-CsUser/);
    expect(toPartner(r, { policy: 'Global' }).partner.userExternalAccess).toBe(false);
    expect(toPartner(r, { policy: 'nope' }).notRead).toContain('userExternalAccess');
  });

  it('gives hosting providers identities the schema accepts, once each', () => {
    const r = read('Identity : Lync Online (2011)!\nProxyFqdn : sipfed.online.lync.com\nEnabled : True\n\nIdentity : Lync Online (2011)?\nProxyFqdn : sipfed.online.lync.com\nEnabled : False\n');
    const m = toPartner(r);
    expect(m.partner.hostingProviders.map((h) => h.identity)).toEqual(['Lync Online 2011', 'Lync Online 2011 2']);
    expect(parseScenario({ tenant: defaultTenant('contoso.com'), partner: m.partner }).ok).toBe(true);
  });
});

describe('evaluatePartner', () => {
  it('evaluates against the Lync Online domain typed: a session with a working route', () => {
    const e = evaluatePartner(toPartner(fixture('session-list.txt')).partner, 'contoso.com');
    // By modality, not as a whole list: a modality added later does not break this.
    expect(e.ok && Object.fromEntries(e.evaluation.results.map((r) => [r.modality, r.works]))).toMatchObject({ im: true, presence: true, audio: true, video: true, 'file-transfer': false });
  });

  it('finds the blockers the paste shows: federation off on the Edge, no route to Lync Online', () => {
    const e = evaluatePartner(toPartner(fixture('format-table.txt')).partner, 'contoso.com');
    expect(e.ok).toBe(true);
    if (e.ok) expect(e.evaluation.results[0]?.reasons).toContain('partner-federation-disabled');
    const noRoute = evaluatePartner(toPartner(read('AllowFederatedUsers : True\nEnablePartnerDiscovery : True\n')).partner, 'contoso.com');
    if (noRoute.ok) expect(noRoute.evaluation.results[0]?.reasons).toContain('partner-no-route-to-lync-online');
    const wrongProxy = evaluatePartner(toPartner(read('Identity : contoso.com\nDomain : contoso.com\nProxyFqdn :\nMarkForMonitoring : False\n')).partner, 'contoso.com');
    if (wrongProxy.ok) expect(wrongProxy.evaluation.results[0]?.reasons).toContain('partner-proxy-fqdn-missing');
  });
});

describe('judgeTests', () => {
  it('says which test is about the tenant, whether it failed, and explains a known code', () => {
    const verdicts = judgeTests(fixture('test-federated-partner.txt'), 'contoso.com');
    expect(verdicts.map((v) => [v.status, v.aboutTenant, v.entry?.code ?? null])).toEqual([['failure', true, 1034], ['success', false, null]]);
  });
  it('notices a tested domain missing from the allowed list', () => {
    const r = read('PS C:\\> Get-CsAllowedDomain\n\nIdentity : a.com\nDomain : a.com\nProxyFqdn :\n\nPS C:\\> Test-CsFederatedPartner -TargetFqdn e.litwareinc.com -Domain contoso.com\n\nTargetFqdn : e.litwareinc.com\nResult : Failure\nLatency : 00:00:00\nError :\nDiagnosis :\n');
    expect(judgeTests(r, 'contoso.com')[0]).toMatchObject({ status: 'failure', notOnAllowedList: true, entry: null });
  });
});

describe('the worked example', () => {
  it('reads "Get-CsHostingProvider printed nothing" as no hosting provider, and finds the missing proxy FQDN', () => {
    const m = toPartner(fixture('example-no-route.txt'));
    expect(m.readFrom.hostingProviders).toBeDefined();
    expect(m.partner.hostingProviders).toEqual([]);
    const e = evaluatePartner(m.partner, 'contoso.com');
    expect(e.ok && e.evaluation.results[0]?.reasons).toEqual(['partner-proxy-fqdn-missing']);
  });
});

describe('EDGE_SETTINGS (what the reader says about each partner setting)', () => {
  it("is each setting's own edge words in src/rules/settings.ts, for every setting of the partner object", () => {
    expect(Object.keys(EDGE_SETTINGS)).toEqual([...PARTNER_SETTINGS]);
    for (const setting of PARTNER_SETTINGS.filter((s) => s !== 'domain')) {
      expect(EDGE_SETTINGS[setting], setting).toEqual(SETTINGS.find((s) => s.path === `partner.${setting}`)?.edge);
      // A command that shows it, or null: no output shows it (settings.ts says so, and the reader asks no paste for it).
      const shownBy = EDGE_SETTINGS[setting].shownBy;
      if (shownBy !== null) expect(shownBy, setting).toMatch(/^Get-Cs\w+ \| Format-List$/);
    }
    expect(EDGE_SETTINGS.domain.shownBy).toBeNull();
  });
});
