/**
 * npm run bench:inventory: a partner inventory of 1,000 partners (every kind, mixed settings) against
 * one tenant, under today's settings and under the classic 2011 change (Domain Federation switched to
 * "Block all domains except those I allow", with half the partners allowed, and Public IM enabled):
 * 1,000 partners × 5 modalities, now and proposed. Prints the median and worst of 25 timed runs
 * after a warm-up, then one JSON line. Budget: under 50 ms (issue 32).
 */
import { isLyncServer, ON_PREM_PLATFORMS, onPremFederating } from '../src/rules/index.ts';
import type { Partner, Tenant } from '../src/rules/index.ts';
import { runInventory } from '../src/tools/inventory/inventory.ts';

export const INVENTORY_BUDGET_MS = 50;
const SIPFED = 'sipfed.online.lync.com';

/** 1,000 partners, deterministic: Lync Online, each on-premises kind and Messenger in turn. */
export function benchPartners(count = 1000): Partner[] {
  const out: Partner[] = [];
  for (let i = 0; i < count; i++) {
    const domain = `partner${i}.example`;
    const kind = i % 5;
    if (kind === 0) out.push({ platform: 'lync-online', domain, dnsVerified: i % 7 !== 0, federation: { mode: i % 11 === 0 ? 'block-all-except-allowed' : 'allow-all-except-blocked', domains: i % 11 === 0 ? ['contoso.com'] : [] }, userExternalAccess: true });
    else if (kind === 4) out.push({ platform: 'windows-live-messenger', address: i % 2 ? `user${i}@hotmail.com` : `user@${domain}`, acceptsContactRequest: i % 3 !== 0 });
    else {
      const platform = ON_PREM_PLATFORMS[(kind - 1) % ON_PREM_PLATFORMS.length]!;
      out.push({ platform, domain, ...onPremFederating(), partnerDiscovery: i % 2 === 0, hostingProviders: isLyncServer(platform) && i % 3 === 0 ? [{ identity: 'LyncOnline', proxyFqdn: SIPFED, enabled: true }] : [], allowedDomains: i % 3 === 0 ? [] : [{ domain: 'contoso.com', proxyFqdn: SIPFED }], blockedDomains: [], userExternalAccess: i % 13 !== 0 });
    }
  }
  return out;
}

const partners = benchPartners();
const tenant: Tenant = { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: ['partner15.example'] }, publicIm: 'disabled', userExternalAccess: true };
const allowed = partners.filter((_, i) => i % 2 === 0).map((p) => (p.platform === 'windows-live-messenger' ? p.address.split('@')[1]! : p.domain));
const proposed: Tenant = { ...tenant, federation: { mode: 'block-all-except-allowed', domains: [...new Set(allowed)] }, publicIm: 'enabled' };

for (let i = 0; i < 5; i++) runInventory(tenant, partners, proposed);
const times: number[] = [];
let summary = runInventory(tenant, partners, proposed).summary;
for (let i = 0; i < 25; i++) {
  const start = performance.now();
  summary = runInventory(tenant, partners, proposed).summary;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const worst = times[times.length - 1]!;
const verdict = median < INVENTORY_BUDGET_MS ? 'within' : 'OVER';
console.log(`inventory: 1,000 partners × 5 modalities, now and proposed: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (${verdict} the ${INVENTORY_BUDGET_MS} ms budget); ${summary.changedPartners} partners change`);
console.log(JSON.stringify({ partners: partners.length, modalities: 5, medianMs: +median.toFixed(2), worstMs: +worst.toFixed(2), budgetMs: INVENTORY_BUDGET_MS, withinBudget: median < INVENTORY_BUDGET_MS, changedPartners: summary.changedPartners }));
