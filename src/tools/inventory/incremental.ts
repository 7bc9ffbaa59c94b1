/**
 * The inventory for a page, a slice at a time: a long partner list is evaluated in slices of a few
 * milliseconds each, so the page never holds the main thread for long (no long task on a slow
 * phone). Each slice calls the same inventoryRow (so evaluate) as the CLI; two things only save
 * work: today's cells are cached per tenant and partner (a proposed change does not re-evaluate
 * today), and a row whose cells did not change keeps its object, so the table redraws only the rows
 * that changed.
 */
import type { Partner, Tenant } from '../../rules/index.ts';
import { cellsFor, sameTenant, type InventoryCells, type InventoryRow } from './inventory.ts';
import { MODALITIES } from '../../rules/index.ts';

export interface InventoryJob {
  tenant: Tenant;
  proposed: Tenant;
  /** Keyed by the partner's domain (unique in a list). */
  partners: readonly { domain: string; partner: Partner }[];
  contactOf: (partner: Partner) => string;
}

const tenantKey = (t: Tenant) => `${t.domain}|${t.dnsVerified}|${t.publicIm}|${t.userExternalAccess}|${t.federation.mode}|${t.federation.domains.join(',')}`;
const cellsKey = (c: InventoryCells) => MODALITIES.map((m) => `${c[m].works ? 1 : 0}${c[m].reasons.join(',')}${c[m].certainty ?? ''}`).join(';');
const partnerKey = (p: Partner) => JSON.stringify(p);

/** Caches today's cells across jobs (bounded). */
export class CellCache {
  private map = new Map<string, InventoryCells>();
  get(tenant: Tenant, partner: Partner, contact: string): InventoryCells {
    const key = `${tenantKey(tenant)}#${partnerKey(partner)}#${contact}`;
    let cells = this.map.get(key);
    if (!cells) {
      if (this.map.size > 20_000) this.map.clear();
      cells = cellsFor(tenant, partner, contact);
      this.map.set(key, cells);
    }
    return cells;
  }
}

/** One row, computed as inventoryRow does, reusing `previous` when nothing in it changed. */
export function rowFor(job: InventoryJob, item: { domain: string; partner: Partner }, cache: CellCache, previous: InventoryRow | undefined): InventoryRow {
  const contact = job.contactOf(item.partner);
  const now = cache.get(job.tenant, item.partner, contact);
  const next = sameTenant(job.tenant, job.proposed) ? now : cache.get(job.proposed, item.partner, contact);
  const changed = MODALITIES.filter((m) => now[m].works !== next[m].works);
  const row: InventoryRow = { domain: item.domain, platform: item.partner.platform, now, proposed: next, changed };
  if (item.partner.platform === 'windows-live-messenger') row.address = item.partner.address;
  if (previous && previous.platform === row.platform && previous.address === row.address && cellsKey(previous.now) === cellsKey(now) && cellsKey(previous.proposed) === cellsKey(next)) return previous;
  return row;
}

/** Every row at once (the server's render and small lists). */
export function allRows(job: InventoryJob, cache: CellCache, previous: ReadonlyMap<string, InventoryRow> = new Map()): Map<string, InventoryRow> {
  const out = new Map<string, InventoryRow>();
  for (const item of job.partners) out.set(item.domain, rowFor(job, item, cache, previous.get(item.domain)));
  return out;
}

/**
 * Computes the rows slice by slice, calling `publish` after each slice with the rows so far (merged
 * over `previous`) and yielding to the page between slices. Stops early when `cancelled()` says a
 * newer job has started. Resolves with the full map, or null when cancelled.
 */
export async function rowsInSlices(
  job: InventoryJob,
  cache: CellCache,
  previous: ReadonlyMap<string, InventoryRow>,
  publish: ((rows: Map<string, InventoryRow>) => void) | null,
  cancelled: () => boolean,
  budgetMs = 4,
): Promise<Map<string, InventoryRow> | null> {
  const done = new Map<string, InventoryRow>();
  // Not in the task that made the change: that one only redraws the form (and a quick series of
  // changes, a reader holding an arrow key on a select, is worked through once).
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (cancelled()) return null;
  let i = 0;
  while (i < job.partners.length) {
    const start = performance.now();
    let changedRows = 0;
    // A slice ends on its time budget, or after a few changed rows (each costs a redraw); it always
    // does one row, so even a budget of nothing gets through the list.
    for (let first = true; i < job.partners.length && (first || (performance.now() - start < budgetMs && changedRows < 20)); first = false) {
      const item = job.partners[i++]!;
      const before = previous.get(item.domain);
      const row = rowFor(job, item, cache, before);
      if (row !== before) changedRows++;
      done.set(item.domain, row);
    }
    if (i < job.partners.length) {
      if (publish) publish(new Map([...previous, ...done]));
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled()) return null;
    }
  }
  return done;
}
