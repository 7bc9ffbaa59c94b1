/**
 * Reads a pasted Lync Server 2010 Management Shell session into the Edge settings that matter for
 * federation with Lync Online. Every line is accounted for: read into a setting, recognised as
 * output that does not matter here, or listed as unread with the reason. Never throws.
 */
import { normaliseDomain } from '../../rules/address.ts';
import { psLiteral } from '../../rules/commands.ts';
import { lookupCode, CATALOGUE } from '../trace/catalogue.ts';
import { cmdletOf, field, lineOf, parameterOf, policyName, policyScope, readBoolean, readText, resolveCutHeader, type EdgeCmdlet } from './cmdlets.ts';
import { SIPFED } from '../../rules/commands.ts';
import { parsePowerShell, type PsLine, type PsObject } from './powershell.ts';

export interface EdgeRead {
  line: number;
  allowFederatedUsers: boolean | null;
  enablePartnerDiscovery: boolean | null;
  /** UseDnsSrvRouting or UseDefaultRouting, as printed. */
  routingMethod: string | null;
  defaultRouteFqdn: string | null;
}

export interface HostingProviderRead {
  line: number;
  identity: string;
  proxyFqdn: string | null;
  enabled: boolean | null;
  verificationLevel: string | null;
  isLocal: boolean | null;
}

export interface AllowedDomainRead {
  line: number;
  domain: string;
  proxyFqdn: string | null;
}

export interface BlockedDomainRead {
  line: number;
  domain: string;
}

export interface PolicyRead {
  line: number;
  identity: string;
  scope: 'global' | 'site' | 'user';
  enableFederationAccess: boolean | null;
  enablePublicCloudAccess: boolean | null;
  enableOutsideAccess: boolean | null;
}

export interface UserPolicyRead {
  line: number;
  user: string | null;
  /** The per-user policy's name, or null: the user has none, so the global (or site) policy applies. */
  policy: string | null;
}

export interface PartnerTestRead {
  line: number;
  targetFqdn: string | null;
  /** The -Domain the command tested, from its prompt line (the output does not print it). */
  domain: string | null;
  result: 'Success' | 'Failure' | string | null;
  latency: string | null;
  error: string | null;
  diagnosis: string | null;
  /** An ms-diagnostics code the Error or Diagnosis text names, if the site explains it. */
  code: number | null;
  /** How the code was found: its number in the text, or its reason phrase alone. */
  codeFrom: 'number' | 'reason-phrase' | null;
}

export interface EdgeConfigRead {
  edge: EdgeRead | null;
  hostingProviders: HostingProviderRead[];
  allowedDomains: AllowedDomainRead[];
  blockedDomains: BlockedDomainRead[];
  policies: PolicyRead[];
  users: UserPolicyRead[];
  tests: PartnerTestRead[];
  /** The cmdlets whose output was found, in the order first seen. */
  cmdlets: EdgeCmdlet[];
  /** Lines not read, with why, in line order. */
  unread: PsLine[];
  /** PowerShell error lines (a command failed), in line order. */
  errors: PsLine[];
  /** Things the reader should know about what was read. */
  notes: string[];
  /** List cmdlets with an entry whose ProxyFqdn or Enabled could not be read: that list is not known. */
  incomplete: EdgeCmdlet[];
  /**
   * Deciding properties (AllowFederatedUsers, …) found inside the output of another cmdlet (a paste
   * whose prompts and blank lines were lost): their value is in doubt, so the setting is not known.
   */
  stray: DecidingProperty[];
}

/** The properties a verdict turns on, with the cmdlet that prints each. */
export const DECIDING_PROPERTIES = {
  AllowFederatedUsers: 'Get-CsAccessEdgeConfiguration',
  EnablePartnerDiscovery: 'Get-CsAccessEdgeConfiguration',
  RoutingMethod: 'Get-CsAccessEdgeConfiguration',
  EnableFederationAccess: 'Get-CsExternalAccessPolicy',
} as const satisfies Record<string, EdgeCmdlet>;
export type DecidingProperty = keyof typeof DECIDING_PROPERTIES;

export type EdgeConfigResult = { ok: true; value: EdgeConfigRead } | { ok: false; message: string };

/** Cmdlets that list entries: printing nothing means the list is empty. */
const LIST_CMDLETS: readonly EdgeCmdlet[] = ['Get-CsHostingProvider', 'Get-CsAllowedDomain', 'Get-CsBlockedDomain'];

export const EXPECTED_EDGE_CONFIG =
  'the output of Get-CsAccessEdgeConfiguration, Get-CsHostingProvider, Get-CsAllowedDomain, Get-CsBlockedDomain, Get-CsExternalAccessPolicy or Test-CsFederatedPartner from the Lync Server Management Shell';

/** Far longer than any configuration; refusing it keeps the page responsive. */
export const MAX_EDGE_PASTE = 2_000_000;

/** Reads a paste; fails (with one sentence) only when nothing in it is Lync Edge configuration. */
export function readEdgeConfig(text: string): EdgeConfigResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: `The paste is empty: paste ${EXPECTED_EDGE_CONFIG}.` };
  if (text.length > MAX_EDGE_PASTE) return { ok: false, message: `The paste is ${(text.length / 1e6).toFixed(1)} MB; Edge configuration is a few kilobytes. Paste ${EXPECTED_EDGE_CONFIG}.` };
  try {
    const read = readParsed(text);
    if (read.cmdlets.length === 0) {
      if (/MSFT_SIP|Office Communications Server 200|LcsCmd/i.test(text)) {
        return { ok: false, message: 'This looks like Office Communications Server 2007 or 2007 R2: OCS has no Lync Management Shell cmdlets, so there is nothing here to read. Set the partner by hand in the playground.' };
      }
      const why = read.errors.length > 0 ? ' (it holds only PowerShell error messages: the commands failed)' : '';
      return { ok: false, message: `Nothing in this paste is Lync Server 2010 Edge configuration${why}: paste ${EXPECTED_EDGE_CONFIG}.` };
    }
    return { ok: true, value: read };
  } catch (error) {
    // The readers are written not to throw; this is a last guard at the API boundary.
    return { ok: false, message: `The paste could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function readParsed(text: string): EdgeConfigRead {
  const ps = parsePowerShell(text, { resolveHeader: resolveCutHeader });
  const emptiedAt = new Map<string, number>();
  const out: EdgeConfigRead = { edge: null, hostingProviders: [], allowedDomains: [], blockedDomains: [], policies: [], users: [], tests: [], cmdlets: [], unread: [...ps.unread], errors: ps.errors, notes: [], incomplete: [], stray: [] };
  const unread = (line: number, text: string, why: string) => out.unread.push({ line, text, why });
  const objectText = (obj: PsObject, name: string) => `${name} : ${field(obj, name) ?? ''}`;

  for (const command of ps.commands) {
    if (command.cmdlet && /^(?:Set|New|Remove|Grant)-/.test(command.cmdlet)) {
      unread(command.line, command.text, `${command.cmdlet} changes settings and prints nothing; run the matching Get- cmdlet to show the result`);
    }
    // A list cmdlet that printed nothing (and did not fail) has nothing configured: an empty list.
    const listed = LIST_CMDLETS.find((c) => c.toLowerCase() === command.cmdlet?.toLowerCase());
    if (listed && command.printed === 0 && command.redirected) {
      out.notes.push(`${listed} (line ${command.line}) sent its output to a file, so it printed nothing here: not read as none configured. Paste the file (type it), or run the command without the redirection.`);
    } else if (listed && command.printed === 0 && !command.failed && isListing(command.text, listed)) {
      if (!out.cmdlets.includes(listed)) out.cmdlets.push(listed);
      out.notes.push(`${listed} (line ${command.line}) printed nothing: read as none configured.`);
      emptiedAt.set(listed, command.line);
    }
  }
  // A session may list a cmdlet, change it (Set-/New-/Remove-Cs…), and list it again: the latest
  // whole listing is the state now, so entries printed before it are set aside.
  const latestListing = new Map<string, number>();
  for (const command of ps.commands) {
    const listed = LIST_CMDLETS.find((c) => c.toLowerCase() === command.cmdlet?.toLowerCase());
    if (listed && !command.failed && !command.redirected && isListing(command.text, listed) && (command.printed > 0 || emptiedAt.get(listed) === command.line)) latestListing.set(listed, command.line);
  }
  const superseded = (obj: PsObject, cmdlet: EdgeCmdlet): boolean => {
    const latest = latestListing.get(cmdlet);
    return latest !== undefined && obj.line < latest;
  };

  for (const obj of ps.objects) {
    const cmdlet = cmdletOf(obj);
    for (const [name, owner] of Object.entries(DECIDING_PROPERTIES) as [DecidingProperty, EdgeCmdlet][]) {
      if (owner === cmdlet || field(obj, name) === null || out.stray.includes(name)) continue;
      out.stray.push(name);
      out.notes.push(`${name} on line ${lineOf(obj, name)} sits inside ${cmdlet ? `the output of ${cmdlet}` : 'lines this reader cannot place'} (a prompt or a blank line lost?): which value holds is not known, so the setting it shows is not read.`);
    }
    if (cmdlet === null) {
      const name = obj.cmdlet ? `output of ${obj.cmdlet}` : 'an object with none of the properties this reader knows';
      for (const [key, line] of obj.lineOf) unread(line, `${key} : ${obj.fields.get(key) ?? ''}`, `${name}: not an Edge federation setting`);
      continue;
    }
    if (!out.cmdlets.includes(cmdlet)) out.cmdlets.push(cmdlet);
    const incomplete = () => {
      if (LIST_CMDLETS.includes(cmdlet) && !out.incomplete.includes(cmdlet)) out.incomplete.push(cmdlet);
    };
    if (superseded(obj, cmdlet)) {
      out.notes.push(`${cmdlet}: the entry on line ${obj.line} was listed again later in the session; the later listing is used.`);
      continue;
    }
    const probably = (name: string) => {
      const header = obj.probable.get(name.toLowerCase());
      if (header && field(obj, name) !== null) {
        const note = `Format-Table cut a column header short ("${header}"): read as ${name}, the one property it can be (probably right; "| Format-List" shows it whole).`;
        if (!out.notes.includes(note)) out.notes.push(note);
      }
    };
    /** A boolean property: read, or listed as unread when its value is not True/False. */
    const bool = (name: string): boolean | null => {
      const raw = field(obj, name);
      if (raw !== null && obj.truncated.has(name.toLowerCase())) {
        unread(lineOf(obj, name), objectText(obj, name), `Format-Table cut ${name} short ("..."); paste the output of "| Format-List" to show it whole`);
        incomplete();
        return null;
      }
      const value = readBoolean(raw);
      if (raw !== null && value === null) {
        unread(lineOf(obj, name), objectText(obj, name), `${name} should be True or False`);
        incomplete();
      }
      if (value !== null) probably(name);
      return value;
    };
    /** A domain-valued property (an FQDN): normalised, or unread when it is not a domain name. */
    const fqdn = (name: string): string | null => {
      const raw = readText(field(obj, name));
      if (raw === null) return null;
      if (obj.truncated.has(name.toLowerCase())) {
        // `sipfed.online.lyn...`: as far as it goes, it is Lync Online's Access Edge, and nothing
        // else this reader knows starts so; said as probable, never as read.
        const prefix = raw.toLowerCase();
        if (prefix.length >= 'sipfed.online.'.length && SIPFED.startsWith(prefix)) {
          out.notes.push(`${name} on line ${lineOf(obj, name)} was cut short by Format-Table ("${raw}..."): read as probably ${SIPFED} (Lync Online's); "| Format-List" shows it whole.`);
          return SIPFED;
        }
        unread(lineOf(obj, name), objectText(obj, name), `Format-Table cut ${name} short ("..."); paste the output of "| Format-List" to show it whole`);
        incomplete();
        return null;
      }
      const checked = normaliseDomain(raw);
      if (!checked.ok) {
        unread(lineOf(obj, name), objectText(obj, name), `${name} is not a domain name (${checked.message})`);
        incomplete();
        return null;
      }
      return checked.value;
    };

    switch (cmdlet) {
      case 'Get-CsAccessEdgeConfiguration': {
        const edge: EdgeRead = {
          line: obj.line,
          allowFederatedUsers: bool('AllowFederatedUsers'),
          enablePartnerDiscovery: bool('EnablePartnerDiscovery'),
          routingMethod: readText(field(obj, 'RoutingMethod')),
          defaultRouteFqdn: fqdn('DefaultRouteFqdn'),
        };
        if (out.edge) out.notes.push(`Get-CsAccessEdgeConfiguration appears twice (lines ${out.edge.line} and ${edge.line}); the later one is used.`);
        out.edge = edge;
        break;
      }
      case 'Get-CsHostingProvider': {
        const identity = readText(field(obj, 'Identity')) ?? readText(field(obj, 'Name'));
        if (identity === null) {
          // A provider whose name line was lost may be the one that routes to Lync Online: the list is not known.
          unread(obj.line, `${[...obj.fields.keys()][0] ?? ''} : …`, 'a hosting provider without an Identity');
          incomplete();
          break;
        }
        const enabled = bool('Enabled');
        // A provider printed without Enabled (a column left out, a line lost): the list is not known.
        if (enabled === null) incomplete();
        out.hostingProviders.push({ line: obj.line, identity, proxyFqdn: fqdn('ProxyFqdn'), enabled, verificationLevel: readText(field(obj, 'VerificationLevel')), isLocal: bool('IsLocal') });
        break;
      }
      case 'Get-CsAllowedDomain':
      case 'Get-CsBlockedDomain': {
        const name = field(obj, 'Domain') !== null ? 'Domain' : 'Identity';
        const domain = fqdn(name);
        if (domain === null) {
          if (readText(field(obj, name)) === null) unread(obj.line, objectText(obj, name), `an entry of ${cmdlet} without a domain`);
          // An entry whose domain is not shown may be the one for your domain: the list is not known.
          incomplete();
          break;
        }
        if (cmdlet === 'Get-CsAllowedDomain') {
          const proxyFqdn = fqdn('ProxyFqdn');
          // Get-CsAllowedDomain always prints ProxyFqdn, empty when there is none: an entry shown
          // without the line (a cut paste, a column left out) does not say whether it has one, so
          // the list is not known, rather than read as an entry made without a proxy FQDN.
          if (field(obj, 'ProxyFqdn') === null) incomplete();
          bool('MarkForMonitoring');
          out.allowedDomains.push({ line: obj.line, domain, proxyFqdn });
        } else out.blockedDomains.push({ line: obj.line, domain });
        break;
      }
      case 'Get-CsExternalAccessPolicy': {
        const identity = readText(field(obj, 'Identity')) ?? 'Global';
        // The same policy listed again later (after a Set-CsExternalAccessPolicy): the later wins.
        const earlier = out.policies.findIndex((p) => p.identity.toLowerCase() === identity.toLowerCase());
        if (earlier >= 0) out.policies.splice(earlier, 1);
        out.policies.push({
          line: obj.line,
          identity,
          scope: policyScope(identity),
          enableFederationAccess: bool('EnableFederationAccess'),
          enablePublicCloudAccess: bool('EnablePublicCloudAccess'),
          enableOutsideAccess: bool('EnableOutsideAccess'),
        });
        bool('EnablePublicCloudAudioVideoAccess');
        break;
      }
      case 'Get-CsUser': {
        const policy = readText(field(obj, 'ExternalAccessPolicy'));
        out.users.push({ line: obj.line, user: readText(field(obj, 'SipAddress')) ?? readText(field(obj, 'Identity')) ?? readText(field(obj, 'DisplayName')), policy: policy === null ? null : policyName(policy) });
        break;
      }
      case 'Test-CsFederatedPartner': {
        const error = readText(field(obj, 'Error'));
        const diagnosis = readText(field(obj, 'Diagnosis'));
        const found = diagnosticCode(`${error ?? ''}\n${diagnosis ?? ''}`);
        const tested = parameterOf(obj.command, 'Domain');
        const domain = tested === null ? null : normaliseDomain(tested);
        out.tests.push({
          line: obj.line,
          targetFqdn: readText(field(obj, 'TargetFqdn')),
          domain: domain?.ok ? domain.value : null,
          result: readText(field(obj, 'Result')),
          latency: readText(field(obj, 'Latency')),
          error,
          diagnosis,
          code: found?.code ?? null,
          codeFrom: found?.from ?? null,
        });
        break;
      }
    }
  }
  out.unread.sort((a, b) => a.line - b.line);
  if (out.edge?.routingMethod && /^UseDefaultRouting$/i.test(out.edge.routingMethod)) {
    out.notes.push('RoutingMethod is UseDefaultRouting: this Edge sends all federated traffic to one next hop (DefaultRouteFqdn); partner discovery does not apply.');
  }
  out.notes.push(...proxyFqdnClashes(out));
  return out;
}

/** A command that lists the whole of a cmdlet's entries on the console: no filter, no -Identity. */
function isListing(text: string, cmdlet: string): boolean {
  return text.toLowerCase().startsWith(cmdlet.toLowerCase()) && !/\|\s*(?:where|\?|select|sort)/i.test(text) && !/-(?:Identity|Filter)\b/i.test(text);
}

/**
 * An allowed-domain entry whose proxy FQDN is also a hosting provider's (typically both
 * sipfed.online.lync.com). Harmless on Lync Server 2010; from Lync Server 2013 CU3 the Edge refuses
 * to start (event 14517: "configured as both type 'allowed partner server' and type 'IM service
 * provider'"; practitioner write-up, November 2013). Where a hosting provider is the route, the
 * allowed-domain entry needs no proxy FQDN.
 */
export function proxyFqdnClashes(read: Pick<EdgeConfigRead, 'hostingProviders' | 'allowedDomains'>): string[] {
  const providers = new Map(read.hostingProviders.filter((hp) => hp.proxyFqdn).map((hp) => [hp.proxyFqdn!.toLowerCase(), hp.identity]));
  return read.allowedDomains
    .filter((a) => a.proxyFqdn !== null && providers.has(a.proxyFqdn.toLowerCase()))
    .map(
      (a) =>
        `The allowed domain ${a.domain} (line ${a.line}) has proxy FQDN ${a.proxyFqdn}, which is also hosting provider "${providers.get(a.proxyFqdn!.toLowerCase())}"'s. ` +
        'Harmless on Lync Server 2010, where it works; but an Edge on Lync Server 2013 with CU3 (later history) or later does not start with it (event 14517). ' +
        `With the hosting provider as the route, the entry needs no proxy FQDN: Remove-CsAllowedDomain -Identity ${psLiteral(a.domain)}, then New-CsAllowedDomain -Identity ${psLiteral(a.domain)}.`,
    );
}

/**
 * The ms-diagnostics code a Test-CsFederatedPartner Error or Diagnosis names: its number where the
 * text carries one the site explains, else a known reason phrase alone (said so).
 */
export function diagnosticCode(text: string): { code: number; from: 'number' | 'reason-phrase' } | null {
  const numbers = text.matchAll(/\b(\d{4,5})\b/g);
  for (const m of numbers) {
    const code = Number(m[1]);
    if (lookupCode(code)) return { code, from: 'number' };
  }
  const lower = text.toLowerCase();
  for (const entry of CATALOGUE) {
    const phrase = entry.reason.toLowerCase().replace(/[.\s]+$/, '');
    if (phrase.length >= 12 && lower.includes(phrase)) return { code: entry.code, from: 'reason-phrase' };
  }
  return null;
}
