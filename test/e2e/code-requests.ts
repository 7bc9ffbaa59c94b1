/**
 * Control over when a widget's code arrives, for the tests of src/hydration/interaction.ts. Widgets
 * warm their code at idle after the page loads, so a test that acts "before the code arrived" holds
 * the code's requests until it lets them go, and a test of a failed load aborts them.
 */
import type { Page, Route } from 'playwright-core';

/** A widget's own module, e.g. /_astro/Playground.B1rwj73M.js (and its retries with ?astro-retry=). */
export const componentModule = (name: string): RegExp => new RegExp(`/_astro/${name}\\.[\\w-]+\\.js(\\?.*)?$`);

/**
 * Holds every request matching `pattern` until `release` lets them (and later ones) through;
 * `requested` resolves once the first one has been asked for (the page never reaches network
 * idle while one is held: wait for this instead).
 */
/**
 * Resolves once a module the page is loading (a widget's code, warming) has arrived with every module
 * it imports. Importing it again from the page joins the load in flight rather than fetching twice;
 * waitForLoadState('networkidle') would not wait, having been reached once already at the load.
 */
export async function moduleLoaded(page: Page, url: string): Promise<void> {
  // A string, not a function: the test runner would rewrite an import() written in this file.
  await page.evaluate(`import(${JSON.stringify(url)}).then(() => undefined)`);
}

export async function holdRequests(page: Page, pattern: RegExp): Promise<{ requested: Promise<void>; release: () => Promise<void> }> {
  const held: Route[] = [];
  let open = false;
  let asked = () => {};
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(pattern, async (route) => {
    if (open) await route.continue();
    else {
      held.push(route);
      asked();
    }
  });
  return {
    requested,
    release: async () => {
      open = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/**
 * Fails every request matching `pattern` as a dropped connection would, until the returned function
 * stops it. Each is recorded as path and query: Astro's loader retries a failed import once, a second
 * later, with `?astro-retry=…`, which tells a retry from a fresh attempt.
 */
export async function dropRequests(page: Page, pattern: RegExp): Promise<{ dropped: string[]; restore: () => Promise<void> }> {
  const dropped: string[] = [];
  const handler = (route: Route) => {
    const url = new URL(route.request().url());
    dropped.push(url.pathname + url.search);
    return route.abort('internetdisconnected');
  };
  await page.route(pattern, handler);
  return { dropped, restore: () => page.unroute(pattern, handler) };
}
