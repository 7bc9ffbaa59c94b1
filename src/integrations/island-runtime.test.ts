import { describe, expect, it } from 'vitest';
import { dropIslandStyle, externalizeIslandScripts, ISLAND_STYLE_RULE } from './island-runtime.ts';

const RUNTIME = '(()=>{class e extends HTMLElement{}customElements.get("astro-island")||customElements.define("astro-island",e)})();';
const DIRECTIVE = '(()=>{(self.Astro||(self.Astro={})).interaction=()=>{};window.dispatchEvent(new Event("astro:interaction"));})();';
const THEME = 'window.StarlightThemeProvider = {};';

describe('externalizeIslandScripts', () => {
  it('moves the island runtime and a directive loader to deferred files named by content', () => {
    const { html, files } = externalizeIslandScripts(`<p>a</p><script>${DIRECTIVE}</script><script>${RUNTIME}</script><astro-island></astro-island>`);
    const names = [...files.keys()];
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^astro-directive\.[\w-]{10}\.js$/);
    expect(names[1]).toMatch(/^astro-island\.[\w-]{10}\.js$/);
    expect(files.get(names[1]!)).toBe(RUNTIME);
    expect(html).toBe(`<p>a</p><script src="/_astro/${names[0]}" defer></script><script src="/_astro/${names[1]}" defer crossorigin></script><astro-island></astro-island>`);
  });

  it('leaves every other inline script alone', () => {
    const page = `<script>${THEME}</script><script type="module">import "/x.js";</script>`;
    expect(externalizeIslandScripts(page)).toEqual({ html: page, files: new Map() });
  });

  it('gives the same script the same file on every page', () => {
    const a = externalizeIslandScripts(`<script>${RUNTIME}</script>`);
    const b = externalizeIslandScripts(`<main></main><script>${RUNTIME}</script>`);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
  });

  it('does not reach across scripts: a theme script before the runtime stays inline', () => {
    const { html, files } = externalizeIslandScripts(`<script>${THEME}</script><script>${RUNTIME}</script>`);
    expect(files.size).toBe(1);
    expect(html.startsWith(`<script>${THEME}</script><script src="/_astro/astro-island.`)).toBe(true);
  });
});

describe('dropIslandStyle', () => {
  const style = `<style>${ISLAND_STYLE_RULE}</style>`;
  const page = (links: string) => `<head>${links}</head><main>${style}<astro-island></astro-island></main>`;
  it('drops Astro’s inline island style where a linked stylesheet has the rule', () => {
    const css = (href: string) => (href === '/_astro/common.css' ? `a{b:c}${ISLAND_STYLE_RULE}` : 'x{y:z}');
    expect(dropIslandStyle(page('<link rel="stylesheet" href="/_astro/other.css"><link rel="stylesheet" href="/_astro/common.css">'), css)).not.toContain('<style>');
  });
  it('keeps it where no stylesheet has the rule, or only a print one', () => {
    const css = (href: string) => (href === '/_astro/print.css' ? ISLAND_STYLE_RULE : 'x{y:z}');
    for (const links of ['', '<link rel="stylesheet" href="/_astro/other.css">', '<link rel="stylesheet" href="/_astro/print.css" media="print">']) {
      expect(dropIslandStyle(page(links), css)).toBe(page(links));
    }
  });
});
