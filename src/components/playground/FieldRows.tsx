import type { ComponentChildren } from 'preact';
import type { Platform } from '../../rules/index.ts';
import { entries, words, type FieldTable } from '../../share/playground-fields.ts';
import { CheckField, ChoiceField, DomainList, SelectField, TextField } from './fields.tsx';

export interface Props<G> {
  /** Prefix for the controls' ids and radio names. */
  id: string;
  /** The group's fields, in the form's order (playground-fields.ts). */
  table: FieldTable<G>;
  group: G;
  platform: Platform;
  onChange: (group: G) => void;
  /** Where the group sits in the scenario ('tenant', 'partner', '' for the top), for the schema's messages. */
  at: string;
  errorFor: (path: string) => string | undefined;
  /** The fields the table marks as custom, each drawn by the caller. */
  custom?: { [K in keyof G]?: (value: G[K], set: (value: G[K]) => void) => ComponentChildren };
}

/**
 * A group's fields, drawn from the field table: the label, the kind of control and when it shows
 * are the table's, so a new field needs no new markup here.
 */
export function FieldRows<G>({ id, table, group, platform, onChange, at, errorFor, custom }: Props<G>) {
  return (
    <>
      {entries(table).map(([key, field]) => {
        const set = (value: G[typeof key]) => onChange({ ...group, [key]: value });
        if (field.kind === 'custom') return custom?.[key]?.(group[key], set) ?? null;
        if (field.shown && !field.shown(group, platform)) return null;
        const label = words(field.label, group, platform);
        const error = errorFor(at ? `${at}.${field.path}` : field.path);
        const value = group[key] as never;
        switch (field.kind) {
          case 'text':
            return <TextField key={key} id={`${id}-${field.id}`} label={label} value={value} hint={field.hint} placeholder={field.placeholder} onInput={set as never} error={error} />;
          case 'check':
            return <CheckField key={key} label={label} checked={value} onChange={set as never} />;
          case 'choice':
            return <ChoiceField key={key} name={`${id}-${field.id}`} legend={label} value={value} options={field.options} onChange={set as never} />;
          case 'select':
            return <SelectField key={key} id={`${id}-${field.id}`} label={label} value={value} options={field.options} onChange={set as never} />;
          case 'domains':
            return <DomainList key={key} id={`${id}-${field.id}`} legend={label} itemLabel={field.itemLabel} items={value} onChange={set as never} error={error} />;
        }
      })}
    </>
  );
}
