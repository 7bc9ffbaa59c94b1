/**
 * Command builders for the fixes: Lync Server 2010 Management Shell lines, OCS 2007 / 2007 R2 Edge
 * steps, Lync Online control-panel steps, DNS records and what a user types (evidence pages: dns, control-panel, on-premises, messenger).
 *
 * Every value that reaches a PowerShell line goes through psLiteral, and callers pass only values
 * that parseScenario has validated (domains, hosting-provider names): nothing a reader types can
 * become PowerShell syntax.
 */
import type { Command, OcsPlatform, OnPremPlatform } from './model.ts';

/** The Lync Online federation edge every on-premises partner must point at (evidence: dns, on-premises). */
export const SIPFED = 'sipfed.online.lync.com';

const QUOTE = /['\u2018\u2019\u201A\u201B]/;
const QUOTES = new RegExp(QUOTE.source, 'g');
/**
 * A PowerShell single-quoted literal. Inside single quotes only the quote itself is special, and
 * PowerShell also treats the typographic single quotes (U+2018–U+201B) as quotes: all are doubled.
 */
export function psLiteral(value: string): string {
  return `'${QUOTE.test(value) ? value.replace(QUOTES, (q) => q + q) : value}'`;
}

const ps = (code: string): Command => ({ language: 'powershell', code, platform: 'lync-server-2010' });
const text = (code: string, platform: NonNullable<Command['platform']>): Command => ({ language: 'text', code, platform });

// ---------------------------------------------------------------------------------------------
// Lync Server 2010 (Management Shell); evidence: on-premises
// ---------------------------------------------------------------------------------------------

/** The hosting-provider route, in Microsoft's fuller form (hh202166). */
export function newHostingProvider(identity: string): Command {
  return ps(
    `New-CsHostingProvider -Identity ${psLiteral(identity)} -ProxyFqdn ${psLiteral(SIPFED)} -Enabled $True ` +
      '-EnabledSharedAddressSpace $False -HostsOCSUsers $False -VerificationLevel UseSourceVerification -IsLocal $False',
  );
}

/** Turns on a hosting provider that already points at Lync Online. */
export function enableHostingProvider(identity: string): Command {
  return ps(`Set-CsHostingProvider -Identity ${psLiteral(identity)} -Enabled $True`);
}

/** ProxyFqdn cannot be changed on a hosting provider: remove it and create it again. */
export function recreateHostingProvider(identity: string): Command {
  return ps(`Remove-CsHostingProvider -Identity ${psLiteral(identity)}\n${newHostingProvider(identity).code}`);
}

/** Direct federation in one line: New-CsAllowedDomain takes -ProxyFqdn itself. */
export function newAllowedDomain(domain: string): Command {
  return ps(`New-CsAllowedDomain -Identity ${psLiteral(domain)} -ProxyFqdn ${psLiteral(SIPFED)}`);
}

/**
 * The permission alone, for an Edge that already has a Lync Online hosting provider (the route):
 * no -ProxyFqdn. Microsoft's own wording (hh202166) is to add the Lync Online domain to the allowed
 * list; giving the entry the hosting provider's FQDN as well is harmless on Lync Server 2010 but
 * stops a Lync Server 2013 CU3 Edge from starting (event 14517; on-premises evidence).
 */
export function newAllowedDomainPermission(domain: string): Command {
  return ps(`New-CsAllowedDomain -Identity ${psLiteral(domain)}`);
}

/** Direct federation the seed's way: the entry, then its proxy FQDN. */
export function newAllowedDomainTwoStep(domain: string): Command {
  return ps(`New-CsAllowedDomain -Identity ${psLiteral(domain)}\n${setAllowedDomainProxy(domain).code}`);
}

export function setAllowedDomainProxy(domain: string): Command {
  return ps(`Set-CsAllowedDomain -Identity ${psLiteral(domain)} -ProxyFqdn ${psLiteral(SIPFED)}`);
}

export function removeBlockedDomain(domain: string): Command {
  return ps(`Remove-CsBlockedDomain -Identity ${psLiteral(domain)}`);
}

/** The Edge allows federated users; with partner discovery for open federation. */
export function enableEdgeFederation(partnerDiscovery: boolean): Command {
  return ps(
    partnerDiscovery
      ? 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True -UseDnsSrvRouting -EnablePartnerDiscovery $True'
      : 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True',
  );
}

export function enableFederationPolicy(): Command {
  return ps('Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $True');
}

/** Checks the path to your domain through Lync Online; $AccessEdge is the partner's own Access Edge FQDN. */
export function testFederatedPartner(domain: string): Command {
  return ps(`Test-CsFederatedPartner -TargetFqdn $AccessEdge -Domain ${psLiteral(domain)} -ProxyFqdn ${psLiteral(SIPFED)}`);
}

// ---------------------------------------------------------------------------------------------
// OCS 2007 / 2007 R2: no PowerShell; the Edge Server's and the pool's property pages (evidence: on-premises)
// ---------------------------------------------------------------------------------------------

/**
 * What the console steps say for each OCS kind (a new one is asked for here by the type checker):
 * its product name as the console shows it, and how far our sources go for its Allow tab.
 */
interface OcsConsole {
  product: string;
  /** Said under an Add on the Allow tab: whose procedure the labels are from. */
  allowNote: string;
  /** Said under a change of an Allow-tab entry. */
  editNote: string;
}
const OCS_CONSOLE: Readonly<Record<OcsPlatform, OcsConsole>> = {
  'ocs-2007-r2': {
    product: 'Office Communications Server 2007 R2',
    allowNote: '(Microsoft\'s OCS 2007 R2 procedure "To add an external domain to the Allow list")',
    editNote: '(Microsoft\'s OCS 2007 R2 procedure gives Add; how to change an entry is not confirmed: remove the entry and add it again with Add if need be)',
  },
  'ocs-2007': {
    product: 'Office Communications Server 2007',
    allowNote: '(Microsoft\'s OCS 2007 documentation puts direct federation on the Edge\'s Allow tab; these dialog labels are from its OCS 2007 R2 procedure, inferred the same for OCS 2007)',
    editNote: '(for OCS 2007 these labels are not confirmed, and even for OCS 2007 R2 our sources give only the Add procedure: remove the entry and add it again with Add if need be)',
  },
};
/** An OCS kind's console words. (The rules build both kinds of fix before choosing one: a Lync Server kind gets neutral words it never shows.) */
const consoleOf = (platform: OnPremPlatform): OcsConsole =>
  Object.hasOwn(OCS_CONSOLE, platform) ? OCS_CONSOLE[platform as OcsPlatform] : { product: platform, allowNote: UNCONFIRMED, editNote: UNCONFIRMED };

/**
 * Sourced: the Edge's Allow-tab procedure, Microsoft's OCS 2007 R2 "To add an external domain to the
 * Allow list" (Computer Management → Services and Applications → OCS 2007 R2 → Properties → Allow →
 * Add, and its two fields), with OCS 2007's own documentation putting direct federation on the same
 * Allow tab (its dialog labels inferred the same); and the forest-wide Federation tab of the global
 * properties ("Global Properties: Federation"). Every other console step below has no source, so
 * each text says so rather than present a label as certain (issues 14, 30).
 */
const UNCONFIRMED = '(our sources do not give these console steps or their labels: this is a reconstruction; look for the equivalent in your console)';

const edgeProperties = (platform: OnPremPlatform): string =>
  `On the Edge Server: Computer Management → Services and Applications → ${consoleOf(platform).product} → Properties`;

export function ocsAllowEntry(platform: OnPremPlatform, domain: string): Command {
  return text(
    `${edgeProperties(platform)} → Allow tab → Add\n` +
      `  Federated partner domain name: ${domain}\n` +
      `  Federated partner Access Edge Server: ${SIPFED}\n` +
      consoleOf(platform).allowNote,
    platform,
  );
}

export function ocsEditAllowEntry(platform: OnPremPlatform, domain: string): Command {
  return text(
    `${edgeProperties(platform)} → Allow tab → select ${domain} and change its entry\n` +
      `  Federated partner Access Edge Server: ${SIPFED}\n` +
      consoleOf(platform).editNote,
    platform,
  );
}

export function ocsRemoveBlockEntry(platform: OnPremPlatform, domain: string): Command {
  return text(`${edgeProperties(platform)} → Block tab → select ${domain} → Remove\n${UNCONFIRMED}`, platform);
}

export function ocsEnableFederation(platform: OnPremPlatform): Command {
  return text(
    `${consoleOf(platform).product} administrative tool → the forest's Global Properties → Federation tab → "Enable Federation and Public IM connectivity"\n` +
      '(the tab and the check box are from Microsoft\'s OCS help "Global Properties: Federation"; the way to open that dialog, and the Edge step below, are reconstructions)\n' +
      `${edgeProperties(platform)} → Access Methods tab → Federation: on\n` +
      UNCONFIRMED,
    platform,
  );
}

export function ocsEnableUser(platform: OnPremPlatform): Command {
  return text(
    `${consoleOf(platform).product} administrative tool → Users → the user → Properties → Configure → Enable federation\n${UNCONFIRMED}`,
    platform,
  );
}

// ---------------------------------------------------------------------------------------------
// Lync Online control panel at GA (evidence: control-panel); "Admin overview", then "select manage on Lync online" (seed; the article's lower-case word)
// ---------------------------------------------------------------------------------------------

const panel = (...steps: string[]): Command =>
  text(['Office 365 Admin overview → Lync Online → manage', ...steps].join(' → '), 'lync-online');

export const FEDERATION_OPTION = {
  'allow-all-except-blocked': 'Allow federation with all domains except those I block',
  'block-all-except-allowed': 'Block federation with all domains except those I allow',
  disabled: 'Disable federation',
} as const;

// The Domain Federation tab, Edit, its three options, OK, Add domain and Remove domain are the
// labels the article and Microsoft's GA help "Enable or disable domain federation" (ff637586) give
// (evidence: control-panel#domain-federation-tab).
export function panelFederationMode(option: keyof typeof FEDERATION_OPTION): Command {
  return panel('Domain Federation tab', 'Edit', `"${FEDERATION_OPTION[option]}"`, 'OK');
}

export function panelAddDomain(domain: string): Command {
  return panel('Domain Federation tab', 'Add domain', domain);
}

export function panelRemoveDomain(domain: string): Command {
  return panel('Domain Federation tab', `select ${domain}`, 'Remove domain');
}

export function panelPublicIm(domain: string): Command {
  // The tab's label is sourced; the control that enables a domain is not (evidence: control-panel).
  return panel('Public IM Connectivity tab', `select ${domain}`, 'enable public IM for it, after reading the warning (the button\'s label is not confirmed)');
}

export function panelUserExternalAccess(): Command {
  // The tab's label is the article's only (uncertain) and no source names the button that opens a
  // user's settings: say so rather than invent one.
  return panel('the per-user tab (labelled User Information in the article; exact label not confirmed)', 'select the user', 'enable External access');
}

// ---------------------------------------------------------------------------------------------
// DNS (evidence: dns)
// ---------------------------------------------------------------------------------------------

export function dnsRecords(domain: string): Command {
  return text(
    [
      `SRV    _sipfederationtls._tcp.${domain}   100 1 5061 ${SIPFED}`,
      `SRV    _sip._tls.${domain}                100 1 443  sipdir.online.lync.com`,
      `CNAME  sip.${domain}                      sipdir.online.lync.com`,
      '(the sip CNAME is in every later list; whether it was in the June 2011 set is uncertain)',
    ].join('\n'),
    'dns',
  );
}

/**
 * Checks the federation SRV record (the one partners resolve) with nslookup, which every Windows of
 * 2011 had; Resolve-DnsName came later (Windows 8 and Windows Server 2012), so it is offered only as
 * a later alternative. The domain is one parseScenario validated (letters, digits, hyphens, dots).
 */
export function dnsCheck(domain: string): Command {
  return text(
    `nslookup -type=srv _sipfederationtls._tcp.${domain}\n` +
      '(Command Prompt; the answer must show port 5061 and sipfed.online.lync.com. On Windows 8 or Windows Server 2012 and later, PowerShell\'s Resolve-DnsName -Type SRV does the same.)',
    'dns',
  );
}

// ---------------------------------------------------------------------------------------------
// The user's Lync (seed: search bar, right-click, add to contact list)
// ---------------------------------------------------------------------------------------------

export function addContact(address: string): Command {
  return text(
    `Lync search bar: ${address} → right-click the result → "add to contact list" (the article's words; the exact menu label is not confirmed)`,
    'lync-client',
  );
}
