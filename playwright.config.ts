/**
 * Browser tests: Playwright's runner driving Debian's Chromium against the demo build
 * (production build with the mock worker on), served by `npm run preview:demo` on :4173.
 * `npm run test:e2e` / `npm test` build dist/ and dist-demo/ and check Chromium before this runs.
 */
import { defineConfig, devices } from '@playwright/test'

import { INSTALL_COMMAND, chromiumArgs, findChromium } from './scripts/lib/chromium.mjs'

const executablePath = findChromium()
if (!executablePath) {
  // Fail here rather than let Playwright suggest downloading its own browser, which cannot work here.
  throw new Error(
    `Chromium not found ($CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser). Install it: ${INSTALL_COMMAND}`,
  )
}

// E2E_PORT and E2E_DIST let several checkouts (or people) run the browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173)
const demoDir = process.env.E2E_DIST ?? 'dist-demo'
const baseURL = `http://localhost:${String(port)}`

export default defineConfig({
  testDir: 'test/e2e',
  // Artifacts (screenshots, traces) per test; the JSON reports sit beside it in test-results/ because
  // Playwright empties outputDir at the start of each run.
  outputDir: 'test-results/playwright',
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI: a test that passes on retry is reported as flaky in the list and the JSON report,
  // rather than blocking a landing on a loaded 2-core machine. Locally a failure shows at once.
  retries: process.env.CI ? 1 : 0,
  workers: 2, // the machines have 2 cores
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    // The MSW worker must be able to register in the demo build.
    serviceWorkers: 'allow',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } },
    },
  ],
  // E2E_NO_SERVER=1: test-all runs only the file scans (no browser, no server) when the demo build failed.
  ...(process.env.E2E_NO_SERVER
    ? {}
    : {
        webServer: {
          command: `npx vite preview --mode demo --outDir ${demoDir} --port ${String(port)} --strictPort`,
          url: baseURL,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      }),
})
