/**
 * Markdown code fences, rendered at build time like the widgets' commands (CommandBlock): a
 * <figure class="lf-code"> with the fence's title="…" as its <figcaption>, the code coloured by
 * src/highlight/highlight.ts (Night Owl, both themes, as `--lf-d`/`--lf-l` on each token), long
 * lines wrapping (site.css), and a copy button that a small script (CodeCopy.astro) brings to life.
 * No Expressive Code: no stylesheet or script of its own, the look comes from site.css.
 *
 * A hast plugin for Sätteri, Astro 7's Markdown and MDX processor (its counterpart of a rehype
 * plugin), set as `markdown.processor` in astro.config.mjs; @astrojs/mdx inherits it, so it runs
 * on every page under content/. Sätteri leaves a fence's language and the rest of its first line
 * on the <code> element's data: `data.lang` ("powershell") and `data.meta` ('title="…"').
 *
 * In an MDX page with at least one code block, the plugin also imports and renders CodeCopy.astro
 * once, at the end of the page, so its processed <script> ships only with pages that need it.
 * (A plain .md page cannot render components: its copy buttons stay hidden, as without JavaScript.)
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Properties, Root, Text } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { highlight, type Language } from './highlight.ts';
import { tokensSpelling, type HighlightedLines } from './tokens.ts';

/** The component with the copy buttons' script, as MDX imports it. */
export const COPY_SCRIPT_COMPONENT = fileURLToPath(new URL('../components/CodeCopy.astro', import.meta.url));
const COPY_SCRIPT_NAME = 'LfCodeCopyScript';

const LANGUAGES: Record<string, Language> = {
  powershell: 'powershell',
  ps: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  sh: 'shellscript',
  shell: 'shellscript',
  shellscript: 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
};

/** The highlighter's language for a fence's language name; anything else is plain text. */
export function languageOf(lang: string | undefined): Language {
  return LANGUAGES[(lang ?? '').toLowerCase()] ?? 'text';
}

/** The title="…" (or '…', or a bare word) in a fence's meta string, with \" and \\ unescaped. */
export function titleOf(meta: string | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"']+))/.exec(meta ?? '');
  if (!match) return undefined;
  const title = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1').trim();
  return title === '' ? undefined : title;
}

export interface CodeBlock {
  /** The block's exact text, without the fence's final line break: what the copy button copies. */
  code: string;
  /** Build-time tokens for exactly this text; plain text when absent (or when they say otherwise). */
  lines?: HighlightedLines | undefined;
  title?: string | undefined;
}

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/**
 * CommandBlock's markup as hast, with a copy button that works without an island. The lines are
 * joined by line breaks, with none after the last, so the <code>'s text is exactly `code`.
 * `not-content` keeps Starlight's prose styles for <pre> and <code> off it, as they were off
 * Expressive Code's blocks.
 */
export function codeBlockElement({ code, lines, title }: CodeBlock): Element {
  const tokens = tokensSpelling(code, lines);
  const codeChildren = tokens
    ? tokens.map((line, i) =>
        element('span', { class: 'lf-code-line' }, [
          ...line.map((token) => element('span', { style: `--lf-d:${token.dark};--lf-l:${token.light}` }, [text(token.text)])),
          ...(i < tokens.length - 1 ? [text('\n')] : []),
        ]),
      )
    : [text(code)];
  // As CopyButton renders before hydration: invisible (site.css) and out of the tab order until
  // CodeCopy.astro's script marks it ready. Search leaves its "Copy" out.
  const copy = element(
    'button',
    {
      type: 'button',
      class: 'lf-copy',
      'data-copy': '',
      'aria-label': title ? `Copy: ${title}` : 'Copy this code',
      'data-copy-state': 'idle',
      'data-ready': 'false',
      tabindex: '-1',
      'data-pagefind-ignore': '',
    },
    [text('Copy')],
  );
  return element('figure', { class: 'lf-code not-content' }, [
    ...(title ? [element('figcaption', {}, [text(title)])] : []),
    element('pre', {}, [element('code', {}, codeChildren)]),
    copy,
  ]);
}

/** The fence a <pre> holds: Sätteri writes `<pre><code data.lang data.meta>text</code></pre>`. */
function fenceOf(pre: Element, ctx: HastVisitorContext): { code: string; lang?: string; meta?: string } | undefined {
  const [code, ...rest] = pre.children;
  if (!code || rest.length > 0 || code.type !== 'element' || code.tagName !== 'code') return undefined;
  const data = (code.data ?? {}) as { lang?: unknown; meta?: unknown };
  return {
    code: ctx.textContent(code).replace(/\r\n?/g, '\n').replace(/\n$/, ''),
    ...(typeof data.lang === 'string' ? { lang: data.lang } : {}),
    ...(typeof data.meta === 'string' ? { meta: data.meta } : {}),
  };
}

/** Turns one fence into a code block, coloured when its language is one the highlighter knows. */
export async function renderFence(fence: { code: string; lang?: string | undefined; meta?: string | undefined }): Promise<Element> {
  const language = languageOf(fence.lang);
  const lines = language === 'text' ? undefined : await highlight(fence.code, language);
  return codeBlockElement({ code: fence.code, lines, title: titleOf(fence.meta) });
}

/** The plugin, one instance per document (Sätteri calls the factory once per compile). */
export function rehypeCodeBlocks(): HastPluginEntry {
  return ({ sourceFormat }) => {
    let blocks = 0;
    return defineHastPlugin({
      name: 'lf-code-blocks',
      element: {
        filter: ['pre'],
        async visit(node, ctx) {
          const fence = fenceOf(node, ctx);
          if (!fence) return;
          blocks++;
          return renderFence(fence);
        },
      },
      after(root: Readonly<Root>, ctx) {
        if (blocks === 0 || sourceFormat !== 'mdx') return;
        ctx.appendChild(root, [
          { type: 'mdxjsEsm', value: `import ${COPY_SCRIPT_NAME} from ${JSON.stringify(COPY_SCRIPT_COMPONENT)};` },
          { type: 'mdxJsxFlowElement', name: COPY_SCRIPT_NAME, attributes: [], children: [] },
        ]);
      },
    });
  };
}
