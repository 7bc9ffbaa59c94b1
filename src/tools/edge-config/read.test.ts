/**
 * The Edge configuration reader on the fixture corpus (test/fixtures/edge-config/, our own values).
 * Field names and value spellings are Microsoft's (src/tools/edge-config/sources.ts); where each
 * paste form was seen:
 * - session-list.txt (default list output of six cmdlets, prompt lines, CRLF, a wrapped
 *   AutodiscoverUrl): Get-CsAccessEdgeConfiguration's list as in Microsoft's Skype for Business
 *   Server federation pages ("RoutingMethod : UseDnsSrvRouting"); Get-CsAllowedDomain and
 *   Get-CsBlockedDomain as in "View Edge Server settings in Lync Server 2013"
 *   (https://technet.microsoft.com/en-us/library/Dn747890(v=OCS.15)); Get-CsExternalAccessPolicy
 *   with "Tag:" identities as in Microsoft's external access policy pages;
 * - format-table.txt (Format-Table, "..." truncation, Select-Object Allow*): the Select-Object
 *   Allow* example of Get-CsAccessEdgeConfiguration (Lync Server 2010 reference, gg398574);
 * - test-federated-partner.txt: the TargetFqdn / Result / Latency / Error / Diagnosis output in
 *   "Testing ability to connect to a federated domain from Lync Server 2013"; the failure's Error
 *   and Diagnosis wording is our own (Microsoft shows only the success form);
 * - utf16-redirect.txt: `Get-CsAccessEdgeConfiguration > edge.txt` (Windows PowerShell writes
 *   UTF-16LE with a byte-order mark);
 * - forum-mangled.txt and errors-and-policies.txt: forum pastes (text around the output, `[PS]`
 *   prompts, curly quotes, non-breaking spaces, a broken line, PowerShell errors, a Set- command).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../trace/decode.ts';
import { diagnosticCode, proxyFqdnClashes, readEdgeConfig, type EdgeConfigRead } from './read.ts';

const fixture = (name: string) => decodeText(readFileSync(new URL(`../../../test/fixtures/edge-config/${name}`, import.meta.url)));
const read = (text: string): EdgeConfigRead => {
  const r = readEdgeConfig(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('readEdgeConfig', () => {
  it('reads a whole session of list output, every line accounted for', () => {
    const r = read(fixture('session-list.txt'));
    expect(r.cmdlets).toEqual(['Get-CsAccessEdgeConfiguration', 'Get-CsHostingProvider', 'Get-CsAllowedDomain', 'Get-CsBlockedDomain', 'Get-CsExternalAccessPolicy']);
    expect(r.edge).toMatchObject({ allowFederatedUsers: true, enablePartnerDiscovery: false, routingMethod: 'UseDnsSrvRouting' });
    expect(r.hostingProviders).toEqual([{ line: 29, identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true, verificationLevel: 'UseSourceVerification', isLocal: false }]);
    expect(r.allowedDomains.map((a) => [a.domain, a.proxyFqdn])).toEqual([['contoso.com', null], ['tailspintoys.com', 'sip.tailspintoys.com']]);
    expect(r.blockedDomains.map((b) => b.domain)).toEqual(['northwindtraders.com']);
    expect(r.policies.map((p) => [p.identity, p.scope, p.enableFederationAccess])).toEqual([['Global', 'global', true], ['Tag:FederationOnly', 'user', true]]);
    expect(r.unread).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('reads a UTF-16 file saved from a redirect', () => {
    const bytes = readFileSync(new URL('../../../test/fixtures/edge-config/utf16-redirect.txt', import.meta.url));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const r = read(decodeText(bytes));
    expect(r.edge).toMatchObject({ allowFederatedUsers: false, enablePartnerDiscovery: false });
  });

  it('reads Format-Table output and says which values the table cut short', () => {
    const r = read(fixture('format-table.txt'));
    expect(r.allowedDomains.map((a) => [a.domain, a.proxyFqdn])).toEqual([['contoso.com', 'sipfed.online.lync.com'], ['fabrikam.com', null]]);
    expect(r.hostingProviders[0]).toMatchObject({ identity: 'LyncOnline', enabled: false });
    expect(r.edge?.allowFederatedUsers).toBe(false);
    expect(r.edge?.enablePartnerDiscovery).toBeNull();
    expect(r.unread).toHaveLength(1);
    expect(r.unread[0]).toMatchObject({ line: 7 });
    expect(r.unread[0]?.why).toMatch(/Format-Table cut Domain short.*Format-List/);
  });

  it('reads a forum paste: prose around it, [PS] prompts, curly quotes, non-breaking spaces, a broken FQDN', () => {
    const r = read(fixture('forum-mangled.txt'));
    expect(r.edge).toMatchObject({ allowFederatedUsers: true, enablePartnerDiscovery: true });
    expect(r.hostingProviders[0]).toMatchObject({ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true });
    expect(r.unread.map((u) => u.text)).toEqual(['Here is what our Edge says, hope it helps:', 'Thanks in advance!']);
  });

  it('sets errors apart, lists a Set- command and another cmdlet’s output as unread, and reads Get-CsUser’s policy', () => {
    const r = read(fixture('errors-and-policies.txt'));
    expect(r.errors.length).toBeGreaterThanOrEqual(4);
    expect(r.errors[0]?.line).toBe(2);
    expect(r.unread.map((u) => u.line)).toEqual([8, 39, 40]);
    expect(r.unread[0]?.why).toMatch(/Set-CsAccessEdgeConfiguration changes settings/);
    expect(r.unread[1]?.why).toMatch(/Get-CsPool/);
    expect(r.policies.map((p) => p.scope)).toEqual(['global', 'site', 'user']);
    expect(r.users).toEqual([{ line: 34, user: 'sip:kenmyer@litwareinc.com', policy: 'RedmondFederation' }]);
  });

  it('reads Test-CsFederatedPartner, with the tested domain from the command line and the code from the text', () => {
    const r = read(fixture('test-federated-partner.txt'));
    expect(r.tests.map((t) => [t.domain, t.result, t.code, t.codeFrom])).toEqual([
      ['contoso.com', 'Failure', 1034, 'number'],
      ['fabrikam.com', 'Success', null, null],
    ]);
  });

  it('lists values that are not what the cmdlet prints as unread, line by line', () => {
    const r = read('Identity : Global\nAllowFederatedUsers : Yes please\nEnablePartnerDiscovery : True\n\nIdentity : bad domain\nDomain : bad domain\nProxyFqdn : sipfed.online.lync.com\n');
    expect(r.edge).toMatchObject({ allowFederatedUsers: null, enablePartnerDiscovery: true });
    expect(r.unread.map((u) => [u.line, u.why.split(' ')[0]])).toEqual([[2, 'AllowFederatedUsers'], [6, 'Domain']]);
  });

  it('tells cmdlets apart by their properties when the prompt lines are missing', () => {
    const r = read('Identity : a.com\nDomain : a.com\nComment :\n\nIdentity : b.com\nDomain : b.com\nProxyFqdn :\nMarkForMonitoring : False\n\nIdentity : Tag:X\nEnableFederationAccess : False');
    expect(r.blockedDomains.map((b) => b.domain)).toEqual(['a.com']);
    expect(r.allowedDomains.map((a) => a.domain)).toEqual(['b.com']);
    expect(r.policies[0]).toMatchObject({ identity: 'Tag:X', scope: 'user', enableFederationAccess: false });
  });

  it('notes default routing', () => {
    const r = read('Identity : Global\nAllowFederatedUsers : True\nRoutingMethod : UseDefaultRouting\nDefaultRouteFqdn : fed.clearinghouse.example\n');
    expect(r.edge?.defaultRouteFqdn).toBe('fed.clearinghouse.example');
    expect(r.notes.join(' ')).toMatch(/UseDefaultRouting/);
  });

  it('fails with one clear sentence when nothing is Edge configuration', () => {
    for (const [text, pattern] of [
      ['', /empty/],
      ['hello world', /Nothing in this paste is Lync Server 2010 Edge configuration/],
      ["PS C:\\> Get-CsHostingProvider\nGet-CsHostingProvider : The term 'Get-CsHostingProvider' is not recognized", /only PowerShell error messages/],
      ['instance of MSFT_SIPFederationExternalEdgeSetting\n{ EnableFederation = TRUE; }', /Office Communications Server 2007.*no Lync Management Shell cmdlets/],
    ] as const) {
      const r = readEdgeConfig(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(pattern);
        expect(r.message).not.toContain('\n');
      }
    }
  });
});

describe('diagnosticCode', () => {
  it('finds a known code by number first, then by its reason phrase alone', () => {
    expect(diagnosticCode('ErrorCode=1034, Reason=...')).toEqual({ code: 1034, from: 'number' });
    expect(diagnosticCode('latency 00:00:00 code 9999')).toBeNull();
    expect(diagnosticCode('Error: From URI not authorized to communicate with public IM providers')).toEqual({ code: 1001, from: 'reason-phrase' });
  });
});

describe('a list cmdlet that printed nothing', () => {
  it('is read as an empty list, said in a note; one that failed is not', () => {
    const ok = readEdgeConfig('PS C:\\> Get-CsHostingProvider\nPS C:\\> Get-CsAllowedDomain\n\nIdentity : a.com\nDomain : a.com\nProxyFqdn :\n');
    if (!ok.ok) throw new Error(ok.message);
    expect(ok.value.cmdlets).toContain('Get-CsHostingProvider');
    expect(ok.value.hostingProviders).toEqual([]);
    expect(ok.value.notes).toEqual(['Get-CsHostingProvider (line 1) printed nothing: read as none configured.']);
    const failed = readEdgeConfig("PS C:\\> Get-CsHostingProvider\nGet-CsHostingProvider : The term 'Get-CsHostingProvider' is not recognized\n\nAllowFederatedUsers : True");
    if (!failed.ok) throw new Error(failed.message);
    expect(failed.value.cmdlets).not.toContain('Get-CsHostingProvider');
  });
});

describe('an allowed domain pointing at a hosting provider\'s FQDN', () => {
  it('warns: harmless on Lync Server 2010, the Edge does not start from Lync Server 2013 CU3', () => {
    const notes = proxyFqdnClashes({
      hostingProviders: [{ line: 1, identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true, verificationLevel: null, isLocal: false }],
      allowedDomains: [
        { line: 9, domain: 'contoso.com', proxyFqdn: 'SIPFED.online.lync.com' },
        { line: 12, domain: 'fabrikam.com', proxyFqdn: null },
      ],
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/contoso\.com .*Harmless on Lync Server 2010.*2013 with CU3.*does not start.*New-CsAllowedDomain -Identity 'contoso\.com'/);
  });
  it('says nothing when the entry has no proxy FQDN or there is no hosting provider', () => {
    expect(proxyFqdnClashes({ hostingProviders: [], allowedDomains: [{ line: 1, domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }] })).toEqual([]);
    expect(proxyFqdnClashes({ hostingProviders: [{ line: 1, identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true, verificationLevel: null, isLocal: false }], allowedDomains: [{ line: 2, domain: 'contoso.com', proxyFqdn: null }] })).toEqual([]);
  });
});

describe('an allowed-domain entry and its proxy FQDN', () => {
  const listing = (lines: string) => read(`PS C:\\> Get-CsAllowedDomain\n\nIdentity : contoso.com\nDomain : contoso.com\n${lines}MarkForMonitoring : False\n`);
  it('printed empty ("ProxyFqdn :") is an entry made without one: the list is known', () => {
    const r = listing('ProxyFqdn :\n');
    expect(r.allowedDomains.map((a) => [a.domain, a.proxyFqdn])).toEqual([['contoso.com', null]]);
    expect(r.incomplete).toEqual([]);
  });
  it('not shown at all (a cut paste) leaves the list unknown, never read as "none"', () => {
    const r = listing('');
    expect(r.incomplete).toEqual(['Get-CsAllowedDomain']);
  });
});
