import { rm } from 'node:fs/promises'
import path from 'node:path'

import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'

import { baselineHeaders, cacheControlFor, securityHeaders } from './scripts/lib/document-headers.mjs'

/**
 * The MSW worker lives in public/ (msw's convention) but must never ship in a production build
 * (the worker's own header says "do NOT serve this file on production"), so builds without mocks delete it.
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

/**
 * `vite preview` stands in for production hosting: hashed files under /assets/ are immutable, the HTML
 * document and the other files are `no-cache` (a deploy shows at once). Set before the static server runs, which
 * keeps a Cache-Control already on the response (preview.headers must therefore not carry one).
 */
function previewCacheControl(): Plugin {
  return {
    name: 'preview-cache-control',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader('Cache-Control', cacheControlFor(new URL(req.url ?? '/', 'http://preview').pathname))
        next()
      })
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const mocksEnabled = env.VITE_ENABLE_MOCKS === 'true'
  return {
    plugins: [react(), tailwindcss(), dropMockWorker(mocksEnabled), previewCacheControl()],
    // A compile-time constant lets the bundler drop every mock import from production builds.
    define: { __MOCKS_ENABLED__: JSON.stringify(mocksEnabled) },
    build: { target: 'es2022', sourcemap: false },
    // Dev: no CSP, because Vite injects inline scripts and styles for HMR.
    server: { port: 5173, headers: { ...baselineHeaders } },
    // Preview mirrors production hosting (the same document headers); only mock modes allow MSW's worker.
    preview: { port: 4173, strictPort: true, headers: securityHeaders({ mockServiceWorker: mocksEnabled }) },
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
