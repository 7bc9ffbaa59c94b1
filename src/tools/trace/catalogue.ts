import type { RuleId, Source } from '../../rules/model.ts';
import { documentSource } from '../../rules/documents.ts';

/**
 * The ms-diagnostics codes this site explains: only those our evidence page lists
 * (/reference/evidence/troubleshooting/#ms-diagnostics-codes), each with the reason text as Lync
 * writes it, its meaning in federation terms, and its public source. A code not listed here is reported as unknown; the site never guesses.
 *
 * `rule` is the playground rule (= the contract's reason code) the code points to, or null when
 * no rule of the playground models it (certificates, a silent far side). `tenantSide` says which
 * end of the failing request is the Lync Online tenant ("your" side in the playground): the
 * sender (From) or the destination (To).
 */

export interface CatalogueEntry {
  code: number;
  reason: string;
  meaning: string;
  /** Where the code and its reason come from: the public document, and our evidence page. */
  source: Source;
  rule: RuleId | null;
  /** Other rules that produce the same code; the explanation names them. */
  alsoRules?: readonly RuleId[];
  tenantSide: 'from' | 'to';
  /** What it means on this site, in a sentence or two. */
  explanation: string;
  fix: string;
  /** Set when the link between the code and the rule is inferred, not sourced. */
  note?: string;
}

const MS_OCER: Source = {
  kind: 'evidence',
  evidence: 'troubleshooting#ms-diagnostics-codes',
  confidence: 'sourced',
  // One title for the specification everywhere (the Sources page, the ms-diagnostics table, the explainer).
  document: documentSource('msOcer'),
  note: 'The code and its reason text, from Microsoft\'s protocol specification.',
};
const BLOG_2012: Source = {
  kind: 'evidence',
  evidence: 'troubleshooting#ms-diagnostics-codes',
  confidence: 'uncertain',
  document: documentSource('netdork2012'),
  note: 'The code and its reason text come from one 2012 blog post only (Lync, Federation, and DNS, 18 July 2012), not from Microsoft: read this explanation as unconfirmed.',
};
const BLOG_1047: Source = {
  kind: 'evidence',
  evidence: 'troubleshooting#ms-diagnostics-codes',
  confidence: 'uncertain',
  document: documentSource('risual2012'),
  note: 'The code and its reason text come from one 2012 blog post only (risual, June 2012), not from Microsoft: read this explanation as unconfirmed.',
};

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: 1001,
    reason: 'From URI not authorized to communicate with public IM providers.',
    meaning: 'your user is not enabled for public IM',
    source: MS_OCER,
    rule: 'tenant-public-im-disabled',
    alsoRules: ['tenant-user-not-enabled'],
    tenantSide: 'from',
    explanation: 'The sender may not talk to Windows Live Messenger users: Public IM is not enabled for your domain, or your user is not enabled for external access.',
    fix: 'In the Lync Online control panel, enable Public IM Connectivity for your domain (it takes a while to provision), and check the user is enabled for external access.',
    note: 'The code\'s own text names only the user; that it also appears when Public IM Connectivity is off for your domain is our inference.',
  },
  {
    code: 1002,
    reason: 'From URI not authorized to communicate with federated partners.',
    meaning: "your user's policy does not allow federation",
    source: MS_OCER,
    rule: 'tenant-user-not-enabled',
    tenantSide: 'from',
    explanation: "The sender's own settings refuse federation: the user is not enabled to talk to federated partners.",
    fix: 'Enable the user for external access (Lync Online: the user\'s settings; Lync Server: an external access policy with EnableFederationAccess $True).',
  },
  {
    code: 1003,
    reason: 'User does not exist.',
    meaning: 'the address is wrong (check the vanity form)',
    source: MS_OCER,
    rule: 'messenger-vanity-address-format',
    tenantSide: 'from',
    explanation: 'The far side has no user with this address. With a Messenger user whose sign-in is not a Microsoft domain, the contact must be added as user(domain.com)@msn.com.',
    fix: 'Check the address; for a Messenger user with a vanity domain, add the contact as user(domain.com)@msn.com.',
  },
  {
    code: 1005,
    reason: 'Cannot route to destination domain.',
    meaning: 'no route: allowed domain / hosting provider missing',
    source: MS_OCER,
    rule: 'partner-no-route-to-lync-online',
    alsoRules: ['partner-proxy-fqdn-missing'],
    tenantSide: 'to',
    explanation: 'The sending server has no route to the destination domain: an on-premises partner needs a hosting provider, or an allowed-domain entry for your domain, with proxy FQDN sipfed.online.lync.com.',
    fix: 'On the partner\'s Lync Server: New-CsHostingProvider -Identity LyncOnline -ProxyFqdn sipfed.online.lync.com -Enabled $True, or New-CsAllowedDomain -Identity <your domain> -ProxyFqdn sipfed.online.lync.com.',
  },
  {
    code: 1008,
    reason: 'Unable to resolve DNS SRV record.',
    meaning: "the partner's _sipfederationtls._tcp record is missing",
    source: MS_OCER,
    rule: 'partner-dns-not-verified',
    tenantSide: 'from',
    explanation: "The sending server looked up the destination domain's _sipfederationtls._tcp SRV record and found none, so it cannot find the partner.",
    fix: 'The destination domain must publish a _sipfederationtls._tcp.<domain> SRV record on port 5061. If that domain is on Lync Online, the record points at sipfed.online.lync.com; if it runs Lync Server or OCS on premises, it points at that organisation\'s own Access Edge. Check it with the DNS record checker.',
  },
  {
    code: 1009,
    reason: 'Conflicting SRV and host domains in DNS.',
    meaning: 'discovery found an SRV target outside the domain (Lync Online without a proxy FQDN)',
    source: MS_OCER,
    rule: 'partner-proxy-fqdn-missing',
    tenantSide: 'to',
    explanation: "The partner's Edge found your federation SRV record by DNS discovery, but its target (sipfed.online.lync.com) is not in your domain, so it refuses it. Reaching Lync Online needs an explicit proxy FQDN.",
    fix: "On the partner's Lync Server: Set-CsAllowedDomain -Identity <your domain> -ProxyFqdn sipfed.online.lync.com (or a hosting provider with that proxy FQDN).",
    note: 'That this is what a missing proxy FQDN produces with Lync Online is inferred (see the evidence page on the on-premises side, "Route and permission"), not stated by a source.',
  },
  {
    code: 1010,
    reason: 'Certificate trust with next-hop server could not be established.',
    meaning: 'certificate problem between the Edges',
    source: MS_OCER,
    rule: null,
    tenantSide: 'from',
    explanation: "The two Edge servers could not establish certificate trust: one side does not trust the other's certificate. The playground does not model certificates.",
    fix: "On the partner's on-premises Edge, check that it trusts the certificate Lync Online presents, and that its own external certificate is one Lync Online can trust.",
  },
  {
    code: 1011,
    reason: 'ms-diagnostics header not provided by previous hop.',
    meaning: 'the far side said nothing; look there',
    source: MS_OCER,
    rule: null,
    tenantSide: 'from',
    explanation: 'The failure happened at the far side, which gave no reason. This log cannot tell which setting is wrong.',
    fix: 'Collect a log on the far side (or ask the partner to); check their federation settings against the playground.',
  },
  {
    code: 1012,
    reason: 'From URI is not authorized to communicate with users outside the enterprise.',
    meaning: 'external access off for the user',
    source: MS_OCER,
    rule: 'tenant-user-not-enabled',
    tenantSide: 'from',
    explanation: 'The sender is not enabled for external access, so nothing leaves the organisation on their behalf.',
    fix: 'Enable the user for external access (Lync Online: the user\'s settings; Lync Server: the external access policy).',
  },
  {
    code: 1014,
    reason: 'Unable to resolve DNS A record.',
    meaning: 'the SRV target does not resolve',
    source: MS_OCER,
    rule: 'partner-dns-not-verified',
    tenantSide: 'from',
    explanation: "The destination domain's federation SRV record points to a host name that does not resolve.",
    fix: "Correct the destination's _sipfederationtls._tcp SRV record: if that domain is on Lync Online, its target must be sipfed.online.lync.com; if it runs Lync Server or OCS on premises, its target is that organisation's own Access Edge, which needs a DNS A record. Check it with the DNS record checker.",
  },
  {
    code: 1017,
    reason: 'Cannot route From and To domains in this combination',
    meaning: 'split-domain / hybrid header mismatch',
    source: MS_OCER,
    rule: 'same-sip-domain',
    tenantSide: 'to',
    explanation: 'The same SIP domain appears on both sides: that is a split-domain (hybrid) deployment, which federation does not cover.',
    fix: 'Federation needs two different SIP domains; one domain split between on-premises and online is a hybrid deployment, configured differently.',
  },
  {
    code: 1027,
    reason: 'Cannot route this type of SIP request to or from federated partners',
    meaning: 'the request was refused across federation; the sources do not settle one cause',
    source: BLOG_2012,
    rule: null,
    tenantSide: 'from',
    explanation: "The request was refused as it crossed federation. In the one public incident (2012, with 1034 on the same exchange) it appeared while the far side had not admitted the sender's domain; the sources do not settle one cause.",
    fix: "For IM, presence or a call, check: each side admits the other's domain (Domain Federation tab, or the partner's allowed and blocked domains), both domains' _sipfederationtls._tcp SRV records (the sources do not say which side's lookup failed), and an on-premises partner's route to sipfed.online.lync.com. If the refused request was a file transfer: file transfer is not available with federated partners (see What works with each partner: file transfer).",
  },
  {
    code: 1034,
    reason: 'Previous hop federated peer did not report diagnostic information',
    meaning: 'the partner side failed without saying why: check their settings',
    source: BLOG_2012,
    rule: 'partner-federation-disabled',
    alsoRules: ['partner-tenant-domain-not-allowed', 'partner-blocks-tenant-domain', 'partner-user-not-enabled'],
    tenantSide: 'from',
    explanation: "The partner's server refused or failed without giving a reason. Look at their settings, for example federation off, your domain not allowed or blocked, or their user not enabled; the code cannot tell which, and the cause may be something else on their side. The playground opens on a Lync Online partner whose Domain Federation tab says \"Disable federation\".",
    fix: "Ask the partner to check their federation settings: federation turned on (their Domain Federation tab on Lync Online, their Edge on premises), your domain allowed and not blocked, their user enabled.",
  },
  {
    code: 1047,
    reason: 'Failed to complete TLS negotiation with a federated peer server',
    meaning: 'TLS between the two Edges failed: a certificate chain not trusted, or a name that does not match',
    source: BLOG_1047,
    rule: null,
    tenantSide: 'from',
    explanation: "The TLS handshake between the two Edges failed: one side does not trust the other's certificate chain, or the certificate's name does not match the FQDN it was reached by. The two sides are Lync Online's federation edge (sipfed.online.lync.com) and, for a partner on premises, their own Access Edge. The playground does not model certificates.",
    fix: "On the partner's on-premises Edge, check both directions: that it trusts the chain of the certificate Lync Online presents, and that its own certificate chains to a trusted root and names the FQDN partners reach it by (the one in their SRV record).",
  },
];

const BY_CODE = new Map(CATALOGUE.map((e) => [e.code, e]));

/** The entry for a code; undefined when the site does not know it (report it as unknown). */
export function lookupCode(code: number): CatalogueEntry | undefined {
  return BY_CODE.get(code);
}
