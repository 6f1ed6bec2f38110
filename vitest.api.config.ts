import { defineConfig } from 'vitest/config'

/**
 * `API_BASE_URL=http://host:port/api npm run test:api`: the HTTP-only API suite (test/api/) against a real
 * backend. Unlike the default run (vite.config.ts), nothing here starts MSW: no setup file, a Node environment,
 * and test/api/ may not import the mock (ESLint enforces it). Files run one after another, since they share one
 * server. docs/api-tests.md says what the server must hold.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/api/**/*.test.ts'],
    globalSetup: ['test/support/require-api-base-url.ts'],
    // The client reads its base URL from the app's env (src/config/env.ts), as the app does.
    env: { VITE_API_BASE_URL: process.env.API_BASE_URL ?? '' },
    fileParallelism: false,
    testTimeout: 20_000,
  },
})
