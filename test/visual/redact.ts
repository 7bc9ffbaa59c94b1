/**
 * What the visual suite looks at: the layout, not the words. Before each screenshot the page is
 * redacted in the browser: every run of words in a text node (prose, headings, labels, buttons,
 * options, the table of contents, SVG text, placeholders) becomes the same placeholder, REDACTED:
 * four full blocks (█, U+2588), drawn at the text's own size, line height and colour (the glyph
 * comes from the fallback font, DejaVu Sans: the site's font has none). So
 * - a reword changes no pixel: the run is the same placeholder before and after, and since its
 *   length no longer depends on the words, neither does its wrapping: a reword that would add a
 *   line to a paragraph moves nothing below it;
 * - a change to the chrome, a widget's layout, spacing, borders, icons, a colour (a theme) or the
 *   text's size, line height or colour still changes pixels;
 * - the images are mostly flat colour, so they are small (tens of kB, not hundreds).
 * What it cannot see, by design: the words themselves (the unit and e2e suites check those), a
 * word too long for its box (the e2e suite checks overflow), the text's font family and weight
 * (a block is a block), and a change of inline structure: a reword that adds or removes a link,
 * code span or emphasis makes one run more or less, so its line shows one placeholder more or
 * less. The tables of contents keep their first TOC_ITEMS entries: their length is the page's
 * headings (a new glossary entry), not the layout. A new section or glossary entry inside a shot's
 * first screen does show: it is new layout there, and pushes what was below it down.
 *
 * The leading and trailing spaces of a run are kept (they space inline elements); text a reader
 * typed or pasted (an input's value, a textarea) is left alone: it is the test's own fixture.
 */
import type { Page } from 'playwright-core';

/** What every run of words becomes. */
export const REDACTED = '\u2588\u2588\u2588\u2588';
/** Entries kept at the top level of a table of contents. */
export const TOC_ITEMS = 3;

/** Runs in the page (see the file's comment); returns how many text runs it replaced. */
export function redactInPage({ placeholder, tocItems }: { placeholder: string; tocItems: number }): number {
  for (const toc of document.querySelectorAll('starlight-toc, mobile-starlight-toc')) {
    const list = toc.querySelector(':scope ul, :scope ol');
    const items = list ? [...list.children].filter((child) => child.tagName === 'LI') : [];
    for (const item of items.slice(tocItems)) item.remove();
    // The reader is at the top: the first entry is the current one (the list's own observer would
    // otherwise move the mark as the redacted page reflows).
    const links = [...toc.querySelectorAll('a')];
    for (const link of links) link.removeAttribute('aria-current');
    links[0]?.setAttribute('aria-current', 'true');
  }
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'TITLE']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node: Text) => (node.parentElement && !skip.has(node.parentElement.tagName) && /\S/.test(node.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const runs: Text[] = [];
  while (walker.nextNode()) runs.push(walker.currentNode as Text);
  for (const run of runs) {
    const [, before = '', after = ''] = /^(\s*)[\s\S]*?(\s*)$/.exec(run.data) ?? [];
    const next = before + placeholder + after;
    if (run.data !== next) run.data = next;
  }
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[placeholder]')) if (field.placeholder.trim()) field.placeholder = placeholder;
  return runs.length;
}

/**
 * Redacts the page and waits until it has laid out again (two frames, then the table of contents'
 * observer has had its turn; redacted once more in case a script wrote new words meanwhile).
 */
export async function redact(page: Page): Promise<number> {
  const options = { placeholder: REDACTED, tocItems: TOC_ITEMS };
  // Underlines are a text style, not layout, and they flip between runs (a link's state after the
  // page's own prefetch and focus handling): drawn as none, so only boxes, colours and places count.
  // A constructed sheet, so the page's Content Security Policy (hashed inline styles) does not refuse it.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { text-decoration-line: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  await page.evaluate(redactInPage, options);
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForTimeout(150);
  return page.evaluate(redactInPage, options);
}
