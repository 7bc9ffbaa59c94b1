/**
 * The visual suite's browser: always the Chromium pinned in scripts/toolchain/chromium (the npm
 * package @sparticuz/chromium, unpacked by `npm install`), never the machine's own, so that the
 * reference images are the same pixels on every machine: one browser build, one set of fonts
 * (dejavu-fonts-ttf, through our fontconfig file), software rendering, no hinting.
 */
import { chromium, type Browser } from 'playwright-core';
import { browserProblem, CHROMIUM_FLAGS, resolveChromium } from '../../scripts/chromium.mjs';

const { CHROMIUM_PATH: _ignored, ...environment } = process.env;
const pinned = resolveChromium({ ...environment, LYNC_BROWSER: 'bundled' });

/** Why the pinned browser cannot run here, or '' when it can. */
export function pinnedBrowserProblem(): string {
  if (pinned.path) return '';
  return `visual tests: they need the pinned Chromium, not found. ${browserProblem(pinned)}`;
}

export function launchPinned(): Promise<Browser> {
  if (!pinned.path) throw new Error(pinnedBrowserProblem());
  const env = Object.fromEntries(Object.entries({ ...process.env, ...pinned.env }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return chromium.launch({ executablePath: pinned.path, args: [...CHROMIUM_FLAGS, '--hide-scrollbars', '--force-color-profile=srgb'], headless: true, env });
}
