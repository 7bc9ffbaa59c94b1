/**
 * The words links use for the rules' settings, shared by every permalink so the same setting reads
 * the same everywhere (`fed=allowlist` in the playground, `fed.mode=allowlist` in the tab widget).
 * Changing one breaks existing links: add a new permalink version instead.
 */
import type { FederationMode, Platform, PublicImState } from '../rules/index.ts';
import { platformRecord } from '../rules/model.ts';

export const MODE_PARAM: Readonly<Record<FederationMode, string>> = {
  'allow-all-except-blocked': 'blocklist',
  'block-all-except-allowed': 'allowlist',
  disabled: 'off',
};

export const PUBLIC_IM_PARAM: Readonly<Record<PublicImState, string>> = { disabled: 'off', pending: 'pending', enabled: 'on' };

/** Each partner kind's permalink word, from its description (PLATFORM_NAMES in src/rules/model.ts). */
export const PLATFORM_PARAM: Readonly<Record<Platform, string>> = platformRecord('param');
