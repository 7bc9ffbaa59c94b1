/**
 * The field table against everything it drives: each field, moved off its default, must reach the
 * rules, survive a permalink and show in the summary; and the table must cover the rules' input,
 * which the type checker enforces (the last block fails `npm run check` if that link breaks).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseScenario, type Platform, type ScenarioInput } from '../rules/index.ts';
import { emptyDraft, toScenarioInput, type Draft } from './playground-draft.ts';
import {
  entries,
  LYNC_ONLINE_FIELDS,
  MESSENGER_FIELDS,
  ON_PREMISES_FIELDS,
  PARTNER_GROUP,
  TENANT_FIELDS,
  USER_FIELDS,
  words,
  type AnyField,
  type Covers,
  type FieldTable,
  type Leaves,
} from './playground-fields.ts';
import { decodePlaygroundParams, encodePlaygroundParams } from './playground-params.ts';
import { settingsLines } from './playground-summary.ts';

type UserDraft = Pick<Draft, 'contact' | 'modalities' | 'asOf'>;

/** A value other than the default for the fields the table draws itself (typed: a new custom field asks for one). */
const CUSTOM_SAMPLES: { [K in 'hostingProviders' | 'allowedDomains' | 'modalities']: unknown } = {
  hostingProviders: [{ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: false }],
  allowedDomains: [{ domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }, { domain: 'northwind.example', proxyFqdn: '' }],
  modalities: ['video', 'im'],
};

/** A valid value other than the field's default, found from its kind. */
function sample(key: string, field: AnyField): unknown {
  switch (field.kind) {
    case 'text':
      if (key === 'asOf') return '2012-03-01';
      return key === 'address' || key === 'contact' ? 'anna@northwind.example' : 'northwind.example';
    case 'check':
      return !field.default;
    case 'choice':
    case 'select':
      return field.options.find((option) => option.value !== field.default)!.value;
    case 'domains':
      return ['a.example', 'b.example'];
    case 'custom':
      expect(Object.keys(CUSTOM_SAMPLES), `a sample for the custom field ${key}`).toContain(key);
      return structuredClone(CUSTOM_SAMPLES[key as keyof typeof CUSTOM_SAMPLES]);
  }
}

/** Every field, with the platform whose form shows it, and where it sits in the draft. */
const GROUPS: Array<{ name: string; platform: Platform; table: FieldTable<never>; get: (d: Draft) => Record<string, unknown> }> = [
  { name: 'tenant', platform: 'lync-online', table: TENANT_FIELDS as never, get: (d) => d.tenant as never },
  { name: 'lyncOnline', platform: 'lync-online', table: LYNC_ONLINE_FIELDS as never, get: (d) => d.lyncOnline as never },
  { name: 'onPremises', platform: 'lync-server-2010', table: ON_PREMISES_FIELDS as never, get: (d) => d.onPremises as never },
  { name: 'messenger', platform: 'windows-live-messenger', table: MESSENGER_FIELDS as never, get: (d) => d.messenger as never },
  { name: 'user', platform: 'lync-online', table: USER_FIELDS as never, get: (d) => d as never },
];
const FIELDS = GROUPS.flatMap((group) => entries<Record<string, unknown>>(group.table as never).map(([key, field]) => ({ ...group, key, field, label: `${group.name}.${key}` })));

/** The default form for the platform, with one field moved off its default. */
function changed({ platform, get, key, field }: (typeof FIELDS)[number]): Draft {
  const draft = emptyDraft();
  draft.platform = platform;
  get(draft)[key] = sample(key, field);
  return draft;
}

describe('the field table', () => {
  it('has each parameter once per group, and a label for every field', () => {
    for (const group of GROUPS) {
      const fields = entries<Record<string, unknown>>(group.table as never);
      expect(new Set(fields.map(([, f]) => f.param)).size, group.name).toBe(fields.length);
      for (const [, field] of fields) expect(words(field.label, group.get(emptyDraft()) as never, group.platform).trim()).not.toBe('');
    }
  });

  it.each(FIELDS.map((f) => [f.label, f] as const))('%s reaches the rules, valid', (_name, f) => {
    const draft = changed(f);
    const input = toScenarioInput(draft);
    const parsed = parseScenario(input);
    expect(parsed.ok ? 'ok' : `${parsed.field}: ${parsed.message}`).toBe('ok');
    const base = emptyDraft();
    base.platform = f.platform;
    expect(input).not.toEqual(toScenarioInput(base));
  });

  it.each(FIELDS.map((f) => [f.label, f] as const))('%s round-trips through the permalink under its own parameter', (_name, f) => {
    const draft = changed(f);
    const query = encodePlaygroundParams(draft);
    expect(new URLSearchParams(query).has(f.field.param)).toBe(true);
    const back = decodePlaygroundParams(query);
    expect(back.problems).toEqual([]);
    expect(f.get(back.draft)[f.key]).toEqual(f.get(draft)[f.key]);
    expect(toScenarioInput(back.draft)).toEqual(toScenarioInput(draft));
  });

  it.each(FIELDS.map((f) => [f.label, f] as const))('%s shows in the summary', (_name, f) => {
    const base = emptyDraft();
    base.platform = f.platform;
    expect(settingsLines(changed(f))).not.toEqual(settingsLines(base));
  });

  it('gives every partner kind a group of fields', () => {
    for (const platform of Object.keys(PARTNER_GROUP) as Platform[]) expect(['lyncOnline', 'onPremises', 'messenger']).toContain(PARTNER_GROUP[platform]);
  });
});

describe('the type checker ties the table to the rules’ input', () => {
  it('covers every setting of ScenarioInput, and only those', () => {
    type Paths<T> = { [K in keyof T]: T[K] extends { path: infer P } ? P : never }[keyof T];
    expectTypeOf<Paths<typeof TENANT_FIELDS>>().toEqualTypeOf<Leaves<ScenarioInput['tenant']>>();
    expectTypeOf<Paths<typeof USER_FIELDS>>().toEqualTypeOf<'contact' | 'modalities' | 'asOf'>();
    // A table that lacks a setting does not compile:
    // @ts-expect-error publicIm is missing from this table
    const missing: Covers<Omit<typeof TENANT_FIELDS, 'publicIm'>, ScenarioInput['tenant']> = true;
    void missing;
    // A setting the input does not have is refused where the field is made (playground-fields.ts):
    type Draftless = Leaves<ScenarioInput['tenant']>;
    // @ts-expect-error 'federation.colour' is not a setting of the tenant
    const unknown: Draftless = 'federation.colour';
    void unknown;
  });

  it('hands the rules exactly the settings the table names (at run time too)', () => {
    const leaves = (value: unknown, at = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k))
        : [at];
    const draft: Draft = { ...emptyDraft(), contact: 'anna@fabrikam.com', asOf: '2012-03-01' };
    const tablePaths = [
      ...entries(TENANT_FIELDS).map(([, f]) => `tenant.${f.path}`),
      'partner.platform',
      ...entries(LYNC_ONLINE_FIELDS).map(([, f]) => `partner.${f.path}`),
      ...entries<UserDraft>(USER_FIELDS).map(([, f]) => f.path),
    ];
    expect(leaves(toScenarioInput(draft)).sort()).toEqual(tablePaths.sort());
  });
});
