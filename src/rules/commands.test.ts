import { describe, expect, it } from 'vitest';
import * as c from './commands.ts';

describe('psLiteral', () => {
  it('single-quotes and doubles every kind of single quote', () => {
    expect(c.psLiteral('contoso.com')).toBe("'contoso.com'");
    expect(c.psLiteral("o'brien")).toBe("'o''brien'");
    expect(c.psLiteral('a\u2019b')).toBe("'a\u2019\u2019b'");
    expect(c.psLiteral('$(calc)')).toBe("'$(calc)'");
  });
});

describe('Lync Server 2010 commands', () => {
  it('newHostingProvider uses the fuller Microsoft form', () => {
    expect(c.newHostingProvider('LyncOnline').code).toBe(
      "New-CsHostingProvider -Identity 'LyncOnline' -ProxyFqdn 'sipfed.online.lync.com' -Enabled $True -EnabledSharedAddressSpace $False -HostsOCSUsers $False -VerificationLevel UseSourceVerification -IsLocal $False",
    );
  });
  it('newAllowedDomain is one line with -ProxyFqdn; the seed form is two', () => {
    expect(c.newAllowedDomain('contoso.com').code).toBe("New-CsAllowedDomain -Identity 'contoso.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(c.newAllowedDomainTwoStep('contoso.com').code).toBe(
      "New-CsAllowedDomain -Identity 'contoso.com'\nSet-CsAllowedDomain -Identity 'contoso.com' -ProxyFqdn 'sipfed.online.lync.com'",
    );
  });
  it('setAllowedDomainProxy, removeBlockedDomain, enableHostingProvider, recreateHostingProvider', () => {
    expect(c.setAllowedDomainProxy('contoso.com').code).toBe("Set-CsAllowedDomain -Identity 'contoso.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(c.removeBlockedDomain('contoso.com').code).toBe("Remove-CsBlockedDomain -Identity 'contoso.com'");
    expect(c.enableHostingProvider('Lync Online').code).toBe("Set-CsHostingProvider -Identity 'Lync Online' -Enabled $True");
    expect(c.recreateHostingProvider('X').code).toMatch(/^Remove-CsHostingProvider -Identity 'X'\nNew-CsHostingProvider -Identity 'X'/);
  });
  it('enableEdgeFederation adds discovery for open federation', () => {
    expect(c.enableEdgeFederation(false).code).toBe('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True');
    expect(c.enableEdgeFederation(true).code).toBe('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True -UseDnsSrvRouting -EnablePartnerDiscovery $True');
  });
  it('enableFederationPolicy and testFederatedPartner', () => {
    expect(c.enableFederationPolicy().code).toBe('Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $True');
    expect(c.testFederatedPartner('contoso.com').code).toBe("Test-CsFederatedPartner -TargetFqdn $AccessEdge -Domain 'contoso.com' -ProxyFqdn 'sipfed.online.lync.com'");
  });
});

describe('OCS, control panel, DNS and user steps', () => {
  it('OCS Allow-tab entry names the domain and sipfed', () => {
    const cmd = c.ocsAllowEntry('ocs-2007-r2', 'contoso.com');
    expect(cmd).toMatchObject({ language: 'text', platform: 'ocs-2007-r2' });
    expect(cmd.code).toContain('Allow tab');
    expect(cmd.code).toContain('Federated partner domain name: contoso.com');
    expect(cmd.code).toContain('Federated partner Access Edge Server: sipfed.online.lync.com');
    expect(c.ocsEditAllowEntry('ocs-2007', 'contoso.com').code).toContain('Office Communications Server 2007 →');
    expect(c.ocsRemoveBlockEntry('ocs-2007', 'contoso.com').code).toContain('Block tab');
    expect(c.ocsEnableFederation('ocs-2007').code).toContain('Federation');
    expect(c.ocsEnableUser('ocs-2007').code).toContain('Enable federation');
  });
  it('control-panel steps name the tab and option', () => {
    expect(c.panelFederationMode('block-all-except-allowed').code).toContain('Domain Federation tab → Edit → "Block federation with all domains except those I allow"');
    expect(c.panelAddDomain('fabrikam.com').code).toContain('Add domain → fabrikam.com');
    expect(c.panelRemoveDomain('fabrikam.com').code).toContain('Remove domain');
    expect(c.panelPublicIm('contoso.com').code).toContain('Public IM Connectivity tab');
    expect(c.panelUserExternalAccess().code).toContain('exact label not confirmed');
  });
  it('DNS records are the four values of the DNS evidence page, and the check quotes the name', () => {
    expect(c.dnsRecords('contoso.com').code).toMatch(/_sipfederationtls\._tcp\.contoso\.com\s+100 1 5061 sipfed\.online\.lync\.com/);
    // nslookup existed at GA; Resolve-DnsName came with Windows 8 / Server 2012 (a later alternative only).
    expect(c.dnsCheck('contoso.com').code.split('\n')[0]).toBe('nslookup -type=srv _sipfederationtls._tcp.contoso.com');
    expect(c.dnsCheck('contoso.com').code).toMatch(/Windows 8 or Windows Server 2012 and later/);
  });
  it('addContact tells the user what to type', () => {
    expect(c.addContact('tommy(mydomain.com)@msn.com').code).toContain('tommy(mydomain.com)@msn.com');
  });
});
