/**
 * The playground's form state. It keeps every partner kind's settings at once, so switching the
 * partner kind and back loses nothing, and keeps what the reader is typing even while it is not
 * valid yet. `toScenarioInput` turns it into the rules' scenario input; `fromScenarioInput` reads
 * one back (presets, import links). Both, and the defaults, follow the field table
 * (playground-fields.ts): this file only names the groups.
 */

import {
  MODALITIES,
  PLATFORMS,
  type FederationMode,
  type Modality,
  type OnPremPlatform,
  type Platform,
  type ScenarioInput,
} from '../rules/index.ts';
import {
  defaults,
  entries,
  MESSENGER_FIELDS,
  LYNC_ONLINE_FIELDS,
  ON_PREMISES_FIELDS,
  PARTNER_FIELDS,
  PARTNER_GROUP,
  PLATFORM_FIELD,
  TENANT_FIELDS,
  USER_FIELDS,
  type FieldTable,
} from './playground-fields.ts';
import type { Draft } from './playground-draft-shape.ts';

// The vocabulary is the rules' own: re-exported so the form's modules need one import.
export { MODALITIES, PLATFORMS };
export type { FederationMode, Modality, OnPremPlatform, Platform };
export type { PublicIm } from './playground-draft-shape.ts';
export const SIPFED = 'sipfed.online.lync.com';

// The form state's shape lives in playground-draft-shape.ts, which the field table reads too.
export type { AllowedDomainDraft, Draft, HostingProviderDraft } from './playground-draft-shape.ts';

export function emptyDraft(): Draft {
  return {
    tenant: defaults(TENANT_FIELDS),
    platform: PLATFORM_FIELD.default,
    lyncOnline: defaults(LYNC_ONLINE_FIELDS),
    onPremises: defaults(ON_PREMISES_FIELDS),
    messenger: defaults(MESSENGER_FIELDS),
    ...defaults(USER_FIELDS),
  };
}

type UserDraft = Pick<Draft, 'contact' | 'modalities' | 'asOf'>;
type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});

/** The group's settings as the rules take them, each at its path ('federation.mode' → { federation: { mode } }). */
function inputOf<G>(table: FieldTable<G>, group: G, platform: Platform, into: Json = {}): Json {
  for (const [key, field] of entries(table)) {
    const value = field.toInput ? field.toInput(group[key], platform) : group[key];
    if (value === undefined) continue;
    const parts = field.path.split('.');
    let at = into;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Json;
    at[parts[parts.length - 1]!] = value;
  }
  return into;
}

/** Reads a group back from its object in a scenario; anything missing or malformed keeps the default. */
function readGroup<G>(table: FieldTable<G>, raw: unknown): G {
  const group = defaults(table);
  for (const [key, field] of entries(table)) {
    const value = field.path.split('.').reduce<unknown>((at, part) => obj(at)[part], raw);
    group[key] = field.read(value, group[key]);
  }
  return group;
}

/** The rules' scenario input for the current form (lists without blank rows). */
export function toScenarioInput(draft: Draft): ScenarioInput {
  const platform = draft.platform;
  const group = PARTNER_GROUP[platform];
  // The table covers every setting of ScenarioInput with a value of its type (checked in playground-fields.ts).
  return inputOf<UserDraft>(USER_FIELDS, draft, platform, {
    tenant: inputOf(TENANT_FIELDS, draft.tenant, platform),
    partner: inputOf(PARTNER_FIELDS[group] as FieldTable<Draft[typeof group]>, draft[group], platform, { platform }),
  }) as unknown as ScenarioInput;
}

/**
 * Reads a scenario (already validated by the rules' schema, or at least JSON) into the form.
 * Anything missing keeps the default form's value: this never throws.
 */
export function fromScenarioInput(input: unknown): Draft {
  const draft = emptyDraft();
  const root = obj(input);
  const partner = obj(root['partner']);
  const platform = PLATFORMS.find((p) => p === partner['platform']) ?? draft.platform;
  const group = PARTNER_GROUP[platform];
  return {
    ...draft,
    tenant: readGroup(TENANT_FIELDS, root['tenant']),
    platform,
    [group]: readGroup(PARTNER_FIELDS[group] as FieldTable<Draft[typeof group]>, partner),
    ...readGroup<UserDraft>(USER_FIELDS, root),
  };
}
