/** Partner-kind groups the rules apply to, derived from the one list in model.ts. */
import { ON_PREM_PLATFORMS, PLATFORMS, type OnPremPlatform, type Platform } from './model.ts';

export { isOnPrem } from './model.ts';
export const ON_PREM: readonly OnPremPlatform[] = ON_PREM_PLATFORMS;
export const OCS: readonly OnPremPlatform[] = ON_PREM_PLATFORMS.filter((p) => p.startsWith('ocs-'));
export const LYNC_ONLINE: readonly Platform[] = ['lync-online'];
export const MESSENGER: readonly Platform[] = ['windows-live-messenger'];
export const LYNC_AND_OCS: readonly Platform[] = PLATFORMS.filter((p) => p !== 'windows-live-messenger');
export const ALL: readonly Platform[] = PLATFORMS;
