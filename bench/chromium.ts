// The browser every test and bench run drives, resolved once by scripts/chromium.mjs (shared with
// the install step): CHROMIUM_PATH, else the machine's Chromium or Chrome, else the Chromium from
// the npm registry that `npm install` unpacked. BROWSER_ENV gives it our fonts on every machine.
import { browserProblem, CHROMIUM_FLAGS, resolveChromium } from '../scripts/chromium.mjs';

export { CHROMIUM_FLAGS };

const resolution = resolveChromium();

/** The resolved browser, with what was tried to find it. */
export const BROWSER = resolution;

/** The executable to launch ('' when none was found: BROWSER_PROBLEM says why). */
export const CHROMIUM_PATH: string = resolution.path ?? '';

/** Environment for the browser process: the project's fonts (and the bundled build's libraries). */
export const BROWSER_ENV: Record<string, string> = { ...stringEnv(process.env), ...resolution.env };

/** One line saying what went wrong finding or starting the browser. */
export function describeBrowserProblem(error?: unknown): string {
  return browserProblem(resolution, error);
}

function stringEnv(environment: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(environment).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
