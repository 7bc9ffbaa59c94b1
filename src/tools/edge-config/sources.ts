/**
 * Where the reader's field names, value spellings and defaults come from: Microsoft's Lync Server
 * 2010 cmdlet reference and the pages that show the cmdlets' output. The tool's page lists them.
 */
export interface EdgeSource {
  title: string;
  url: string;
  /** What this reader takes from it. */
  used: string;
}

export const SOURCES: readonly EdgeSource[] = [
  {
    title: 'Get-CsAccessEdgeConfiguration (Lync Server 2010)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398574(v=ocs.14)',
    used: 'the cmdlet returns the single global Access Edge configuration; which properties it prints depends on the routing method',
  },
  {
    title: 'Set-CsAccessEdgeConfiguration (Lync Server 2010)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg413017(v=ocs.14)',
    used: 'AllowFederatedUsers, EnablePartnerDiscovery (with -UseDnsSrvRouting), -UseDefaultRouting with DefaultRouteFqdn, VerificationLevel values',
  },
  {
    title: 'View Edge Server settings in Lync Server 2013 (Dn747890)',
    url: 'https://technet.microsoft.com/en-us/library/Dn747890(v=OCS.15)',
    used: 'the list output of Get-CsAllowedDomain (Identity, Domain, ProxyFqdn, Comment, MarkForMonitoring) and Get-CsBlockedDomain (Identity, Domain)',
  },
  {
    title: 'New-CsHostingProvider (Lync Server 2010)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398490(v=ocs.14)',
    used: 'Identity, ProxyFqdn, Enabled, EnabledSharedAddressSpace, HostsOCSUsers, IsLocal, AutodiscoverUrl, VerificationLevel (AlwaysVerifiable | AlwaysUnverifiable | UseSourceVerification)',
  },
  {
    title: 'Get-CsExternalAccessPolicy (Lync Server 2010)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg425805(v=ocs.14)',
    used: 'global, site and per-user policies; a user can reach federated contacts only when the policy that applies to them has EnableFederationAccess True',
  },
  {
    title: 'Test-CsFederatedPartner (Lync Server 2010)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398281(v=ocs.14)',
    used: 'the domain tested must be on the allowed-domain list; -TargetFqdn is the Edge’s internal FQDN',
  },
  {
    title: 'Lync 2013 CU3 and Hosting Providers (confusedamused.com, November 2013; later history)',
    url: 'http://www.confusedamused.com/notebook/tag/edge',
    used: 'an allowed domain whose Access Edge (proxy) FQDN is also a hosting provider\'s: no effect before CU3; from Lync Server 2013 CU3 the Edge does not start (event 14517)',
  },
  {
    title: 'Testing ability to connect to a federated domain from Lync Server 2013',
    url: 'https://docs.microsoft.com/en-us/lyncserver/lync-server-2013-testing-ability-to-connect-to-a-federated-domain',
    used: 'the output fields TargetFqdn, Result (Success), Latency, Error and Diagnosis',
  },
];
