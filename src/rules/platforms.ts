/** Partner-kind groups the rules apply to, derived from the one description in model.ts (PLATFORM_NAMES). */
import { isLyncServer, ON_PREM_PLATFORMS, PLATFORM_NAMES, PLATFORMS, type LyncServerPlatform, type OnPremPlatform, type Platform } from './model.ts';

export { isLyncServer, isOnPrem } from './model.ts';
export const ON_PREM: readonly OnPremPlatform[] = ON_PREM_PLATFORMS;
/** Their own Lync Server Edge: PowerShell fixes, hosting providers. */
export const LYNC_SERVER: readonly LyncServerPlatform[] = PLATFORMS.filter(isLyncServer);
/** Their own OCS Edge: console steps, the Allow tab, no hosting providers. */
export const OCS: readonly OnPremPlatform[] = ON_PREM_PLATFORMS.filter((p) => PLATFORM_NAMES[p].edge === 'ocs');
export const LYNC_ONLINE: readonly Platform[] = ['lync-online'];
export const MESSENGER: readonly Platform[] = ['windows-live-messenger'];
export const LYNC_AND_OCS: readonly Platform[] = PLATFORMS.filter((p) => p !== 'windows-live-messenger');
export const ALL: readonly Platform[] = PLATFORMS;
