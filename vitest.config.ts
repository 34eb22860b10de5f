import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs pure logic and components without a build; `site` builds the real site once,
// serves dist/ on a free local port, and runs the build checks and the browser tests against it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/build-and-serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each browser test file starts its own Chromium; two at a time suits the 2-core CI machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
