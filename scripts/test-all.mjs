#!/usr/bin/env node
/**
 * `npm test`: every check CI runs, in order, streaming each step's output.
 *
 *   1. lint        npm run lint
 *   2. typecheck   npm run typecheck
 *      knip        npm run knip (unused files, exports, dependencies)
 *   3. unit        vitest run (unit + integration tests), JSON report in test-results/vitest.json
 *   4. e2e         ensure Chromium, `npm run build` (dist/, scanned by production-build.spec.ts),
 *                  `npm run build:demo` (dist-demo/, served by the Playwright webServer), then
 *                  playwright test, JSON report in test-results/playwright.json
 *
 * A failing step does not stop the run where the next step still means something, so the counts are
 * complete. Chromium missing (and not installable) skips Playwright; a failed demo build leaves only the
 * production-build scan to run (E2E_NO_SERVER=1 drops the web server); both builds failing skips it.
 *
 * How the closing `N passed, N failed` line is counted:
 *   - passed = tests that passed in vitest + in Playwright (flaky-but-passed counts as passed);
 *   - failed = tests that failed in vitest + in Playwright
 *              + 1 for each failed check that is not a test runner (lint, typecheck, knip, Chromium, each build)
 *              + 1 for a runner that exited non-zero without reporting a failed test (crash, no tests
 *                found, unhandled error) or whose JSON report is missing;
 *   - skipped tests are printed as `, N skipped`.
 * Passing checks (lint, typecheck, builds) add nothing to `passed`, so the line never hides a run that
 * executed no test. The process exits 1 when failed > 0, else 0. The summary is the last line printed.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { findChromium } from './lib/chromium.mjs'

const root = path.resolve(import.meta.dirname, '..')
const reports = path.join(root, 'test-results')
const vitestReport = path.join(reports, 'vitest.json')
const playwrightReport = path.join(reports, 'playwright.json')

/** @type {{ name: string, runner: boolean, ok: boolean, passed: number, failed: number, skipped: number, note: string }[]} */
const rows = []
const startedAt = Date.now()

/** Runs a command with inherited stdio and resolves with its exit code (never rejects). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n\u25b6 ${[command, ...args].join(' ')}`)
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', (error) => {
      console.error(error)
      resolve(127)
    })
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

/** A check that is not a test runner: it counts only when it fails. */
async function check(name, command, args, env) {
  const code = await run(command, args, env)
  rows.push({
    name,
    runner: false,
    ok: code === 0,
    passed: 0,
    failed: code === 0 ? 0 : 1,
    skipped: 0,
    note: `exit ${String(code)}`,
  })
  return code === 0
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** Adds a runner's counts; a non-zero exit with no failed test counts as one failure. */
function addRunner(name, code, counts) {
  if (!counts) {
    rows.push({
      name,
      runner: true,
      ok: false,
      passed: 0,
      failed: 1,
      skipped: 0,
      note: `exit ${String(code)}, no report`,
    })
    return
  }
  let { passed, failed, skipped } = counts
  let note = `exit ${String(code)}`
  if (code !== 0 && failed === 0) {
    failed = 1
    note += ' without a failed test (crash, no tests or unhandled error): counted as 1 failed'
  }
  rows.push({ name, runner: true, ok: code === 0 && failed === 0, passed, failed, skipped, note })
}

mkdirSync(reports, { recursive: true })

// 1–2. Static checks.
await check('lint', 'npm', ['run', '--silent', 'lint'])
await check('typecheck', 'npm', ['run', '--silent', 'typecheck'])
// Unused files, exports and dependencies: dead code is a defect like any other.
await check('knip', 'npm', ['run', '--silent', 'knip'])

// 3. Unit and integration tests (vitest, jsdom).
rmSync(vitestReport, { force: true })
{
  const code = await run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(root, vitestReport)}`,
  ])
  const json = readJson(vitestReport)
  addRunner(
    'vitest',
    code,
    json && {
      passed: json.numPassedTests ?? 0,
      failed: json.numFailedTests ?? 0,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    },
  )
}

// 4. Browser tests against the builds.
const hasChromium = await check('chromium', 'node', ['scripts/ensure-chromium.mjs'])
if (hasChromium) {
  // Remove stale output so a failed build can never be scanned or served as if it were fresh.
  rmSync(path.join(root, 'dist'), { recursive: true, force: true })
  rmSync(path.join(root, 'dist-demo'), { recursive: true, force: true })
  const built = await check('build', 'npm', ['run', '--silent', 'build'])
  const demoBuilt = await check('build:demo', 'npm', ['run', '--silent', 'build:demo'])
  if (demoBuilt || built) {
    // Without the demo build there is nothing to serve: run only the build scan, with no web server.
    const args = demoBuilt ? ['playwright', 'test'] : ['playwright', 'test', 'test/e2e/production-build.spec.ts']
    if (!demoBuilt) console.error('\n[test-all] the demo build failed: running only the production-build scan.')
    rmSync(playwrightReport, { force: true })
    const code = await run('npx', args, {
      CHROMIUM_PATH: findChromium() ?? '',
      ...(demoBuilt ? {} : { E2E_NO_SERVER: '1' }),
    })
    const json = readJson(playwrightReport)
    addRunner(
      'playwright',
      code,
      json?.stats && {
        passed: (json.stats.expected ?? 0) + (json.stats.flaky ?? 0),
        failed: json.stats.unexpected ?? 0,
        skipped: json.stats.skipped ?? 0,
      },
    )
  } else {
    console.error('\n[test-all] both builds failed: Playwright skipped (counted as the two build failures).')
  }
} else {
  console.error('\n[test-all] Chromium is missing: browser tests skipped (counted as 1 failed). See the command above.')
}

// Summary.
const total = rows.reduce(
  (sum, row) => ({
    passed: sum.passed + row.passed,
    failed: sum.failed + row.failed,
    skipped: sum.skipped + row.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
)
console.log(`\n[test-all] finished in ${String(Math.round((Date.now() - startedAt) / 1000))} s`)
for (const row of rows) {
  const counts = row.runner
    ? ` ${String(row.passed)} passed, ${String(row.failed)} failed, ${String(row.skipped)} skipped`
    : ''
  console.log(`  ${row.ok ? 'ok  ' : 'FAIL'} ${row.name.padEnd(11)}${counts} (${row.note})`)
}
const skippedPart = total.skipped > 0 ? `, ${String(total.skipped)} skipped` : ''
console.log(`${String(total.passed)} passed, ${String(total.failed)} failed${skippedPart}`)
process.exitCode = total.failed > 0 ? 1 : 0
