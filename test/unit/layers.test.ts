/**
 * The layers point one way (developers' guide): the rules at the bottom, pure helpers above them,
 * widgets and pages on top. This reads every import in the lower layers (tests included: a test
 * that needs a component to check pure code is a sign the code sits in the wrong place) and fails
 * naming each file that reaches up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const SRC = join(root, 'src');

/** Layer → the folders under src/ its files may import from (npm packages are always allowed). */
const LAYERS: Record<string, readonly string[]> = {
  rules: ['rules'],
  scenarios: ['rules', 'scenarios'],
  highlight: ['rules', 'highlight'],
  share: ['rules', 'scenarios', 'share'],
  tools: ['rules', 'share', 'tools'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier in a file: static imports and re-exports, dynamic import(), import type. */
export function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s*['"]([^'"]+)['"]/gm];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) out.push(match[1]!);
  return out;
}

/** Where a specifier lands, as a path under src/ (or outside: '../test/…'), or null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(SRC, resolve(dirname(file), specifier));
}

function violations(): string[] {
  const out: string[] = [];
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    for (const file of filesUnder(join(SRC, layer))) {
      const isTest = /\.test\.tsx?$/.test(file);
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const to = target(file, specifier);
        if (to === null) continue;
        const top = to.split(/[\\/]/)[0]!;
        // Tests may also use the shared test helpers (test/unit/fixtures.ts and the like).
        if (isTest && to.startsWith(`..${to[2]}test`)) continue;
        if (!allowed.includes(top)) out.push(`src/${relative(SRC, file)} imports ${specifier} (${layer} may import only from ${allowed.join(', ')})`);
      }
    }
  }
  return out;
}

describe('import graph', () => {
  it('finds imports of every form', () => {
    expect(
      specifiers(`import a from './a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';\nconst d = await import('./d.ts');\nimport './e.css';\nimport {\n  f,\n} from '../f.ts';`),
    ).toEqual(['./a.ts', '../b.ts', './c.ts', '../f.ts', './d.ts', './e.css']);
  });

  it('points one way: nothing in rules, scenarios, highlight, share or tools imports from above', () => {
    expect(violations()).toEqual([]);
  });

  it('would catch a component import from a lower layer', () => {
    expect(target(join(SRC, 'share', 'x.ts'), '../components/playground/Playground.tsx')?.split('/')[0]).toBe('components');
  });
});
