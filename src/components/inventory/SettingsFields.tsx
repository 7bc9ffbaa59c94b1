import type { FederationMode, PublicImState } from '../../rules/index.ts';
import { FEDERATION_MODE_OPTIONS, listLegend, TENANT_FIELDS } from '../../share/playground-fields.ts';
import type { InventorySettings } from '../../tools/inventory/permalink.ts';

export interface Props {
  id: string;
  legend: string;
  settings: InventorySettings;
  /** The list as typed (one domain per line), so a half-typed domain is not thrown away. */
  listText: string;
  listError: string | null;
  onChange: (settings: InventorySettings, listText: string) => void;
  /** The settings this one is compared with: a field that differs is marked "changed". */
  compareWith?: InventorySettings;
}

const PUBLIC_IM_OPTIONS = TENANT_FIELDS.publicIm.options;

/** The three settings an inventory can change: Domain Federation mode and list, and Public IM. */
export function SettingsFields({ id, legend, settings, listText, listError, onChange, compareWith }: Props) {
  const changed = (a: unknown, b: unknown) => compareWith !== undefined && JSON.stringify(a) !== JSON.stringify(b);
  const mark = (on: boolean) => (on ? <span class="lf-badge lf-badge-changed">changed</span> : null);
  return (
    <fieldset class="lf-inv-settings">
      <legend>{legend}</legend>
      <label for={`${id}-mode`}>Domain Federation tab {mark(changed(settings.mode, compareWith?.mode))}</label>
      <select id={`${id}-mode`} value={settings.mode} onChange={(e) => onChange({ ...settings, mode: e.currentTarget.value as FederationMode }, listText)}>
        {FEDERATION_MODE_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {settings.mode !== 'disabled' ? (
        <>
          <label for={`${id}-list`}>
            {listLegend(settings.mode)}, one per line {mark(changed(settings.domains, compareWith?.domains))}
          </label>
          <textarea id={`${id}-list`} rows={3} spellcheck={false} autoComplete="off" value={listText} onInput={(e) => onChange(settings, e.currentTarget.value)} aria-invalid={listError ? 'true' : undefined} aria-describedby={listError ? `${id}-list-error` : undefined} />
          {listError ? (
            <p id={`${id}-list-error`} class="lf-error">
              {listError}
            </p>
          ) : null}
        </>
      ) : null}
      <label for={`${id}-pim`}>Public IM for your domain {mark(changed(settings.publicIm, compareWith?.publicIm))}</label>
      <select id={`${id}-pim`} value={settings.publicIm} onChange={(e) => onChange({ ...settings, publicIm: e.currentTarget.value as PublicImState }, listText)}>
        {PUBLIC_IM_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
