/**
 * The layers point one way (developers' guide): the rules at the bottom, pure helpers above them,
 * widgets and pages on top. This reads every import in the lower layers (tests included: a test
 * that needs a component to check pure code is a sign the code sits in the wrong place) and fails
 * naming each file that reaches up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Every file under src/ → the files under src/ it imports (type-only imports too: they tie the two files as much). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of filesUnder(SRC)) {
    const to = specifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolve(dirname(file), specifier))
      .filter((path) => path.startsWith(SRC) && existsSync(path) && /\.(ts|tsx|mts|js|mjs)$/.test(path));
    graph.set(relative(root, file), [...new Set(to.map((path) => relative(root, path)))]);
  }
  return graph;
}

/** The import circles of a graph: each strongly connected group of two or more files (or a file importing itself), as a path round it. */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm: one pass, each group found once.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

describe('import graph', () => {
  it('has no circles anywhere under src/ (two files that import each other are one concept split, or a shape that wants its own file)', () => {
    const found = circles(importGraph()).map((group) => `import circle: ${group.join(' ⇄ ')}`);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('would catch a circle of two, of three and a file importing itself, and not a diamond', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['f']],
      ['g', ['h', 'i']],
      ['h', ['j']],
      ['i', ['j']],
      ['j', []],
    ]);
    expect(circles(graph).sort()).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
  });


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
