/**
 * What each Lync Server 2010 cmdlet prints, read into typed records. Property names and value
 * spellings are Microsoft's (Lync Server 2010 cmdlet reference, cited in sources.ts):
 *
 * - Get-CsAccessEdgeConfiguration: Identity, AllowAnonymousUsers, AllowFederatedUsers,
 *   AllowOutsideUsers, BeClearingHouse, EnablePartnerDiscovery, …, RoutingMethod
 *   (UseDnsSrvRouting | UseDefaultRouting), DefaultRouteFqdn (default routing only).
 * - Get-CsHostingProvider: Identity, Name, ProxyFqdn, VerificationLevel (AlwaysVerifiable |
 *   AlwaysUnverifiable | UseSourceVerification), Enabled, EnabledSharedAddressSpace, HostsOCSUsers,
 *   IsLocal, AutodiscoverUrl.
 * - Get-CsAllowedDomain: Identity, Domain, ProxyFqdn, Comment, MarkForMonitoring.
 * - Get-CsBlockedDomain: Identity, Domain, Comment.
 * - Get-CsExternalAccessPolicy: Identity (Global, Site:…, Tag:…), Description,
 *   EnableFederationAccess, EnablePublicCloudAccess, EnablePublicCloudAudioVideoAccess,
 *   EnableOutsideAccess.
 * - Test-CsFederatedPartner: TargetFqdn, Result (Success | Failure), Latency, Error, Diagnosis.
 * - Get-CsUser: ExternalAccessPolicy (blank: the global policy applies), for which policy a user has.
 */
import type { PsObject } from './powershell.ts';

export type EdgeCmdlet =
  | 'Get-CsAccessEdgeConfiguration'
  | 'Get-CsHostingProvider'
  | 'Get-CsAllowedDomain'
  | 'Get-CsBlockedDomain'
  | 'Get-CsExternalAccessPolicy'
  | 'Test-CsFederatedPartner'
  | 'Get-CsUser';

export const EDGE_CMDLETS: readonly EdgeCmdlet[] = [
  'Get-CsAccessEdgeConfiguration',
  'Get-CsHostingProvider',
  'Get-CsAllowedDomain',
  'Get-CsBlockedDomain',
  'Get-CsExternalAccessPolicy',
  'Test-CsFederatedPartner',
  'Get-CsUser',
];

/** Each object's fields by lower-case name, made once: cmdlet guessing looks up many names. */
const LOWER = new WeakMap<PsObject, Map<string, { value: string; line: number }>>();
function lowered(obj: PsObject): Map<string, { value: string; line: number }> {
  let map = LOWER.get(obj);
  if (!map) {
    map = new Map();
    for (const [key, value] of obj.fields) map.set(key.toLowerCase(), { value, line: obj.lineOf.get(key) ?? obj.line });
    LOWER.set(obj, map);
  }
  return map;
}

/** A field lookup that ignores case (a paste may be retyped) and returns null when absent. */
export function field(obj: PsObject, name: string): string | null {
  return lowered(obj).get(name.toLowerCase())?.value ?? null;
}

export function lineOf(obj: PsObject, name: string): number {
  return lowered(obj).get(name.toLowerCase())?.line ?? obj.line;
}

const has = (obj: PsObject, ...names: string[]) => names.some((name) => field(obj, name) !== null);

/**
 * Which cmdlet printed an object: the prompt line above it when it names one of ours, else the
 * properties it has (a paste without its prompt lines). Null: not something this reader knows.
 */
export function cmdletOf(obj: PsObject): EdgeCmdlet | null {
  const named = obj.cmdlet;
  const known = named === null ? undefined : EDGE_CMDLETS.find((c) => c.toLowerCase() === named.toLowerCase());
  const guessed = guess(obj);
  // The prompt names the cmdlet, unless the object plainly belongs to another one (the named
  // command failed or was cut, and what follows is the next command's output without its prompt).
  if (known) return guessed === null || guessed === known || fits(obj, known) ? known : guessed;
  // Set-/New- cmdlets print nothing; anything under them came from something else, so guess.
  if (named && /^(?:Get|Test)-/.test(named)) return null;
  return guessed;
}

/** Properties only that cmdlet prints (Identity, Domain and ProxyFqdn are shared). */
const SIGNATURE: Record<EdgeCmdlet, readonly string[]> = {
  'Get-CsAccessEdgeConfiguration': ['AllowFederatedUsers', 'EnablePartnerDiscovery', 'RoutingMethod', 'BeClearingHouse', 'AllowOutsideUsers', 'AllowAnonymousUsers', 'DefaultRouteFqdn'],
  'Get-CsHostingProvider': ['VerificationLevel', 'HostsOCSUsers', 'EnabledSharedAddressSpace', 'IsLocal', 'AutodiscoverUrl', 'Enabled', 'ProxyFqdn', 'Name'],
  'Get-CsAllowedDomain': ['Domain', 'ProxyFqdn', 'MarkForMonitoring', 'Comment'],
  'Get-CsBlockedDomain': ['Domain', 'Comment'],
  'Get-CsExternalAccessPolicy': ['EnableFederationAccess', 'EnablePublicCloudAccess', 'EnableOutsideAccess', 'EnablePublicCloudAudioVideoAccess', 'Description'],
  'Test-CsFederatedPartner': ['TargetFqdn', 'Result', 'Latency', 'Error', 'Diagnosis'],
  'Get-CsUser': ['ExternalAccessPolicy', 'SipAddress', 'DisplayName', 'RegistrarPool'],
};

const fits = (obj: PsObject, cmdlet: EdgeCmdlet) => has(obj, ...SIGNATURE[cmdlet]);

/** Every property this reader reads or knows, for naming a table column whose header was cut short. */
export const KNOWN_PROPERTIES: readonly string[] = [...new Set(['Identity', 'Name', 'Domain', 'ProxyFqdn', 'Comment', 'MarkForMonitoring', ...Object.values(SIGNATURE).flat()])];

/** The one known property whose name starts with `prefix` (case ignored), or null when none or several. */
export function resolveCutHeader(prefix: string): string | null {
  const p = prefix.toLowerCase();
  const matches = KNOWN_PROPERTIES.filter((name) => name.toLowerCase().startsWith(p) && name.length > prefix.length);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

function guess(obj: PsObject): EdgeCmdlet | null {
  if (has(obj, 'TargetFqdn') && has(obj, 'Result')) return 'Test-CsFederatedPartner';
  if (has(obj, 'AllowFederatedUsers', 'EnablePartnerDiscovery', 'RoutingMethod', 'BeClearingHouse', 'AllowOutsideUsers', 'AllowAnonymousUsers')) return 'Get-CsAccessEdgeConfiguration';
  if (has(obj, 'EnableFederationAccess', 'EnablePublicCloudAccess', 'EnableOutsideAccess', 'EnablePublicCloudAudioVideoAccess')) return 'Get-CsExternalAccessPolicy';
  if (has(obj, 'ProxyFqdn') && has(obj, 'VerificationLevel', 'HostsOCSUsers', 'EnabledSharedAddressSpace', 'IsLocal', 'AutodiscoverUrl', 'Enabled')) return 'Get-CsHostingProvider';
  if (has(obj, 'Domain') && has(obj, 'ProxyFqdn', 'MarkForMonitoring')) return 'Get-CsAllowedDomain';
  // Get-CsBlockedDomain prints Identity, Domain and Comment only.
  if (has(obj, 'Domain')) return 'Get-CsBlockedDomain';
  if (has(obj, 'ExternalAccessPolicy')) return 'Get-CsUser';
  return null;
}

/** PowerShell prints booleans as True / False; a retyped paste may say $true or 1. */
export function readBoolean(value: string | null): boolean | null {
  if (value === null) return null;
  const v = value.trim().replace(/^\$/, '').toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return null;
}

/** A value PowerShell printed as blank means "not set". */
export function readText(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim().replace(/^["']|["']$/g, '').trim();
  return v === '' || v === '{}' ? null : v;
}

/** The value of a parameter on a command line, e.g. -Domain on Test-CsFederatedPartner. */
export function parameterOf(command: string | null, name: string): string | null {
  if (!command) return null;
  const re = new RegExp(`-${name}(?::|\\s+)(?:"([^"]*)"|'([^']*)'|([^\\s|;]+))`, 'i');
  const m = re.exec(command);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** The scope an external access policy's Identity names. */
export function policyScope(identity: string): 'global' | 'site' | 'user' {
  if (/^global$/i.test(identity)) return 'global';
  if (/^site:/i.test(identity)) return 'site';
  return 'user';
}

/** A per-user policy's name as Get-CsUser and Grant-CsExternalAccessPolicy write it (no "Tag:"). */
export function policyName(identity: string): string {
  return identity.replace(/^tag:/i, '');
}
