export interface Installed { version: string; files: Record<string, string | null> }
export interface Drift {
  changed: { upstream: string; followers: string[]; gone: boolean }[];
  unrecorded: { upstream: string; followers: string[] }[];
  from: string;
  to: string;
}
export const ROOT: string;
export const RECORD: string;
export function ourFiles(root?: string): Record<string, string[]>;
export function installedVersion(root?: string): string;
export function current(root?: string): Installed;
export function drift(record: Installed, installed: Installed, ours: Record<string, string[]>): Drift;
export function report(d: Drift): string;
export function normalise(source: string): string;
export function hashSource(source: string): string;
export function hashUpstream(path: string, root?: string): string | null;
