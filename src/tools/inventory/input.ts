/**
 * The inventory's input, `{ tenant, partners: [partner…], proposed? }`, validated by the rules' own
 * scenario schema: the tenant and each partner are checked as the tenant and partner of a scenario,
 * and an error names the field in the inventory's terms (`partners[3].domain: …`). `proposed` holds
 * tenant fields to replace; its `federation` may give only `mode` or only `domains` (the other is
 * kept). An optional `asOf` (YYYY-MM-DD, 2011-06-28 to 2013-12-31) asks for the answers as of that
 * date, as a scenario's does. Never throws.
 */
import { GA_DATE, parseScenario } from '../../rules/index.ts';
import { asOfProblem } from '../../rules/history.ts';
import type { Partner, Tenant } from '../../rules/index.ts';

export interface InventoryInput {
  tenant: Tenant;
  partners: Partner[];
  /** The tenant as the proposal would leave it; absent when none was given. */
  proposed?: Tenant;
  /** The date the answers are for (src/rules/history.ts); general availability when absent. */
  asOf?: string;
}

export type InventoryParse = { ok: true; value: InventoryInput } | { ok: false; field: string; message: string };

/** More partners than any tenant keeps; refusing more keeps a pasted file from freezing a page. */
export const MAX_PARTNERS = 10_000;

const TOP_KEYS = ['tenant', 'partners', 'proposed', 'asOf'];
const TENANT_KEYS = ['domain', 'dnsVerified', 'federation', 'publicIm', 'userExternalAccess'];
// Any valid partner: lets the tenant be checked alone by the scenario schema.
const PLACEHOLDER_PARTNER = { platform: 'windows-live-messenger', address: 'user@hotmail.com' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const bad = (field: string, message: string): InventoryParse => ({ ok: false, field, message });

function checkTenant(raw: unknown, rename: (field: string) => string): { ok: true; tenant: Tenant } | { ok: false; field: string; message: string } {
  const r = parseScenario({ tenant: raw, partner: PLACEHOLDER_PARTNER });
  if (!r.ok) return { ok: false, field: rename(r.field), message: r.message };
  return { ok: true, tenant: r.scenario.tenant };
}

/** Validates an inventory; the first problem is reported, with its field. */
export function parseInventory(input: unknown): InventoryParse {
  try {
    if (!isObject(input)) return bad('inventory', 'must be an object with "tenant" and "partners"');
    const unknown = Object.keys(input).find((k) => !TOP_KEYS.includes(k));
    if (unknown !== undefined) return bad(unknown, 'is not a known field (check its spelling)');
    const asOf = input['asOf'];
    if (asOf !== undefined) {
      const problem = asOfProblem(asOf);
      if (problem) return bad('asOf', problem);
    }
    const dated = asOf !== undefined && asOf !== GA_DATE ? { asOf: asOf as string } : {};
    if (input['tenant'] === undefined) return bad('tenant', 'is missing');
    const tenant = checkTenant(input['tenant'], (f) => f);
    if (!tenant.ok) return tenant;
    const list = input['partners'];
    if (list === undefined) return bad('partners', 'is missing');
    if (!Array.isArray(list)) return bad('partners', 'must be a list of partner objects');
    if (list.length > MAX_PARTNERS) return bad('partners', `may list at most ${MAX_PARTNERS} partners`);
    const partners: Partner[] = [];
    for (let i = 0; i < list.length; i++) {
      const r = parseScenario({ tenant: input['tenant'], partner: list[i] });
      if (!r.ok) return bad(r.field.replace(/^partner(?=$|[.[])/, `partners[${i}]`), r.message);
      partners.push(r.scenario.partner);
    }
    const raw = input['proposed'];
    if (raw === undefined) return { ok: true, value: { tenant: tenant.tenant, partners, ...dated } };
    if (!isObject(raw)) return bad('proposed', 'must be an object of tenant fields to replace');
    const stray = Object.keys(raw).find((k) => !TENANT_KEYS.includes(k));
    if (stray !== undefined) return bad(`proposed.${stray}`, 'is not a tenant field (use domain, dnsVerified, federation, publicIm or userExternalAccess)');
    const base = input['tenant'] as Json;
    const merged: Json = { ...base, ...raw };
    if (isObject(raw['federation']) && isObject(base['federation'])) merged['federation'] = { ...base['federation'], ...raw['federation'] };
    const proposed = checkTenant(merged, (f) => {
      const key = /^tenant\.([A-Za-z]+)/.exec(f)?.[1];
      return key !== undefined && key in raw ? f.replace(/^tenant/, 'proposed') : f;
    });
    if (!proposed.ok) return proposed;
    return { ok: true, value: { tenant: tenant.tenant, partners, proposed: proposed.tenant, ...dated } };
  } catch (error) {
    return bad('inventory', `could not be read (${error instanceof Error ? error.name : 'unknown error'})`);
  }
}
