/**
 * Their side: the partner's consent and configuration (seed paragraphs 16, 29–38, 46; evidence:
 * on-premises for the on-premises Edge). Lync Online partners, then on-premises partners, then
 * Messenger accounts.
 */
import {
  dnsCheck,
  dnsRecords,
  enableEdgeFederation,
  enableFederationPolicy,
  enableHostingProvider,
  newAllowedDomain,
  newAllowedDomainTwoStep,
  newAllowedDomainPermission,
  newHostingProvider,
  ocsAllowEntry,
  ocsEditAllowEntry,
  ocsEnableFederation,
  ocsEnableUser,
  ocsRemoveBlockEntry,
  panelAddDomain,
  panelFederationMode,
  panelRemoveDomain,
  panelUserExternalAccess,
  recreateHostingProvider,
  removeBlockedDomain,
  setAllowedDomainProxy,
  SIPFED,
  testFederatedPartner,
} from './commands.ts';
import { onDomainList } from './address.ts';
import type { Command, OnPremPartner, OnPremPlatform, Partner, Rule, RuleContext } from './model.ts';
import { PLATFORM_NAMES } from './model.ts';
import { isLyncServer, isOnPrem, LYNC_AND_OCS, LYNC_ONLINE, LYNC_SERVER, MESSENGER, OCS, ON_PREM } from './platforms.ts';
import { documentSource } from './documents.ts';

const lyncOnline = (ctx: RuleContext) => (ctx.partner.platform === 'lync-online' ? ctx.partner : null);
/** The partner when it is on premises (any kind whose PLATFORM_NAMES entry has an `edge`), else null. */
const onPrem = (ctx: RuleContext): OnPremPartner | null => (isOnPremPartner(ctx.partner) ? ctx.partner : null);
const isOnPremPartner = (partner: Partner): partner is OnPremPartner => isOnPrem(partner.platform);
const platformOf = (ctx: RuleContext) => ctx.partner.platform as OnPremPlatform;
/** A Lync Server Edge (PowerShell, hosting providers) as against OCS: PLATFORM_NAMES' `edge`. */
const lyncServer = (ctx: RuleContext): boolean => isLyncServer(ctx.partner.platform);
const byPlatform = (ctx: RuleContext, lync: Command[], ocs: Command[]): Command[] => (lyncServer(ctx) ? lync : ocs);

const CONSENT = {
  kind: 'seed',
  paragraph: 16,
  quote: 'Lync federation requires the consent and proper configuration of both parties of the federation relationship.',
} as const;

const RULES_AS_WRITTEN: readonly Rule[] = [
  {
    id: 'same-sip-domain',
    holds: 'Two different SIP domains',
    stage: 'their-side',
    kind: 'blocker',
    code: 'same-sip-domain',
    platforms: LYNC_AND_OCS,
    reads: ['tenant.domain', 'partner.domain'],
    source: {
      kind: 'evidence',
      evidence: 'on-premises#one-sip-domain-on-both-sides',
      confidence: 'sourced',
      note: 'One SIP domain split between on-premises servers and Lync Online is a hybrid (split-domain) deployment, not federation. Whether such a split with Lync Online was available at GA is not established.',
    },
    condition: 'the partner\'s SIP domain is your own Lync Online domain',
    explanation: 'The partner uses your own SIP domain, which makes it a split-domain (hybrid) deployment rather than federation between two organisations.',
    check: (ctx) => ctx.partnerDomain === ctx.tenant.domain,
    fix: (ctx) => [
      {
        rule: 'same-sip-domain',
        actor: 'your-admin',
        title: 'Check the partner\'s domain: federation needs two different SIP domains',
        steps: [
          `Make sure the partner's SIP domain really is ${ctx.partnerDomain}; federation is between two organisations with different SIP domains.`,
          'Sharing one SIP domain between on-premises Lync and Lync Online is a hybrid (split-domain) deployment, not federation; whether Lync Online offered it at general availability is not established.',
        ],
        commands: [],
      },
    ],
  },

  // --- Another Lync Online tenant ---------------------------------------------------------------
  {
    id: 'partner-dns-not-verified',
    holds: 'Their DNS records verified',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-dns-not-verified',
    platforms: LYNC_ONLINE,
    reads: ['partner.dnsVerified'],
    presupposes: ['address-reaches-partner'],
    source: CONSENT,
    condition: 'a Lync Online partner\'s DNS records are not verified',
    explanation: 'The partner\'s domain does not have its Lync DNS records in place and verified, so your side cannot find it.',
    check: (ctx) => lyncOnline(ctx)?.dnsVerified === false,
    fix: (ctx) => [
      {
        rule: 'partner-dns-not-verified',
        actor: 'partner-admin',
        title: `The partner publishes and verifies the Lync DNS records for ${ctx.partnerDomain}`,
        steps: [`The partner's admin creates these records for ${ctx.partnerDomain} and verifies the domain in Office 365.`],
        commands: [dnsRecords(ctx.partnerDomain), dnsCheck(ctx.partnerDomain)],
      },
    ],
  },
  {
    id: 'partner-federation-disabled',
    holds: 'Their federation on',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-federation-disabled',
    platforms: LYNC_ONLINE,
    reads: ['partner.federation.mode'],
    presupposes: ['address-reaches-partner'],
    source: { kind: 'seed', paragraph: 46, quote: 'both organizations have federation enabled it will just work' },
    condition: 'a Lync Online partner\'s Domain Federation tab says "Disable federation"',
    explanation: 'The partner\'s own Domain Federation tab turns federation off, and both organisations must have it on.',
    check: (ctx) => lyncOnline(ctx)?.federation.mode === 'disabled',
    fix: () => [
      {
        rule: 'partner-federation-disabled',
        actor: 'partner-admin',
        title: 'The partner turns federation on in their Lync Online control panel',
        steps: ['The partner\'s admin opens the Domain Federation tab, chooses Edit and allows federation.'],
        commands: [panelFederationMode('allow-all-except-blocked')],
      },
    ],
  },
  {
    id: 'partner-blocks-tenant-domain',
    holds: 'Their list admits your domain',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-blocks-tenant-domain',
    platforms: LYNC_ONLINE,
    reads: ['partner.federation.mode', 'partner.federation.domains', 'tenant.domain'],
    presupposes: ['address-reaches-partner'],
    source: CONSENT,
    condition: 'a Lync Online partner allows all except blocked, and your domain is on its list',
    explanation: 'The partner allows every domain except those it blocks, and your domain is on its block list.',
    check: (ctx) => {
      const p = lyncOnline(ctx);
      return p !== null && p.federation.mode === 'allow-all-except-blocked' && onDomainList(p.federation.domains, ctx.tenant.domain);
    },
    fix: (ctx) => [
      {
        rule: 'partner-blocks-tenant-domain',
        actor: 'partner-admin',
        title: `The partner removes ${ctx.tenant.domain} from its block list`,
        steps: [`The partner's admin selects ${ctx.tenant.domain} on the Domain Federation tab and chooses Remove domain.`],
        commands: [panelRemoveDomain(ctx.tenant.domain)],
      },
    ],
  },
  {
    id: 'partner-tenant-domain-not-allowed',
    holds: 'Their list admits your domain',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-tenant-domain-not-allowed',
    platforms: LYNC_ONLINE,
    reads: ['partner.federation.mode', 'partner.federation.domains', 'tenant.domain'],
    presupposes: ['address-reaches-partner'],
    source: CONSENT,
    condition: 'a Lync Online partner blocks all except allowed, and your domain is not on its list',
    explanation: 'The partner blocks every domain except those it allows, and your domain is not on its allow list.',
    check: (ctx) => {
      const p = lyncOnline(ctx);
      return p !== null && p.federation.mode === 'block-all-except-allowed' && !onDomainList(p.federation.domains, ctx.tenant.domain);
    },
    fix: (ctx) => [
      {
        rule: 'partner-tenant-domain-not-allowed',
        actor: 'partner-admin',
        title: `The partner adds ${ctx.tenant.domain} to its allow list`,
        steps: [`The partner's admin chooses Add domain on the Domain Federation tab and enters ${ctx.tenant.domain}.`],
        commands: [panelAddDomain(ctx.tenant.domain)],
      },
    ],
  },
  {
    id: 'partner-user-not-enabled',
    holds: 'Their user enabled for external access',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-user-not-enabled',
    platforms: LYNC_ONLINE,
    reads: ['partner.userExternalAccess'],
    presupposes: ['address-reaches-partner'],
    source: { kind: 'seed', paragraph: 29, quote: 'if they also are enabled for External access that is' },
    condition: 'the Lync Online partner\'s user is not enabled for external access',
    explanation: 'The person you want to reach is not enabled for external access in their own organisation.',
    check: (ctx) => lyncOnline(ctx)?.userExternalAccess === false,
    fix: () => [
      {
        rule: 'partner-user-not-enabled',
        actor: 'partner-admin',
        title: 'The partner enables their user for external access',
        steps: ['The partner\'s admin selects the user on the per-user tab (the article calls it User Information; the exact label is not confirmed) and enables External access.'],
        commands: [panelUserExternalAccess()],
      },
    ],
  },

  // --- On-premises Lync Server 2010, OCS 2007 R2, OCS 2007 (evidence: on-premises) -------------------------
  {
    id: 'partner-edge-federation-disabled',
    holds: 'Their Edge allows federation',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-federation-disabled',
    platforms: ON_PREM,
    reads: ['partner.federationEnabled'],
    presupposes: ['address-reaches-partner'],
    defeats: 'partner-edge-federates',
    source: { kind: 'seed', paragraph: 46, quote: 'their admins need to enable federation on the on premises server for federation to work' },
    condition: 'the on-premises partner\'s Edge does not allow federated users',
    explanation: 'The partner\'s Edge Server does not allow federation at all, so nothing from outside reaches their users.',
    check: (ctx) => onPrem(ctx)?.federationEnabled === false,
    fix: (ctx) => [
      {
        rule: 'partner-edge-federation-disabled',
        actor: 'partner-admin',
        title: 'The partner allows federated users on their Edge',
        steps: [
          lyncServer(ctx)
            ? 'In the Lync Server Management Shell, the partner\'s admin allows federated users on the Access Edge.'
            : 'On the Edge Server and in the forest-wide settings, the partner\'s admin turns federation on (our sources do not give the OCS console labels; the command below is a reconstruction).',
        ],
        commands: byPlatform(ctx, [enableEdgeFederation(onPrem(ctx)?.partnerDiscovery === true)], [ocsEnableFederation(platformOf(ctx))]),
      },
    ],
  },
  {
    id: 'partner-edge-blocks-tenant-domain',
    holds: 'Your domain not on their blocked list',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-blocks-tenant-domain',
    platforms: ON_PREM,
    reads: ['partner.blockedDomains', 'tenant.domain'],
    presupposes: ['address-reaches-partner', 'route-to-lync-online'],
    source: { kind: 'evidence', evidence: 'on-premises#route-and-permission', confidence: 'inferred', note: 'We infer (our route-and-permission model) that a blocked-domain entry for your domain wins over everything else on the Edge.' },
    condition: 'the on-premises partner has your domain on its blocked list',
    explanation: 'The partner\'s Edge has your domain on its blocked list, and (we infer) a block wins over every allow.',
    check: (ctx) => ctx.onPrem?.blocked === true,
    fix: (ctx) => [
      {
        rule: 'partner-edge-blocks-tenant-domain',
        actor: 'partner-admin',
        title: `The partner removes ${ctx.tenant.domain} from its blocked domains`,
        steps: [`The partner's admin deletes the blocked-domain entry for ${ctx.tenant.domain}.`],
        commands: byPlatform(ctx, [removeBlockedDomain(ctx.tenant.domain)], [ocsRemoveBlockEntry(platformOf(ctx), ctx.tenant.domain)]),
      },
    ],
  },
  {
    id: 'partner-edge-tenant-domain-not-allowed',
    holds: 'Your domain admitted (discovery or allowed entry)',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-tenant-domain-not-allowed',
    platforms: ON_PREM,
    reads: ['partner.partnerDiscovery', 'partner.allowedDomains', 'tenant.domain'],
    presupposes: ['address-reaches-partner', 'route-to-lync-online'],
    source: {
      kind: 'evidence',
      evidence: 'on-premises#lync-server-2010-two-routes',
      confidence: 'sourced',
      document: documentSource('hh202166'),
      note: '"If you did not enable domain discovery, then you must add the domain name of the Lync Online customer to your allowed domains list" (TechNet hh202166).',
    },
    condition: 'the on-premises partner has partner discovery off and no allowed-domain entry for your domain',
    explanation: 'The partner\'s Edge admits only the domains on its allowed list (partner discovery is off), and your domain is not on it.',
    check: (ctx) => ctx.onPrem?.permitted === false,
    fix: (ctx) => {
      // With a Lync Online hosting provider in place the route exists and only the permission is
      // missing: a plain allowed-domain entry (hh202166), never a second pointer at sipfed.
      const hosted = lyncServer(ctx) && ctx.onPrem?.route === 'hosting-provider';
      if (hosted) {
        return [
          {
            rule: 'partner-edge-tenant-domain-not-allowed',
            actor: 'partner-admin',
            title: `The partner adds ${ctx.tenant.domain} to its allowed domains (no proxy FQDN: its hosting provider is the route)`,
            steps: [
              `The partner already has a Lync Online hosting provider, so only the permission is missing: its admin adds ${ctx.tenant.domain} to the allowed domains without a proxy FQDN.`,
              `Do not give that entry the proxy FQDN ${SIPFED} as well: harmless on Lync Server 2010, but from Lync Server 2013 CU3 (later history) an Edge with the same FQDN as both an allowed partner's and a hosting provider's does not start.`,
              'Alternatively, turning on partner discovery (open federation) admits your domain too.',
              `Then Test-CsFederatedPartner can test ${ctx.tenant.domain}, now on the allowed list.`,
            ],
            commands: [newAllowedDomainPermission(ctx.tenant.domain), testFederatedPartner(ctx.tenant.domain)],
          },
        ];
      }
      return [
        {
          rule: 'partner-edge-tenant-domain-not-allowed',
          actor: 'partner-admin',
          title: `The partner adds ${ctx.tenant.domain} to its allowed domains, with proxy FQDN ${SIPFED}`,
          steps:
            lyncServer(ctx)
              ? [`The partner's admin adds an allowed-domain entry for ${ctx.tenant.domain} pointing at ${SIPFED} (direct federation, no hosting provider): one line, or the article's two steps.`]
              : [`The partner's admin adds an Allow-tab entry for ${ctx.tenant.domain} with ${SIPFED} as its Access Edge Server: it is both the permission and the route.`],
          commands: byPlatform(
            ctx,
            [newAllowedDomain(ctx.tenant.domain), newAllowedDomainTwoStep(ctx.tenant.domain)],
            [ocsAllowEntry(platformOf(ctx), ctx.tenant.domain)],
          ),
        },
      ];
    },
  },
  {
    id: 'partner-proxy-fqdn-missing',
    holds: 'Their entry for you names sipfed.online.lync.com',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-proxy-fqdn-missing',
    platforms: ON_PREM,
    reads: ['partner.platform', 'partner.allowedDomains', 'partner.hostingProviders', 'tenant.domain'],
    presupposes: ['address-reaches-partner', 'partner-edge-federates'],
    defeats: 'route-to-lync-online',
    source: { kind: 'seed', paragraph: 36, quote: 'Use Direct Federation by adding the Lync Online Allow domain entry with ProxyFqdn.' },
    condition: `the on-premises partner has no route to ${SIPFED}, but has an entry meant for you (an allowed-domain entry for your domain, or a hosting provider) whose proxy FQDN is missing or wrong`,
    explanation: `The partner has an entry meant for your domain (an allowed-domain entry or a hosting provider), but its proxy FQDN is not ${SIPFED}, so it does not lead to Lync Online (without a proxy FQDN their Edge falls back to DNS discovery, which we infer does not reach Lync Online).`,
    check: (ctx) => {
      const f = ctx.onPrem;
      return f !== null && f.route === null && (f.misdirected.allowedEntry || f.misdirected.hostingProviders.length > 0);
    },
    fix: (ctx) => {
      const f = ctx.onPrem;
      if (f === null) return [];
      const lync = lyncServer(ctx);
      const commands: Command[] = [];
      const steps: string[] = [];
      if (f.misdirected.allowedEntry) {
        steps.push(`The partner's admin sets the proxy FQDN of the allowed-domain entry for ${ctx.tenant.domain} to ${SIPFED}.`);
        commands.push(lync ? setAllowedDomainProxy(ctx.tenant.domain) : ocsEditAllowEntry(platformOf(ctx), ctx.tenant.domain));
      }
      for (const hp of f.misdirected.hostingProviders) {
        steps.push(`A hosting provider's proxy FQDN cannot be changed: the partner's admin removes "${hp.identity}" and creates it again with ${SIPFED}.`);
        commands.push(recreateHostingProvider(hp.identity));
      }
      // Test-CsFederatedPartner tests only a domain on the allowed-domain list (its cmdlet page).
      if (lync && f.allowedEntry !== undefined) commands.push(testFederatedPartner(ctx.tenant.domain));
      return [{ rule: 'partner-proxy-fqdn-missing', actor: 'partner-admin', title: `The partner points its entry for you at ${SIPFED}`, steps, commands }];
    },
  },
  {
    id: 'partner-no-route-to-lync-online',
    holds: 'Hosting provider or allowed-domain entry to Lync Online',
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-no-route-to-lync-online',
    platforms: ON_PREM,
    reads: ['partner.platform', 'partner.allowedDomains', 'partner.hostingProviders', 'tenant.domain'],
    presupposes: ['address-reaches-partner', 'partner-edge-federates'],
    defeats: 'route-to-lync-online',
    source: { kind: 'seed', paragraph: 33, quote: 'But the short answer is that this can be configured in two ways.' },
    condition: `the on-premises partner has no enabled hosting provider and no allowed-domain entry for your domain pointing at ${SIPFED}, and no entry meant for you that only needs its proxy FQDN fixed`,
    explanation: `The partner's Edge has no route to Lync Online: it needs a hosting provider or a direct-federation entry pointing at ${SIPFED} (DNS discovery alone, we infer, does not get there).`,
    check: (ctx) => {
      const f = ctx.onPrem;
      return f !== null && f.route === null && !f.misdirected.allowedEntry && f.misdirected.hostingProviders.length === 0;
    },
    fix: (ctx) => {
      const f = ctx.onPrem;
      if (f === null) return [];
      if (!lyncServer(ctx)) {
        return [
          {
            rule: 'partner-no-route-to-lync-online',
            actor: 'partner-admin',
            title: `The partner adds an Allow-tab entry for ${ctx.tenant.domain} pointing at ${SIPFED}`,
            steps: ['OCS has no hosting providers: the Edge\'s Allow-tab entry with the Access Edge Server set is the route.'],
            commands: [ocsAllowEntry(platformOf(ctx), ctx.tenant.domain)],
          },
        ];
      }
      const disabled = f.disabledRoute[0];
      if (disabled !== undefined) {
        return [
          {
            rule: 'partner-no-route-to-lync-online',
            actor: 'partner-admin',
            title: `The partner enables its hosting provider "${disabled.identity}"`,
            steps: [`The hosting provider "${disabled.identity}" already points at ${SIPFED} but is disabled.`],
            commands: [enableHostingProvider(disabled.identity), ...(f.allowedEntry !== undefined ? [testFederatedPartner(ctx.tenant.domain)] : [])],
          },
        ];
      }
      return [
        {
          rule: 'partner-no-route-to-lync-online',
          actor: 'partner-admin',
          title: `The partner adds a route to ${SIPFED}`,
          steps: [
            `Either direct federation: an allowed-domain entry for ${ctx.tenant.domain} with proxy FQDN ${SIPFED} (admits only your domain).`,
            'Or a hosting provider for Lync Online: with partner discovery on, it federates with every Office 365 domain; suited only where open federation is already allowed. With partner discovery off it also needs an allowed-domain entry for your domain, without a proxy FQDN.',
            `Choose one: a hosting provider and an allowed-domain entry whose proxy FQDN is also ${SIPFED} are harmless together on Lync Server 2010, but from Lync Server 2013 CU3 (later history) that Edge does not start.`,
            `Test-CsFederatedPartner tests only a domain on the allowed-domain list: run it once ${ctx.tenant.domain} is on it; otherwise test with an IM.`,
          ],
          commands: [newAllowedDomain(ctx.tenant.domain), newHostingProvider('LyncOnline'), testFederatedPartner(ctx.tenant.domain)],
        },
      ];
    },
  },
  {
    id: 'hosting-provider-opens-all-office365',
    holds: 'Open to every Office 365 domain',
    stage: 'their-side',
    kind: 'warning',
    code: 'hosting-provider-opens-all-office365',
    platforms: LYNC_SERVER,
    reads: ['partner.platform', 'partner.hostingProviders', 'partner.allowedDomains', 'partner.partnerDiscovery', 'tenant.domain'],
    source: { kind: 'seed', paragraph: 35, quote: 'The above will enable federation for all Office365 domains and is suited if you already allow “open federation”' },
    condition: 'the on-premises partner reaches you through an enabled Lync Online hosting provider with partner discovery on',
    explanation: 'The partner\'s hosting provider with partner discovery on federates it with every Office 365 domain, not only yours.',
    check: (ctx) => ctx.onPrem !== null && ctx.onPrem.route === 'hosting-provider' && onPrem(ctx)?.partnerDiscovery === true,
    fix: () => [],
  },
  {
    id: 'ocs-has-no-hosting-providers',
    holds: 'OCS has no hosting providers',
    stage: 'their-side',
    kind: 'warning',
    code: 'ocs-has-no-hosting-providers',
    platforms: OCS,
    reads: ['partner.platform', 'partner.hostingProviders'],
    source: { kind: 'evidence', evidence: 'on-premises#ocs-2007-r2-and-ocs-2007', confidence: 'sourced', note: 'OCS 2007 R2 and OCS 2007 have no hosting providers and no PowerShell; the Edge\'s Allow tab is both route and permission (sourced for OCS 2007 R2; for OCS 2007 we infer its Allow tab is the same).' },
    condition: 'an OCS partner was given hosting providers',
    explanation: `${OCS.map((p) => PLATFORM_NAMES[p].short).join(' and ')} have no hosting providers, so the ones given are ignored; only the Edge's Allow-tab entry counts.`,
    check: (ctx) => (onPrem(ctx)?.hostingProviders.length ?? 0) > 0,
    fix: () => [],
  },
  {
    id: 'partner-policy-user-not-enabled',
    holds: "Their user's policy allows federation",
    stage: 'their-side',
    kind: 'blocker',
    code: 'partner-user-not-enabled',
    platforms: ON_PREM,
    reads: ['partner.userExternalAccess'],
    presupposes: ['address-reaches-partner', 'route-to-lync-online'],
    source: {
      kind: 'evidence',
      evidence: 'on-premises#lync-server-2010-two-routes',
      confidence: 'sourced',
      document: { title: 'Microsoft, Get-CsExternalAccessPolicy (Lync Server 2010)', href: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg425805(v=ocs.14)' },
      note: 'The user\'s external access policy must allow federation: Set-CsExternalAccessPolicy -EnableFederationAccess $True.' },
    condition: 'the on-premises partner\'s user is not allowed to federate by policy',
    explanation: 'The person you want to reach is not allowed to talk to federated contacts by their own organisation\'s policy.',
    check: (ctx) => onPrem(ctx)?.userExternalAccess === false,
    fix: (ctx) => [
      {
        rule: 'partner-policy-user-not-enabled',
        actor: 'partner-admin',
        title: 'The partner allows its user to federate',
        steps: [
          lyncServer(ctx)
            ? 'The partner\'s admin lets the user\'s external access policy allow federation (Global shown; a per-user policy works the same way).'
            : 'The partner\'s admin enables federation in the user\'s OCS properties.',
        ],
        commands: byPlatform(ctx, [enableFederationPolicy()], [ocsEnableUser(platformOf(ctx))]),
      },
    ],
  },

  // --- Windows Live Messenger ----------------------------------------------------------------
  {
    id: 'messenger-domain-moved-to-lync-online',
    holds: 'Their Messenger account can still sign in',
    stage: 'their-side',
    kind: 'blocker',
    code: 'messenger-domain-moved-to-lync-online',
    platforms: MESSENGER,
    reads: ['partner.address', 'tenant.domain', 'tenant.publicIm'],
    presupposes: ['address-reaches-partner'],
    defeats: 'messenger-account-signs-in',
    source: {
      kind: 'seed',
      paragraph: 25,
      quote: 'your live messenger users will not be able to log in with their user@mydomain.com in Live Messenger anymore',
    },
    condition: 'the Messenger address is in your own domain, and Public IM is enabled or pending for it',
    explanation: 'Public IM for your domain moved Messenger accounts in that domain to Lync Online, so this Messenger account can no longer sign in.',
    check: (ctx) => ctx.partnerDomain === ctx.tenant.domain && ctx.tenant.publicIm !== 'disabled',
    fix: (ctx) => [
      {
        rule: 'messenger-domain-moved-to-lync-online',
        actor: 'partner-user',
        title: `The person signs in to Lync Online as ${ctx.partnerAddress}, or uses a Messenger address outside ${ctx.tenant.domain}`,
        steps: [
          `${ctx.tenant.domain} now belongs to your Lync Online tenant: a colleague with that address is reached in your own organisation, no federation needed.`,
          'Someone outside your organisation needs a Messenger sign-in in another domain (hotmail.com, for example).',
        ],
        commands: [],
      },
    ],
  },
  {
    id: 'messenger-contact-request-pending',
    holds: 'Contact request accepted',
    stage: 'their-side',
    kind: 'blocker',
    code: 'messenger-contact-request-pending',
    platforms: MESSENGER,
    reads: ['partner.acceptsContactRequest'],
    presupposes: ['address-reaches-partner', 'messenger-account-signs-in'],
    modalities: ['presence'],
    source: {
      kind: 'evidence',
      evidence: 'messenger#contact-requests',
      confidence: 'inferred',
      note: 'The article says a request "should pop up at the msn user after a while"; that presence shows only once they accept it is our reading, stated by no source.',
    },
    condition: 'presence, with a Messenger user who has not accepted the contact request',
    explanation: 'Your contact request reaches the Messenger user after a while, and they have not accepted it yet; we take it that presence shows only once they do (inferred).',
    check: (ctx) => (ctx.partner.platform === 'windows-live-messenger' && !ctx.partner.acceptsContactRequest ? ['presence'] : false),
    fix: () => [
      {
        rule: 'messenger-contact-request-pending',
        actor: 'partner-user',
        title: 'The Messenger user accepts your contact request',
        steps: ['The request pops up in Messenger after a while; once they accept it, presence should show in Lync (inferred: the article says only that the request reaches them).'],
        commands: [],
      },
    ],
  },
  {
    id: 'encryption-ends-at-partner-network',
    holds: "Encryption beyond this point is outside Microsoft's control",
    stage: 'their-side',
    kind: 'warning',
    code: 'encryption-ends-at-partner-network',
    platforms: MESSENGER,
    reads: [],
    source: {
      kind: 'seed',
      paragraph: 6,
      quote: 'But Microsoft does not control encryption after messages are passed to the federated partner’s network',
    },
    condition: 'the partner is on Messenger',
    explanation: 'Federated traffic is encrypted between the two IM systems, but once it is in the partner\'s network encryption is outside Microsoft\'s control (the article\'s example: between the Messenger server and its client).',
    check: () => true,
    fix: () => [],
  },
];

/**
 * The partner's rules. A PowerShell command for the partner's Edge is written once (commands.ts), for
 * every Lync Server kind: here it is marked as running on the partner's own kind.
 */
export const PARTNER_RULES: readonly Rule[] = RULES_AS_WRITTEN.map((rule) => ({
  ...rule,
  fix: (ctx: RuleContext) => {
    const fixes = rule.fix(ctx);
    const platform = ctx.partner.platform;
    if (!isLyncServer(platform)) return fixes;
    // Copied only where a command changes (every evaluation runs this: no copy for nothing).
    const stale = (c: Command) => c.language === 'powershell' && c.platform !== platform;
    return fixes.map((f) => (f.commands.some(stale) ? { ...f, commands: f.commands.map((c) => (stale(c) ? { ...c, platform } : c)) } : f));
  },
}));
