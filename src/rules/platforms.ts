/** Partner-kind groups the rules apply to. */
import type { OnPremPlatform, Platform } from './model.ts';

export const ON_PREM: readonly OnPremPlatform[] = ['lync-server-2010', 'ocs-2007-r2', 'ocs-2007'];
export const OCS: readonly OnPremPlatform[] = ['ocs-2007-r2', 'ocs-2007'];
export const LYNC_ONLINE: readonly Platform[] = ['lync-online'];
export const LYNC_AND_OCS: readonly Platform[] = ['lync-online', ...ON_PREM];
export const MESSENGER: readonly Platform[] = ['windows-live-messenger'];
export const ALL: readonly Platform[] = [...LYNC_AND_OCS, ...MESSENGER];

export const isOnPrem = (p: Platform): p is OnPremPlatform => p !== 'lync-online' && p !== 'windows-live-messenger';
