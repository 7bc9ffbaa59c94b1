import type { FederationMode } from '../../share/playground-draft.ts';

/** The Domain Federation tab's three options, in the control panel's own words (seed). */
export const FEDERATION_MODE_OPTIONS: ReadonlyArray<{ value: FederationMode; label: string }> = [
  { value: 'allow-all-except-blocked', label: 'Allow federation with all domains except those I block' },
  { value: 'block-all-except-allowed', label: 'Block federation with all domains except those I allow' },
  { value: 'disabled', label: 'Disable federation' },
];

export function listLegend(mode: FederationMode): string {
  return mode === 'block-all-except-allowed' ? 'Allowed domains' : 'Blocked domains';
}
