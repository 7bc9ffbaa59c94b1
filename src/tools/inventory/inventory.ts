/**
 * A partner inventory: many partners against one tenant, under today's settings and under a
 * proposed change, cell by cell (partner × modality). Every cell is what `evaluate` says for that
 * partner alone; nothing here decides a verdict. The diff and the summary are counts of those cells.
 */
import { evaluate, MODALITIES, defaultContact } from '../../rules/index.ts';
import type { Modality, Partner, Platform, ReasonCode, Tenant } from '../../rules/index.ts';

/** One cell: the modality's verdict for one partner, as evaluate gives it. */
export interface InventoryCell {
  works: boolean;
  reasons: ReasonCode[];
  /** Only when the result rests on an uncertain fact (audio and video with OCS 2007 partners, or a date after a change no source dates). */
  certainty?: 'uncertain';
  /** Why it is uncertain, in the reader's words, when the rules say (as the playground shows it). */
  uncertainty?: string;
}

export type InventoryCells = Record<Modality, InventoryCell>;

export interface InventoryRow {
  /** The partner's SIP domain; for a Messenger partner, the domain of the sign-in address. */
  domain: string;
  /** Messenger partners only: the sign-in address. */
  address?: string;
  platform: Platform;
  now: InventoryCells;
  proposed: InventoryCells;
  /** The modalities whose `works` differs between now and proposed, in modality order. */
  changed: Modality[];
}

export interface InventorySummary {
  partners: number;
  /** Partners with at least one changed modality. */
  changedPartners: number;
  /** Per modality: partners for whom it works now and not under the proposal. */
  lose: Record<Modality, number>;
  /** Per modality: partners for whom it does not work now and does under the proposal. */
  gain: Record<Modality, number>;
}

export interface Inventory {
  partners: InventoryRow[];
  summary: InventorySummary;
}

/** The domain a partner is listed under: its SIP domain, or its Messenger sign-in's domain. */
export function partnerDomain(partner: Partner): string {
  return partner.platform === 'windows-live-messenger' ? partner.address.slice(partner.address.lastIndexOf('@') + 1) : partner.domain;
}

/** The five cells of one partner under one tenant: one evaluate call, every modality. */
export function cellsFor(tenant: Tenant, partner: Partner, contact: string = defaultContact(partner), asOf?: string): InventoryCells {
  const evaluation = evaluate({ tenant, partner, contact, modalities: [...MODALITIES], ...(asOf !== undefined ? { asOf } : {}) });
  const cells = {} as InventoryCells;
  for (const r of evaluation.results) {
    cells[r.modality] = r.certainty === 'uncertain' ? { works: r.works, reasons: r.reasons, certainty: 'uncertain', ...(r.uncertainty !== undefined ? { uncertainty: r.uncertainty } : {}) } : { works: r.works, reasons: r.reasons };
  }
  return cells;
}

/** True when two tenants hold the same settings (so the proposal changes nothing and is not re-evaluated). */
export function sameTenant(a: Tenant, b: Tenant): boolean {
  return (
    a.domain === b.domain &&
    a.dnsVerified === b.dnsVerified &&
    a.publicIm === b.publicIm &&
    a.userExternalAccess === b.userExternalAccess &&
    a.federation.mode === b.federation.mode &&
    a.federation.domains.length === b.federation.domains.length &&
    a.federation.domains.every((d, i) => d === b.federation.domains[i])
  );
}

const zeros = (): Record<Modality, number> => Object.fromEntries(MODALITIES.map((m) => [m, 0])) as Record<Modality, number>;

/** One row: a partner now and under the proposal, with the modalities that change. */
export function inventoryRow(tenant: Tenant, partner: Partner, proposed: Tenant, same = sameTenant(tenant, proposed), contact?: string, asOf?: string): InventoryRow {
  const now = cellsFor(tenant, partner, contact, asOf);
  const next = same ? now : cellsFor(proposed, partner, contact, asOf);
  const changed = MODALITIES.filter((m) => now[m].works !== next[m].works);
  const row: InventoryRow = { domain: partnerDomain(partner), platform: partner.platform, now, proposed: next, changed };
  if (partner.platform === 'windows-live-messenger') row.address = partner.address;
  return row;
}

/** Counts what the rows say: how many partners change, and per modality how many lose or gain it. */
export function summarise(rows: readonly InventoryRow[]): InventorySummary {
  const lose = zeros();
  const gain = zeros();
  let changedPartners = 0;
  for (const row of rows) {
    if (row.changed.length > 0) changedPartners++;
    for (const m of row.changed) {
      if (row.now[m].works) lose[m]++;
      else gain[m]++;
    }
  }
  return { partners: rows.length, changedPartners, lose, gain };
}

/**
 * The whole inventory, partners in the order given. `proposed` defaults to today's settings.
 * `contactOf` gives the address typed for a partner (default: its own address, as the contract
 * says); the pages pass the form Lync needs for a Messenger vanity address. `asOf`: the answers as
 * of that date (a cell may then be uncertain; see src/rules/history.ts).
 */
export function runInventory(tenant: Tenant, partners: readonly Partner[], proposed: Tenant = tenant, contactOf?: (partner: Partner) => string, asOf?: string): Inventory {
  const same = sameTenant(tenant, proposed);
  const rows = partners.map((p) => inventoryRow(tenant, p, proposed, same, contactOf?.(p), asOf));
  return { partners: rows, summary: summarise(rows) };
}
