/**
 * The address typed (seed paragraphs 41–46, evidence: messenger) and the modality itself (seed
 * paragraphs 5 and 14, the matrix; evidence: modalities).
 */
import { convertMessengerAddress, messengerDomainKind, microsoftDomainWords, vanityDomainWords, windowsLiveIdCaveat } from './address.ts';
import { addContact } from './commands.ts';
import { supportOf } from './matrix.ts';
import { MODALITIES, type Modality, type Rule, type RuleContext } from './model.ts';
import { ALL, MESSENGER } from './platforms.ts';
import { documentSource } from './documents.ts';

/** The modality the seed rules out with every federated partner (paragraph 14). */
const FILE_TRANSFER: readonly Modality[] = ['file-transfer'];

/** The contact names the partner's Messenger sign-in (user compared case-insensitively). */
const namesMessengerPartner = (ctx: RuleContext): boolean => {
  const at = ctx.partnerAddress.lastIndexOf('@');
  return ctx.contact.domain === ctx.partnerDomain && ctx.contact.user.toLowerCase() === ctx.partnerAddress.slice(0, at).toLowerCase();
};

/** What the user should type to add this partner. */
export function addressToType(ctx: RuleContext): string {
  if (ctx.partner.platform !== 'windows-live-messenger') return `${ctx.contact.user}@${ctx.partnerDomain}`;
  const c = convertMessengerAddress(ctx.partnerAddress);
  return c.ok ? c.typeInLync : ctx.partnerAddress;
}

const typeInstead = (ctx: RuleContext, rule: Rule['id'], why: string) => [
  {
    rule,
    actor: 'you' as const,
    title: `Add the contact as ${addressToType(ctx)}`,
    steps: [why, 'Write the address in the Lync search bar, right-click the result and choose the article\'s "add to contact list" (the exact menu label is not confirmed).'],
    commands: [addContact(addressToType(ctx))],
  },
];

export const ADDRESS_RULES: readonly Rule[] = [
  {
    id: 'contact-not-partner-address',
    holds: 'The address typed is theirs',
    stage: 'address',
    kind: 'blocker',
    code: 'contact-not-partner-address',
    platforms: ALL,
    reads: ['contact', 'partner.domain', 'partner.address'],
    defeats: 'address-reaches-partner',
    source: {
      kind: 'evidence',
      evidence: 'messenger#vanity-domains-userdomainmsncom',
      confidence: 'inferred',
      note: 'Inferred: the rules are evaluated between your domain and the partner\'s; an address in another domain (or, for a Lync partner, in the Messenger form) reaches someone else.',
    },
    condition: 'the address typed is not the partner\'s: another domain or user, or the Messenger (…)@msn.com form for a Lync or OCS partner',
    explanation: 'The address typed into Lync does not name the partner you set up, so Lync is trying to reach someone else.',
    check: (ctx) =>
      ctx.partner.platform === 'windows-live-messenger'
        ? !namesMessengerPartner(ctx)
        : ctx.contact.form === 'vanity' || ctx.contact.domain !== ctx.partnerDomain,
    fix: (ctx) => typeInstead(ctx, 'contact-not-partner-address', `The partner's address is ${ctx.partnerAddress.startsWith('user@') ? `in ${ctx.partnerDomain}` : ctx.partnerAddress}.`),
  },
  {
    id: 'messenger-vanity-address-format',
    holds: 'An own-domain address typed as user(domain)@msn.com',
    stage: 'address',
    kind: 'blocker',
    code: 'messenger-vanity-address-format',
    platforms: MESSENGER,
    reads: ['contact', 'partner.address'],
    defeats: 'address-reaches-partner',
    source: {
      kind: 'seed',
      paragraph: 42,
      quote: 'Instruct your users to add MSN/Live users that have vanity domains in this format username(domain.com)@msn.com',
    },
    condition: 'a Messenger user with a vanity sign-in domain was added as user@domain instead of user(domain)@msn.com',
    explanation: 'Messenger users whose sign-in is not a Microsoft address must be added as user(domain)@msn.com, a form that reaches a Windows Live ID only; added as user@domain, Lync treats that domain as an organisation of its own (inferred) and finds nobody.',
    check: (ctx) => ctx.contact.form === 'plain' && namesMessengerPartner(ctx) && messengerDomainKind(ctx.partnerDomain) === 'vanity',
    fix: (ctx) => typeInstead(ctx, 'messenger-vanity-address-format', `${ctx.partnerAddress} is a vanity Messenger sign-in: ${vanityDomainWords(ctx.partnerDomain)}. ${windowsLiveIdCaveat(ctx.partnerAddress, ctx.partnerDomain)}`),
  },
  {
    id: 'messenger-microsoft-address-wrapped',
    holds: 'A Microsoft address typed as it is',
    stage: 'address',
    kind: 'blocker',
    code: 'messenger-microsoft-address-wrapped',
    platforms: MESSENGER,
    reads: ['contact', 'partner.address'],
    defeats: 'address-reaches-partner',
    source: { kind: 'seed', paragraph: 46, quote: 'uses a hotmail.com, msn.com (Microsoft address) it will just work.' },
    condition: 'a Messenger user with a Microsoft sign-in domain (hotmail.com, msn.com, …) was added in the vanity form user(domain)@msn.com',
    explanation: 'Microsoft Messenger addresses such as hotmail.com are added as they are; the (…)@msn.com form is only for other domains.',
    check: (ctx) => ctx.contact.form === 'vanity' && namesMessengerPartner(ctx) && messengerDomainKind(ctx.partnerDomain) !== 'vanity',
    fix: (ctx) => typeInstead(ctx, 'messenger-microsoft-address-wrapped', `${microsoftDomainWords(ctx.partnerDomain)}: no wrapping.`),
  },
  {
    id: 'file-transfer-not-federated',
    holds: 'File transfer over federation',
    stage: 'modality',
    kind: 'blocker',
    code: 'file-transfer-not-federated',
    platforms: ALL,
    reads: [],
    modalities: FILE_TRANSFER,
    source: { kind: 'seed', paragraph: 14, quote: 'File transfer is not available with federated connections.' },
    condition: 'file transfer, with any federated partner',
    explanation: 'File transfer is not available with federated connections, whoever the partner is.',
    check: () => FILE_TRANSFER,
    fix: () => [
      {
        rule: 'file-transfer-not-federated',
        actor: 'you',
        title: 'Send the file another way',
        steps: ['No setting turns file transfer on across federation: share the file by other means, such as e-mail.'],
        commands: [],
      },
    ],
  },
  {
    id: 'modality-not-supported-with-partner',
    holds: 'Carried with this kind of partner',
    stage: 'modality',
    kind: 'blocker',
    code: 'modality-not-supported-with-partner',
    platforms: ALL,
    reads: ['partner.platform'],
    // Every modality but file transfer, which has its own rule above: derived, so a new modality is
    // checked against the matrix here without anyone remembering to list it.
    modalities: MODALITIES.filter((m) => !FILE_TRANSFER.includes(m)),
    source: {
      kind: 'evidence',
      evidence: 'modalities#messenger-audio-and-video',
      confidence: 'uncertain',
      document: documentSource('kb897567'),
      note: 'The modality matrix: the article\'s audio and video are Lync-to-Lync, so no with Messenger as the article reads; uncertain, since KB 897567 is about OCS, Lync Server 2010 offered it with Messenger 2011, and Lync Online\'s undated help lists it.',
    },
    condition: 'a modality this kind of partner does not support over federation (the modality matrix)',
    explanation: 'This kind of partner does not support this modality over federation as the article reads it: with Windows Live Messenger, IM and presence (whether audio and video worked with Messenger at GA is uncertain).',
    check: (ctx) => {
      const out: Modality[] = [];
      for (const m of ctx.asked) if (!FILE_TRANSFER.includes(m) && !supportOf(ctx.partner.platform, m).supported) out.push(m);
      return out;
    },
    fix: () => [
      {
        rule: 'modality-not-supported-with-partner',
        actor: 'you',
        title: 'Use IM and presence with this contact',
        steps: ['The article\'s audio and video are Lync-to-Lync: with Messenger contacts count on IM and presence (as of Office 365 GA). Whether audio and video worked with Messenger then is uncertain; try a call rather than promise one.'],
        commands: [],
      },
    ],
  },
];
