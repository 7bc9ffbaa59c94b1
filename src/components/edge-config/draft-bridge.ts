/**
 * Between the playground's form (its on-premises partner draft, where a proxy FQDN is '' when not
 * set) and the Edge reader's partner object (null when not set), so a paste can fill the form and
 * leave what it does not show as the reader set it.
 */
import { EDGE_SETTINGS, type MappedPartner, type PartnerInput } from '../../tools/edge-config/index.ts';
import type { Draft } from '../../share/playground-draft.ts';

type OnPremDraft = Draft['onPremises'];

// Every setting passes as it is but the lists, whose blank proxy FQDNs change form.
export function draftToPartner(d: OnPremDraft): PartnerInput {
  return {
    platform: 'lync-server-2010',
    ...d,
    hostingProviders: d.hostingProviders.map((h) => ({ identity: h.identity, proxyFqdn: h.proxyFqdn.trim() || null, enabled: h.enabled })),
    allowedDomains: d.allowedDomains.map((a) => ({ domain: a.domain, proxyFqdn: a.proxyFqdn.trim() || null })),
    blockedDomains: [...d.blockedDomains],
  };
}

export function partnerToDraft({ platform: _platform, ...p }: PartnerInput): OnPremDraft {
  return {
    ...p,
    hostingProviders: p.hostingProviders.map((h) => ({ identity: h.identity, proxyFqdn: h.proxyFqdn ?? '', enabled: h.enabled })),
    allowedDomains: p.allowedDomains.map((a) => ({ domain: a.domain, proxyFqdn: a.proxyFqdn ?? '' })),
    blockedDomains: [...p.blockedDomains],
  };
}

const SETTING_WORDS = Object.fromEntries(Object.entries(EDGE_SETTINGS).map(([s, e]) => [s, e.words])) as Record<MappedPartner['notRead'][number], string>;

/** One sentence on what the paste filled and what it left as it was. */
export function describeFill(mapped: MappedPartner): string {
  const read = (Object.keys(SETTING_WORDS) as (keyof typeof SETTING_WORDS)[]).filter((s) => !mapped.notRead.includes(s)).map((s) => SETTING_WORDS[s]);
  const kept = mapped.notRead.map((s) => SETTING_WORDS[s]);
  return `Filled from the paste: ${read.join(', ') || 'nothing'}.${kept.length ? ` Not in the paste, left as you set them: ${kept.join(', ')}.` : ''}`;
}
