/**
 * Route chunks: gzip bytes of each lazily loaded route's own chunk in the production build (the file the
 * router downloads when a page is first opened; shared chunks it imports are counted once, in "all JS").
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const ROUTE_PREFIX = 'src/app/routes/'

export const routeChunks = {
  title: 'Route chunks (production build, gzip, each route’s own chunk)',
  /** @param {import('./build.mjs').BenchContext} context */
  async run({ outDir, manifest }) {
    const routes = Object.keys(manifest)
      .filter((key) => key.startsWith(ROUTE_PREFIX) && key.endsWith('.tsx') && manifest[key].isDynamicEntry)
      .sort()
    const metrics = routes.map((key) => ({
      name: key.slice(ROUTE_PREFIX.length),
      value: gzipSync(readFileSync(path.join(outDir, manifest[key].file)), { level: 9 }).length,
      unit: 'bytes',
    }))
    return { metrics, notes: [`${String(routes.length)} lazily loaded route modules`] }
  },
}
