/**
 * What the inventory assumes about a partner it knows only by domain and kind: that their side is
 * set up to federate with you. The inventory never sees a partner's own settings unless given them,
 * so its cells answer "what do *your* settings do to this partner?"; the pages say so.
 */
import { convertMessengerAddress, defaultContact } from '../../rules/index.ts';
import type { EdgeKind, OnPremPlatform, Partner, Platform } from '../../rules/index.ts';
import { isOnPrem, onPremFederating, PLATFORM_NAMES, PLATFORMS, SIPFED } from '../../rules/index.ts';

/** The assumption for an on-premises partner, per kind of Edge (PLATFORM_NAMES' `edge`), in the reader's words. */
export const ASSUMED_EDGE_SIDE: Readonly<Record<EdgeKind, string>> = {
  'lync-server': `federation on at their Edge, an allowed-domain entry for your domain with proxy FQDN ${SIPFED}, their user's policy allowing federation`,
  ocs: `federation on at their Edge, an Allow entry for your domain with Access Edge ${SIPFED}, their user allowed to federate`,
};

const OTHER_SIDE: Readonly<Record<Exclude<Platform, OnPremPlatform>, string>> = {
  'lync-online': 'DNS verified, federation on and open to all domains, their user enabled',
  'windows-live-messenger': 'a Messenger user user@<domain> who has accepted your contact request',
};

/** The assumption per kind, in the reader's words. */
export const ASSUMED_SIDE: Readonly<Record<Platform, string>> = Object.fromEntries(
  PLATFORMS.map((p): [Platform, string] => [p, isOnPrem(p) ? ASSUMED_EDGE_SIDE[PLATFORM_NAMES[p].edge] : OTHER_SIDE[p]]),
) as Record<Platform, string>;

/** A partner of this kind on this domain, set up for your domain as ASSUMED_SIDE says. */
export function assumedPartner(domain: string, platform: Platform, tenantDomain: string): Partner {
  switch (platform) {
    case 'lync-online':
      return { platform, domain, dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, userExternalAccess: true };
    case 'windows-live-messenger':
      return { platform, address: `user@${domain}`, acceptsContactRequest: true };
    default:
      return { platform, domain, ...onPremFederating(), allowedDomains: [{ domain: tenantDomain, proxyFqdn: SIPFED }] };
  }
}

/** The address your user types: the Messenger form Lync needs for a vanity address, else the partner's own. */
export function typedContact(partner: Partner): string {
  if (partner.platform !== 'windows-live-messenger') return defaultContact(partner);
  const c = convertMessengerAddress(partner.address);
  return c.ok ? c.typeInLync : partner.address;
}
