/**
 * The picture's words: each check as the condition that must hold (so "passes" and "blocks" read
 * naturally after it), and each hop's name. Display only: whether a check holds is the
 * evaluation's, and what a blocker means is its rule's explanation.
 */
import type { Modality, Platform, RuleId } from '../rules/index.ts';
import type { HopId } from './hops.ts';
import { platformRecord } from '../rules/model.ts';

export const CHECK_LABEL: Record<RuleId, string> = {
  'tenant-dns-not-verified': 'Your DNS records verified',
  'tenant-federation-disabled': 'Your federation on',
  'tenant-federation-disabled-messenger': 'Your federation on',
  'tenant-blocks-partner-domain': 'Your list admits their domain',
  'tenant-partner-domain-not-allowed': 'Your list admits their domain',
  'tenant-user-not-enabled': 'Your user enabled for external access',
  'tenant-public-im-disabled': 'Public IM enabled for your domain',
  'tenant-public-im-pending': 'Public IM provisioned',
  'public-im-moves-messenger-domain': 'Messenger accounts in your domain move to Lync Online',
  'public-im-provisioning-delay': 'Provisioning takes a while',
  'partner-dns-not-verified': 'Their DNS records verified',
  'partner-federation-disabled': 'Their federation on',
  'partner-blocks-tenant-domain': 'Their list admits your domain',
  'partner-tenant-domain-not-allowed': 'Their list admits your domain',
  'partner-user-not-enabled': 'Their user enabled for external access',
  'partner-edge-federation-disabled': 'Their Edge allows federation',
  'partner-edge-blocks-tenant-domain': 'Your domain not on their blocked list',
  'partner-edge-tenant-domain-not-allowed': 'Your domain admitted (discovery or allowed entry)',
  'partner-proxy-fqdn-missing': 'Their entry for you names sipfed.online.lync.com',
  'partner-no-route-to-lync-online': 'Hosting provider or allowed-domain entry to Lync Online',
  'same-sip-domain': 'Two different SIP domains',
  'hosting-provider-opens-all-office365': 'Open to every Office 365 domain',
  'ocs-has-no-hosting-providers': 'OCS has no hosting providers',
  'partner-policy-user-not-enabled': "Their user's policy allows federation",
  'messenger-domain-moved-to-lync-online': 'Their Messenger account can still sign in',
  'messenger-contact-request-pending': 'Contact request accepted',
  'encryption-ends-at-partner-network': "Encryption beyond this point is outside Microsoft's control",
  'contact-not-partner-address': 'The address typed is theirs',
  'messenger-vanity-address-format': 'An own-domain address typed as user(domain)@msn.com',
  'messenger-microsoft-address-wrapped': 'A Microsoft address typed as it is',
  'file-transfer-not-federated': 'File transfer over federation',
  'modality-not-supported-with-partner': 'Carried with this kind of partner',
};

export const HOP_NAME: Record<HopId, string> = {
  'your-user': 'Your user',
  'your-tenant': 'Your Lync Online tenant',
  'federation-edge': 'Lync Online federation edge',
  dns: 'DNS lookup (inferred)',
  route: 'Their route to Lync Online',
  'public-im': 'Public IM connectivity',
  'their-tenant': 'Their Lync Online tenant',
  'their-edge': 'Their Access Edge',
  messenger: 'Windows Live Messenger',
  'their-user': 'Their user',
};

/** Each partner kind's short name, from its description (PLATFORM_NAMES in src/rules/model.ts). */
export const PLATFORM_NAME: Readonly<Record<Platform, string>> = platformRecord('short');

export const MODALITY_NAME: Record<Modality, string> = {
  im: 'IM',
  presence: 'presence',
  audio: 'audio',
  video: 'video',
  'file-transfer': 'file transfer',
};
