import { rm } from 'node:fs/promises'
import path from 'node:path'

import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'

/**
 * The MSW worker lives in public/ (msw's convention) but must never ship in a production build
 * (QUALITY check 22: "do NOT serve this file on production"), so builds without mocks delete it.
 */
function dropMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist'
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      if (!enabled) await rm(path.join(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

/** Headers the static host must send; preview mirrors production so the browser tests see them. */
const documentHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const mocksEnabled = env.VITE_ENABLE_MOCKS === 'true'
  return {
    plugins: [react(), tailwindcss(), dropMockWorker(mocksEnabled)],
    // A compile-time constant lets the bundler drop every mock import from production builds.
    define: { __MOCKS_ENABLED__: JSON.stringify(mocksEnabled) },
    build: { target: 'es2022', sourcemap: false },
    server: { port: 5173, headers: documentHeaders },
    preview: { port: 4173, strictPort: true, headers: documentHeaders },
    test: {
      environment: 'jsdom',
      include: ['test/**/*.test.{ts,tsx}'],
      setupFiles: ['test/setup.ts'],
      restoreMocks: true,
      testTimeout: 20_000,
      css: false,
    },
  }
})
