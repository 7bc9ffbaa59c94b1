import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site the browser suite checks (`npm test` builds it first). */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Absolute paths of the built files under `dir` whose name ends with `suffix`, sorted; none without a build. */
export function builtFiles(suffix: string, dir: string = DIST): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
