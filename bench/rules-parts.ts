/**
 * The rules module's size split by part (issue 16, "less to fetch"): src/rules/index.ts bundled and
 * minified as the widgets get it (esbuild, ESM, gzip level 9), then bundled again without one kind
 * of long text at a time, each rule's
 *   - fix: the fix steps and the commands they build (src/rules/commands.ts goes with them),
 *   - explanation and condition: the sentences saying why,
 *   - source: the passage or reference it rests on,
 * removed from every rule object (an object literal with `id` and `check`) before bundling. What is
 * left with all three removed is the verdict path: the schema, the checks and decide. Each text
 * part is the gzip bytes its removal saves (gzip is not additive, so the parts do not sum exactly
 * to the difference). Also: each source file's share of the minified bundle (esbuild's metafile).
 */
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { gzipSize } from './measure-bytes.ts';

const ENTRY = fileURLToPath(new URL('../src/rules/index.ts', import.meta.url));
const RULE_FILES = /[/\\]src[/\\]rules[/\\]rules-[\w-]+\.ts$/;

export const TEXT_PARTS = {
  fix: ['fix'],
  explanation: ['explanation', 'condition'],
  source: ['source'],
} as const;
type TextPart = keyof typeof TEXT_PARTS;

export interface RulesParts {
  /** The whole module, minified, gzip. */
  totalGzip: number;
  totalMinified: number;
  /** Without any of the texts: schema, checks, decide. */
  verdictPathGzip: number;
  /** The gzip bytes each kind of text adds to the verdict path (removing it from the whole). */
  texts: Record<TextPart, number>;
  /** Each input file's minified bytes in the whole bundle (node_modules folded by package). */
  files: Array<{ file: string; minified: number }>;
}

/** A transform that drops the named properties from every rule object literal in a rules file. */
function stripRuleProperties(names: readonly string[]): Plugin {
  return {
    name: 'strip-rule-texts',
    setup(b) {
      b.onLoad({ filter: RULE_FILES }, async ({ path }) => {
        const source = ts.createSourceFile(path, await readFile(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
        const isRule = (node: ts.ObjectLiteralExpression) => {
          const keys = node.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : ''));
          return keys.includes('id') && keys.includes('check');
        };
        const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
          const visit = (node: ts.Node): ts.Node => {
            if (ts.isObjectLiteralExpression(node) && isRule(node)) {
              const kept = node.properties.filter((p) => !(p.name && ts.isIdentifier(p.name) && names.includes(p.name.text)));
              return ts.visitEachChild(ts.factory.updateObjectLiteralExpression(node, kept), visit, context);
            }
            return ts.visitEachChild(node, visit, context);
          };
          return (file) => ts.visitNode(file, visit) as ts.SourceFile;
        };
        const [out] = ts.transform(source, [transformer]).transformed;
        return { contents: ts.createPrinter().printFile(out!), loader: 'ts' };
      });
    },
  };
}

async function bundle(strip: readonly string[]): Promise<{ code: string; metafile: import('esbuild').Metafile }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: strip.length ? [stripRuleProperties(strip)] : [],
  });
  return { code: result.outputFiles[0]!.text, metafile: result.metafile };
}

export async function measureRulesParts(): Promise<RulesParts> {
  const whole = await bundle([]);
  const totalGzip = gzipSize(whole.code);
  const all = await bundle(Object.values(TEXT_PARTS).flat());
  const texts = {} as Record<TextPart, number>;
  for (const [part, names] of Object.entries(TEXT_PARTS) as Array<[TextPart, readonly string[]]>) {
    texts[part] = totalGzip - gzipSize((await bundle(names)).code);
  }
  const byFile = new Map<string, number>();
  for (const output of Object.values(whole.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const key = pkg ? `node_modules/${pkg}` : input.replace(/^.*?src\//, 'src/');
      byFile.set(key, (byFile.get(key) ?? 0) + bytesInOutput);
    }
  }
  return {
    totalGzip,
    totalMinified: whole.code.length,
    verdictPathGzip: gzipSize(all.code),
    texts,
    files: [...byFile].map(([file, minified]) => ({ file, minified })).sort((a, b) => b.minified - a.minified),
  };
}

export function printRulesParts(parts: RulesParts): void {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('\n== The rules module (src/rules/index.ts bundled, minified, gzip) by part ==');
  console.log(`  whole: ${kB(parts.totalGzip)} gzip (${kB(parts.totalMinified)} minified)`);
  console.log(`  verdict path (schema, checks, decide; no texts): ${kB(parts.verdictPathGzip)}`);
  console.log(`  texts, each the gzip its removal saves: fixes and their commands ${kB(parts.texts.fix)}, explanations and conditions ${kB(parts.texts.explanation)}, sources ${kB(parts.texts.source)}`);
  console.log(`  files (minified): ${parts.files.map((f) => `${f.file} ${kB(f.minified)}`).join(', ')}`);
}
