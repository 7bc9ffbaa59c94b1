// Types for scripts/chromium.mjs (plain JavaScript so the install step runs it on any Node).
export interface ChromiumResolution {
  path: string | null;
  source: 'CHROMIUM_PATH' | 'system' | 'bundled' | 'none';
  env: Record<string, string>;
  tried: string[];
}
export const BUNDLED_DIR: string;
export const SYSTEM_CANDIDATES: string[];
export const CHROMIUM_FLAGS: string[];
export function bundledVersion(): string;
export function bundledPaths(): { dir: string; executable: string; lib: string; packageDir: string };
export function resolveChromium(environment?: NodeJS.ProcessEnv): ChromiumResolution;
export function browserProblem(resolution: ChromiumResolution, error?: unknown): string;
export function fontEnv(): { FONTCONFIG_FILE: string };
