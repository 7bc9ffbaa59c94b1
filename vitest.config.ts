import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (rules, parsers, components' logic) and the browser suite,
// which builds nothing itself: `npm test` builds `dist/` first and the e2e setup serves it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          // Correctness, not speed: the property and fuzz tests run 10,000+ inputs each, and a
          // shared two-core machine under load must not turn them into timeouts (speed is the
          // benchmark's job).
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // The host emulator's file runs on its own, after the others (project e2e-host below).
          exclude: ['test/e2e/host.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at once (two Chromiums on these two-core machines): about 3 minutes off a CI run.
          // Within a file, the long sweeps (every page, every stored scenario) run a few pages at once.
          maxWorkers: 2,
          maxConcurrency: 3,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e-host',
          include: ['test/e2e/host.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Alone, once the others are done: with another file beside it, the embed sandboxed to origin
          // "null", its scripts fetched with CORS through the host emulator, failed to hydrate within
          // 55 s in 2 runs of 3 (Astro's import retry cannot recover a module whose dependency failed
          // once), and never when it ran alone.
          fileParallelism: false,
          maxConcurrency: 3,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'visual',
          include: ['test/visual/**/*.test.ts'],
          // The browser suite's set-up serves dist/; ours checks the pinned browser and reads --update.
          globalSetup: ['test/e2e/global-setup.ts', 'test/visual/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A page shot once differed by a link's underline (90 pixels, dark theme only) and matched when
          // run again: a case that fails is run once more from a fresh page, and only a difference seen
          // twice fails. A real change of layout differs both times.
          retry: 1,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/rules/**/*.ts', 'src/share/**/*.ts', 'src/tools/**/*.ts', 'src/highlight/**/*.ts', 'src/components/**/*.ts'],
      // Browser-only code the unit half cannot run: the trace worker, and Starlight's chrome scripts
      // (src/components/overrides/scripts/, its components' <script>s moved to files so that a page
      // loads them as one module), which the browser suite exercises (search, sidebar, ToC, themes).
      exclude: ['src/**/*.test.ts', 'src/tools/trace/worker.ts', 'src/components/overrides/scripts/**'],
      // The rules decide every verdict on the site: they are held to the higher bar.
      thresholds: {
        lines: 90,
        functions: 90,
        branches: 80,
        statements: 90,
        'src/rules/**': { lines: 95, functions: 95, branches: 85, statements: 95 },
      },
    },
  },
});
