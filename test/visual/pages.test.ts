/**
 * The pages' layout as a reader sees it: each view below, in the light and the dark theme, at 1280
 * and 375 px wide, screenshotted in the pinned Chromium and compared with its reference image in
 * test/visual/reference/ (compare.ts says how). Each view is shot as the reader first sees it (the
 * top screen: header, sidebar or menu, title, table of contents), its widget whole where it has
 * one, and its footer (previous and next page) where asked. Before the shot every run of words
 * becomes the same placeholder (redact.ts): a reword or a new glossary entry changes no reference
 * image, while a change to the chrome, a widget's layout, a colour or a font does. On a difference
 * the test fails and writes the new screenshot and a diff image (changed pixels in red) to
 * test-results/visual/. After a change that is meant, `npm run test:visual -- --update` rewrites
 * the references; look at them before you commit (CONTRIBUTING.md, "Reading a visual diff").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scenarioQuery } from '../../src/share/scenario-param.ts';
import { baseUrl } from '../e2e/browser.ts';
import { comparePng, compactPng } from './compare.ts';
import { launchPinned } from './pinned-browser.ts';
import { redact } from './redact.ts';

const REFERENCE_DIR = fileURLToPath(new URL('./reference/', import.meta.url));
const OUTPUT_DIR = fileURLToPath(new URL('../../test-results/visual/', import.meta.url));
const blocked = (JSON.parse(readFileSync(fileURLToPath(new URL('../scenarios/tenant-federation-disabled.json', import.meta.url)), 'utf8')) as { input: unknown }).input;
const trace = readFileSync(fileURLToPath(new URL('../fixtures/trace/client-log-1008.txt', import.meta.url)), 'utf8');

interface View {
  name: string;
  path: string;
  /** The widget shot whole, besides the top screen. */
  widget?: string;
  /** What the reader does before looking (unfold a widget, paste into a tool, open the menu). */
  act?: (page: Page) => Promise<void>;
  /** Also the page's footer (the previous and next page links), shot whole like a widget. */
  footer?: boolean;
  /** Only at these widths (the phone menu exists only on a narrow screen). */
  widths?: readonly number[];
  /** Shot with the focus where the action left it (the open menu's button shows its focus ring). */
  keepFocus?: boolean;
}

const VIEWS: View[] = [
  { name: 'home', path: '/' },
  { name: 'scenario-folded', path: '/scenarios/partner-on-premises/', widget: 'playground' },
  {
    name: 'scenario-open',
    path: '/scenarios/partner-on-premises/',
    widget: 'playground',
    act: async (page) => {
      await page.locator('[data-widget="playground"]').getByRole('button', { name: 'Change the settings' }).click();
      await page.locator('[data-widget="playground"] form, [data-widget="playground"] fieldset').first().waitFor();
    },
  },
  { name: 'playground-blocked', path: `/playground/${scenarioQuery(blocked)}`, widget: 'playground' },
  {
    name: 'trace-explainer-result',
    path: '/troubleshooting/trace-explainer/',
    widget: 'trace-explainer',
    act: async (page) => {
      const widget = page.locator('[data-widget="trace-explainer"]');
      await widget.getByLabel('Log text with SIP messages').fill(trace);
      await widget.getByRole('button', { name: 'Explain the paste' }).click();
      await page.getByTestId('trace-report').waitFor();
    },
  },
  { name: 'glossary', path: '/reference/glossary/', footer: true },
  {
    name: 'phone-menu-open',
    path: '/scenarios/partner-on-premises/',
    widths: [375],
    keepFocus: true,
    act: async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.locator('#starlight__sidebar:popover-open').waitFor();
    },
  },
  { name: '404', path: '/404.html' },
];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 375] as const;
const CASES = VIEWS.flatMap((view) =>
  THEMES.flatMap((theme) => WIDTHS.filter((width) => view.widths?.includes(width) ?? true).map((width) => [`${view.name}-${theme}-${width}`, view, theme, width] as const)),
);
const HEIGHT = 800;

let browser: Browser;
beforeAll(async () => {
  browser = await launchPinned();
  mkdirSync(OUTPUT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Brings the page to the state a reader settles on: every widget's code loaded and run (the reader
 * scrolls; a widget that waits for a touch is focused, then let go), back at the top, fonts in.
 */
async function settle(page: Page): Promise<void> {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.waitForTimeout(30);
  }
  await page.evaluate(() => {
    for (const island of document.querySelectorAll('astro-island[ssr][client="interaction"]')) {
      const controls = [...island.querySelectorAll<HTMLElement>('input, select, textarea, button, summary')];
      controls.find((control) => control.checkVisibility({ visibilityProperty: true }))?.focus();
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe('pages as a reader sees them', () => {
  it.each(CASES)('%s matches its reference image', async (name, view, theme, width) => {
    const context = await browser.newContext({ viewport: { width, height: HEIGHT }, colorScheme: theme, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${view.path}`, { waitUntil: 'networkidle' });
    await settle(page);
    if (view.act) {
      await view.act(page);
      if (!view.keepFocus) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.waitForLoadState('networkidle');
    }
    // The pointer rests where no control or link is (the header's top-right corner): after a click
    // in `act` it would otherwise hover whatever link scrolled under it and underline it.
    await page.mouse.move(width - 1, 1);
    // The table of contents marks the heading in view once its observer has run after the scroll:
    // wait for each one shown to mark the first heading again (the top of the page). Its observer
    // can miss a scroll that lands where it already was, so a miss is nudged once and waited again.
    const tocAtTop = () =>
      page.waitForFunction(
        () =>
          [...document.querySelectorAll('starlight-toc, mobile-starlight-toc')]
            .filter((toc) => toc.checkVisibility())
            .every((toc) => toc.querySelector('a')?.getAttribute('aria-current') === 'true'),
        undefined,
        { timeout: 5_000 },
      );
    await tocAtTop().catch(async () => {
      await page.evaluate(() => window.scrollTo({ top: 200, behavior: 'instant' }));
      await page.waitForTimeout(100);
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await tocAtTop();
    });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
    expect(await redact(page), 'text runs redacted').toBeGreaterThan(0);
    const shots: [string, Buffer][] = [[`${name}-top`, await page.screenshot({ animations: 'disabled', caret: 'hide' })]];
    // Cut from a whole-page shot taken at the top, not an element shot: an element shot scrolls the
    // element into view, and the fixed header would then be drawn over its first lines.
    // With `snap`, the element is first moved down by less than a pixel, to a whole pixel of the
    // page: the page above the footer (a new glossary entry, a paragraph) is a fraction of a pixel
    // tall, and the same footer drawn at another fraction antialiases its arrows otherwise (30–50
    // pixels differed after a new glossary entry, at both widths). A real move of the footer, or a
    // change to it, still shows. (Widgets are not snapped yet: their references were taken unsnapped.)
    const cut = async (selector: string, snap = false) => {
      const element = page.locator(selector).first();
      if (snap) await element.evaluate((el: HTMLElement) => {
        const top = el.getBoundingClientRect().top + window.scrollY;
        const rest = Math.ceil(top) - top;
        if (rest > 0) el.style.marginTop = `calc(${getComputedStyle(el).marginTop} + ${rest}px)`;
      });
      if (snap) await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
      const box = await element.evaluate((element) => {
        const r = element.getBoundingClientRect();
        return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
      });
      return page.screenshot({ fullPage: true, clip: box, animations: 'disabled', caret: 'hide' });
    };
    if (view.widget) shots.push([`${name}-widget`, await cut(`[data-widget="${view.widget}"]`)]);
    if (view.footer) shots.push([`${name}-footer`, await cut('footer.sl-footer', true)]);
    await context.close();

    const failures: string[] = [];
    for (const [shot, shotPng] of shots) {
      const actual = compactPng(shotPng);
      const reference = `${REFERENCE_DIR}${shot}.png`;
      if (inject('updateReferences')) {
        // Rewritten only when it differs beyond the tolerance: an unchanged view keeps its file.
        if (!existsSync(reference) || !comparePng(readFileSync(reference), actual).same) writeFileSync(reference, actual);
        continue;
      }
      if (!existsSync(reference)) {
        writeFileSync(`${OUTPUT_DIR}${shot}.actual.png`, actual);
        failures.push(`no reference image test/visual/reference/${shot}.png (the new screenshot: test-results/visual/${shot}.actual.png)`);
        continue;
      }
      const result = comparePng(readFileSync(reference), actual);
      if (result.same) continue;
      writeFileSync(`${OUTPUT_DIR}${shot}.actual.png`, actual);
      if (result.diff) writeFileSync(`${OUTPUT_DIR}${shot}.diff.png`, result.diff);
      failures.push(
        `${shot}: ${result.reason}; new screenshot test-results/visual/${shot}.actual.png` + (result.diff ? `, changed pixels in red test-results/visual/${shot}.diff.png` : ''),
      );
    }
    if (failures.length > 0) throw new Error(`${failures.join('\n')}\nIf the change is meant, run npm run test:visual -- --update and look at the new references before committing.`);
  });
});
