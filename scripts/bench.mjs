#!/usr/bin/env node
/**
 * `npm run bench`: builds for production once, then runs each section in `sections` against that
 * build and prints its figures. Figures are also written to bench-results/bench.json.
 *
 * Not a test: budgets are reported as PASS/OVER text, and the exit code is 0 unless the build fails
 * (or a section throws). To add a section (e.g. Chromium-measured figures), write
 * scripts/bench/<name>.mjs exporting `{ title, run(context) }` and list it below; `run` returns
 * `{ metrics: [{ name, value, unit, budget? }], notes?: string[] }`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { buildForBench } from './bench/build.mjs'
import { bundleSize } from './bench/bundle-size.mjs'
import { myDataChromium } from './bench/my-data-chromium.mjs'
import { routeChunks } from './bench/route-chunks.mjs'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, 'bench-results')

/** @type {{ title: string, run: (context: import('./bench/build.mjs').BenchContext) => Promise<import('./bench/build.mjs').SectionResult> }[]} */
const sections = [bundleSize, routeChunks, myDataChromium]

const context = await buildForBench({ root, outDir: path.join(resultsDir, 'dist') })
if (!context) {
  console.error('[bench] the production build failed')
  process.exit(1)
}

/** Formats a metric line with its budget verdict. */
function formatMetric(metric) {
  const value =
    metric.unit === 'bytes'
      ? `${(metric.value / 1024).toFixed(1)} KiB (${String(metric.value)} B)`
      : `${String(metric.value)} ${metric.unit}`
  if (metric.budget === undefined) return `  ${metric.name}: ${value}`
  const budget =
    metric.unit === 'bytes' ? `${(metric.budget / 1024).toFixed(0)} KiB` : `${String(metric.budget)} ${metric.unit}`
  const verdict = metric.value <= metric.budget ? 'PASS' : 'OVER BUDGET'
  return `  ${metric.name}: ${value} — budget ${budget}: ${verdict}`
}

const report = { date: new Date().toISOString(), node: process.version, sections: [] }
let sectionFailed = false
for (const section of sections) {
  console.log(`\n== ${section.title}`)
  try {
    const result = await section.run(context)
    for (const metric of result.metrics) console.log(formatMetric(metric))
    for (const note of result.notes ?? []) console.log(`  note: ${note}`)
    report.sections.push({ title: section.title, ...result })
  } catch (error) {
    sectionFailed = true
    console.error(`  section failed: ${error instanceof Error ? error.message : String(error)}`)
    report.sections.push({ title: section.title, error: String(error) })
  }
}

mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`)
console.log(`\n[bench] figures written to ${path.relative(root, path.join(resultsDir, 'bench.json'))}`)
process.exitCode = sectionFailed ? 1 : 0
