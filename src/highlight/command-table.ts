/**
 * Build time: every PowerShell command the rules can generate, produced for placeholder domains
 * and highlighted once. The playground receives this table and only fills in real values.
 */
import { evaluate, isLyncServer, ON_PREM_PLATFORMS, parseScenario } from '../rules/index.ts';
import { PLACEHOLDER, type CommandTokenTable } from './command-tokens.ts';
import { highlight } from './highlight.ts';

const SIPFED = 'sipfed.online.lync.com';
const WRONG = 'sipfed.wrong.placeholder.invalid';

function* product<T extends Record<string, readonly unknown[]>>(axes: T): Generator<{ [K in keyof T]: T[K][number] }> {
  const keys = Object.keys(axes) as Array<keyof T>;
  const walk = function* (i: number, acc: Partial<{ [K in keyof T]: T[K][number] }>): Generator<{ [K in keyof T]: T[K][number] }> {
    if (i === keys.length) {
      yield acc as { [K in keyof T]: T[K][number] };
      return;
    }
    const key = keys[i]!;
    for (const value of axes[key]!) yield* walk(i + 1, { ...acc, [key]: value });
  };
  yield* walk(0, {});
}

/** Scenarios with placeholder names that together make the rules emit every command they know. */
export function* placeholderScenarios(): Generator<unknown> {
  const tenant = (dnsVerified: boolean) => ({
    domain: PLACEHOLDER.tenant,
    dnsVerified,
    federation: { mode: 'allow-all-except-blocked', domains: [] },
    publicIm: 'disabled',
    userExternalAccess: true,
  });
  for (const dnsVerified of [true, false]) {
    yield {
      tenant: tenant(dnsVerified),
      partner: { platform: 'lync-online', domain: PLACEHOLDER.partner, dnsVerified: !dnsVerified, federation: { mode: 'disabled', domains: [] }, userExternalAccess: false },
    };
  }
  const axes = {
    platform: ON_PREM_PLATFORMS,
    federationEnabled: [true, false],
    partnerDiscovery: [true, false],
    hosting: [null, SIPFED, WRONG, 'disabled'],
    allowed: ['none', 'sipfed', 'null', 'wrong'],
    blocked: [false, true],
    userExternalAccess: [true, false],
  } as const;
  for (const c of product(axes)) {
    yield {
      tenant: tenant(true),
      partner: {
        platform: c.platform,
        domain: PLACEHOLDER.partner,
        federationEnabled: c.federationEnabled,
        partnerDiscovery: c.partnerDiscovery,
        hostingProviders:
          !isLyncServer(c.platform) || c.hosting === null
            ? []
            : [{ identity: PLACEHOLDER.provider, proxyFqdn: c.hosting === 'disabled' ? SIPFED : c.hosting, enabled: c.hosting !== 'disabled' }],
        allowedDomains:
          c.allowed === 'none' ? [] : [{ domain: PLACEHOLDER.tenant, proxyFqdn: c.allowed === 'sipfed' ? SIPFED : c.allowed === 'wrong' ? WRONG : null }],
        blockedDomains: c.blocked ? [PLACEHOLDER.tenant] : [],
        userExternalAccess: c.userExternalAccess,
      },
    };
  }
}

let table: Promise<CommandTokenTable> | undefined;

/** The highlighted templates, keyed by their text with placeholders. Computed once per build. */
export function commandTokenTable(): Promise<CommandTokenTable> {
  table ??= (async () => {
    const codes = new Set<string>();
    for (const input of placeholderScenarios()) {
      const parsed = parseScenario(input);
      if (!parsed.ok) throw new Error(`placeholder scenario rejected: ${parsed.field}: ${parsed.message}`);
      for (const fix of evaluate(parsed.scenario).fixes) {
        for (const command of fix.commands) if (command.language === 'powershell') codes.add(command.code);
      }
    }
    const entries = await Promise.all([...codes].sort().map(async (code) => [code, await highlight(code, 'powershell')] as const));
    return Object.fromEntries(entries);
  })();
  return table;
}
