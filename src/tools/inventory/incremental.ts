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
  /** The date the answers are for (src/rules/history.ts); general availability when absent. */
  asOf?: string;
}

const tenantKey = (t: Tenant) => `${t.domain}|${t.dnsVerified}|${t.publicIm}|${t.userExternalAccess}|${t.federation.mode}|${t.federation.domains.join(',')}`;

/** True when two cells say the same (compared field by field: no strings built for a row). */
export function sameCells(a: InventoryCells, b: InventoryCells): boolean {
  if (a === b) return true;
  for (const m of MODALITIES) {
    const x = a[m];
    const y = b[m];
    if (x.works !== y.works || x.certainty !== y.certainty || x.uncertainty !== y.uncertainty || x.reasons.length !== y.reasons.length) return false;
    for (let i = 0; i < x.reasons.length; i++) if (x.reasons[i] !== y.reasons[i]) return false;
  }
  return true;
}

/**
 * Caches cells across jobs (bounded): per tenant settings and date, then per partner. A partner's
 * key and typed contact are worked out once per partner object (the page keeps its partner objects
 * while only settings change), so a change of setting costs a map look-up per row, not a string.
 */
export class CellCache {
  private byTenant = new Map<string, Map<string, InventoryCells>>();
  private size = 0;
  private partnerInfo = new WeakMap<Partner, { key: string; contact: string }>();
  private contactOf: ((partner: Partner) => string) | null = null;

  private info(partner: Partner, contactOf: (partner: Partner) => string): { key: string; contact: string } {
    if (this.contactOf !== contactOf) {
      this.contactOf = contactOf;
      this.partnerInfo = new WeakMap();
    }
    let info = this.partnerInfo.get(partner);
    if (!info) {
      const contact = contactOf(partner);
      info = { key: `${JSON.stringify(partner)}#${contact}`, contact };
      this.partnerInfo.set(partner, info);
    }
    return info;
  }

  /** The cells of every partner under one tenant at one date: a function of the partner. */
  forTenant(tenant: Tenant, contactOf: (partner: Partner) => string, asOf?: string): (partner: Partner) => InventoryCells {
    const key = `${tenantKey(tenant)}@${asOf ?? ''}`;
    let map = this.byTenant.get(key);
    if (!map) {
      if (this.size > 20_000) {
        this.byTenant.clear();
        this.size = 0;
      }
      map = new Map();
      this.byTenant.set(key, map);
    }
    const cells = map;
    return (partner) => {
      const info = this.info(partner, contactOf);
      let c = cells.get(info.key);
      if (!c) {
        c = cellsFor(tenant, partner, info.contact, asOf);
        cells.set(info.key, c);
        this.size++;
      }
      return c;
    };
  }

  get(tenant: Tenant, partner: Partner, contact: string, asOf?: string): InventoryCells {
    return this.forTenant(tenant, () => contact, asOf)(partner);
  }
}

/** The row maker for one job: the tenants' keys and whether they differ are worked out once. */
export function rowMaker(job: InventoryJob, cache: CellCache): (item: { domain: string; partner: Partner }, previous: InventoryRow | undefined) => InventoryRow {
  const nowOf = cache.forTenant(job.tenant, job.contactOf, job.asOf);
  const nextOf = sameTenant(job.tenant, job.proposed) ? nowOf : cache.forTenant(job.proposed, job.contactOf, job.asOf);
  return (item, previous) => {
    const now = nowOf(item.partner);
    const next = nextOf(item.partner);
    const changed = MODALITIES.filter((m) => now[m].works !== next[m].works);
    const address = item.partner.platform === 'windows-live-messenger' ? item.partner.address : undefined;
    if (previous && previous.platform === item.partner.platform && previous.address === address && sameCells(previous.now, now) && sameCells(previous.proposed, next)) return previous;
    const row: InventoryRow = { domain: item.domain, platform: item.partner.platform, now, proposed: next, changed };
    if (address !== undefined) row.address = address;
    return row;
  };
}

/** One row, computed as inventoryRow does, reusing `previous` when nothing in it changed. */
export function rowFor(job: InventoryJob, item: { domain: string; partner: Partner }, cache: CellCache, previous: InventoryRow | undefined): InventoryRow {
  return rowMaker(job, cache)(item, previous);
}

/** Every row at once (the server's render and small lists). */
export function allRows(job: InventoryJob, cache: CellCache, previous: ReadonlyMap<string, InventoryRow> = new Map()): Map<string, InventoryRow> {
  const out = new Map<string, InventoryRow>();
  const make = rowMaker(job, cache);
  for (const item of job.partners) out.set(item.domain, make(item, previous.get(item.domain)));
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
  const make = rowMaker(job, cache);
  let i = 0;
  while (i < job.partners.length) {
    const start = performance.now();
    let changedRows = 0;
    // A slice ends on its time budget, or after a few changed rows (each costs a redraw); it always
    // does one row, so even a budget of nothing gets through the list.
    for (let first = true; i < job.partners.length && (first || (performance.now() - start < budgetMs && changedRows < 20)); first = false) {
      const item = job.partners[i++]!;
      const before = previous.get(item.domain);
      const row = make(item, before);
      if (row !== before) changedRows++;
      done.set(item.domain, row);
    }
    if (i < job.partners.length) {
      if (publish) publish(new Map([...previous, ...done]));
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled()) return null;
    }
  }
  // The redraw that follows gets a task of its own, not the last slice's.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (cancelled()) return null;
  return done;
}
