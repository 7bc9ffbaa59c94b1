/**
 * Permalinks for the focused widgets. Each widget's state is a flat object of text, lists,
 * switches and choices; its parameters carry the widget's prefix (`fed.mode=allowlist`), so two
 * widgets on one page never collide, and only values that differ from the widget's defaults are
 * written. Reading restores what it can and names, in plain words, what it could not. Values stay
 * text: the widget's own evaluation (the rules' schema) judges them like anything typed.
 */

import { checkSeal, cutLinkNotice, sealQuery } from './link-seal.ts';

export type FieldSpec =
  | { kind: 'text' }
  | { kind: 'list' }
  | { kind: 'switch' }
  | { kind: 'choice'; values: Readonly<Record<string, string>> };

export type WidgetSpec<S> = { prefix: string; version: number; fields: { [K in keyof S]: FieldSpec } };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `search` with this widget's parameters replaced by those for `state` (others kept as they are).
 * Returns the query without "?".
 */
export function writeWidgetParams<S extends object>(search: string, spec: WidgetSpec<S>, state: S, defaults: S): string {
  const others = new URLSearchParams(search);
  for (const key of [...others.keys()]) if (key.startsWith(`${spec.prefix}.`)) others.delete(key);
  const q = new URLSearchParams();
  let wrote = false;
  for (const name of Object.keys(spec.fields) as Array<keyof S & string>) {
    const field = spec.fields[name];
    const value = state[name];
    if (same(value, defaults[name])) continue;
    const key = `${spec.prefix}.${name}`;
    if (field.kind === 'list') q.set(key, (value as string[]).map((v) => v.trim()).filter(Boolean).join(','));
    else if (field.kind === 'switch') q.set(key, value ? 'on' : 'off');
    else if (field.kind === 'choice') q.set(key, field.values[value as string] ?? String(value));
    else q.set(key, String(value));
    wrote = true;
  }
  if (!wrote) return others.toString();
  q.set(`${spec.prefix}.v`, String(spec.version));
  // Sealed (link-seal.ts): the widget's own parameters, behind a check of them, so that a copy cut
  // short is said to be cut.
  const own = sealQuery(q.toString(), `${spec.prefix}.ck`, (name) => name.startsWith(`${spec.prefix}.`));
  const rest = others.toString();
  return rest ? `${rest}&${own}` : own;
}

export interface ReadResult<S> {
  state: S;
  /** True when the link had any parameter for this widget. */
  found: boolean;
  problems: string[];
}

/** Reads this widget's state from a query string, starting from `defaults`. Never throws. */
export function readWidgetParams<S extends object>(search: string, spec: WidgetSpec<S>, defaults: S): ReadResult<S> {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { state: defaults, found: false, problems: [] };
  }
  const state = structuredClone(defaults);
  const problems: string[] = [];
  let found = false;
  if (checkSeal(search, `${spec.prefix}.ck`, (name) => name.startsWith(`${spec.prefix}.`)) === 'broken') problems.push(cutLinkNotice());
  const version = q.get(`${spec.prefix}.v`);
  if (version !== null && version !== String(spec.version)) {
    problems.push(
      version.trim() === ''
        ? `The link's version (${spec.prefix}.v=) is empty, so it may have been cut or edited; it was read as version ${spec.version}, and some settings may not carry over.`
        : `The link was made for version ${version} of this widget (this is ${spec.version}); some settings may not carry over.`,
    );
  }
  const names = new Set(Object.keys(spec.fields));
  for (const key of new Set(q.keys())) {
    if (!key.startsWith(`${spec.prefix}.`)) continue;
    found = true;
    const name = key.slice(spec.prefix.length + 1);
    if (name === 'v' || name === 'ck') continue;
    if (!names.has(name)) {
      problems.push(`The link's “${key}” is not a setting of this widget; it was ignored.`);
      continue;
    }
    const field = spec.fields[name as keyof S];
    const raw = q.get(key) ?? '';
    const target = state as unknown as Record<string, unknown>;
    if (field.kind === 'text') target[name] = raw;
    else if (field.kind === 'list') target[name] = raw.split(',').map((v) => v.trim()).filter(Boolean);
    else if (field.kind === 'switch') {
      if (raw === 'on' || raw === 'off') target[name] = raw === 'on';
      else problems.push(`“${key}=${raw}” is not “on” or “off”; the default was kept.`);
    } else {
      // Own keys only: a link must not reach Object.prototype through a crafted value.
      const match = Object.entries(field.values).find(([, short]) => short === raw);
      if (match) target[name] = match[0];
      else problems.push(`“${key}=${raw}” is not one of ${Object.values(field.values).join(', ')}; the default was kept.`);
    }
  }
  return { state, found, problems };
}
