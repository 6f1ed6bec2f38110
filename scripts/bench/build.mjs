/**
 * The production build the bench measures: `vite build` in production mode into bench-results/dist,
 * with `--manifest` so sections can map source modules to chunks. The manifest is turned on only
 * here, by CLI flag, so `npm run build` output is unchanged.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * @typedef {{ file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[], assets?: string[] }} ManifestChunk
 * @typedef {{ root: string, outDir: string, manifest: Record<string, ManifestChunk> }} BenchContext
 * @typedef {{ name: string, value: number, unit: string, budget?: number }} Metric
 * @typedef {{ metrics: Metric[], notes?: string[] }} SectionResult
 */

/** @returns {Promise<BenchContext | undefined>} undefined when the build fails */
export async function buildForBench({ root, outDir }) {
  const args = ['vite', 'build', '--mode', 'production', '--outDir', outDir, '--emptyOutDir', '--manifest']
  console.log(`[bench] npx ${args.join(' ')}`)
  const result = spawnSync('npx', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) return undefined
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'))
  return { root, outDir, manifest }
}
