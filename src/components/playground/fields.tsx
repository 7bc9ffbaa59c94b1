/**
 * Small labelled form controls shared by the playground and the focused widgets. Each control
 * is labelled, keyboard-operable, and marks itself invalid when the rules' schema names it.
 */
import type { ComponentChildren } from 'preact';

interface ErrorProps {
  /** The schema's message for this field, when it is the one at fault. */
  error?: string | undefined;
}

export interface TextFieldProps extends ErrorProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  placeholder?: string | undefined;
}

export function TextField({ id, label, value, onInput, hint, placeholder, error }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="lf-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint ? <p id={`${id}-hint`} class="lf-hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} class="lf-field-error">{error}</p> : null}
    </div>
  );
}

export interface CheckFieldProps {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * Boxes and radios are wrapped in their label (an implicit label): no id, no `for`, no wrapper
 * element; the same accessible name, in a fraction of the HTML. The label is the flex row
 * (widgets.css `label.lf-check`); a label with markup in it is one flex item, in a span.
 */
const checkText = (label: ComponentChildren) => (typeof label === 'string' ? label : <span>{label}</span>);

export function CheckField({ label, checked, onChange }: CheckFieldProps) {
  return (
    <label class="lf-check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      {checkText(label)}
    </label>
  );
}

export interface ChoiceFieldProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** A radio group in its own fieldset: the legend names the choice for screen readers. */
export function ChoiceField<T extends string>({ name, legend, value, options, onChange }: ChoiceFieldProps<T>) {
  return (
    <fieldset class="lf-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label class="lf-check" key={option.value}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ id, label, value, options, onChange }: SelectFieldProps<T>) {
  return (
    <div class="lf-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {options.map((option) => (
          <option value={option.value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface DomainListProps extends ErrorProps {
  id: string;
  legend: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** What one row holds, for the labels: "Blocked domain". */
  itemLabel: string;
  hint?: string | undefined;
}

/** An editable list of domains: one text box per row, a remove button each, and an add button. */
export function DomainList({ id, legend, items, onChange, itemLabel, hint, error }: DomainListProps) {
  const set = (index: number, value: string) => onChange(items.map((item, i) => (i === index ? value : item)));
  return (
    <fieldset class="lf-list" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint ? <p class="lf-hint">{hint}</p> : null}
      {items.length === 0 ? <p class="lf-hint">The list is empty.</p> : null}
      {items.map((item, index) => (
        <div class="lf-list-row" key={index}>
          <label for={`${id}-${index}`} class="sr-only">{`${itemLabel} ${index + 1}`}</label>
          <input
            id={`${id}-${index}`}
            type="text"
            value={item}
            autoComplete="off"
            spellcheck={false}
            onInput={(event) => set(index, event.currentTarget.value)}
          />
          <button type="button" class="lf-button" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            Remove<span class="sr-only">{` ${itemLabel.toLowerCase()} ${index + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" class="lf-button" onClick={() => onChange([...items, ''])}>
        Add {itemLabel.toLowerCase()}
      </button>
      {error ? <p id={`${id}-error`} class="lf-field-error">{error}</p> : null}
    </fieldset>
  );
}
