#!/usr/bin/env node
/**
 * Makes sure Debian's Chromium is there for the browser tests, as CI's .ci/run does.
 *
 * Looks at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser. When none exists:
 *  - as root with apt-get: runs `apt-get update && apt-get install -y chromium`, then looks again;
 *  - otherwise: stops at once (exit 1) and prints the exact command that installs it.
 * Prints the path and version it found (Playwright guarantees only its own Chromium, so the log records which one ran).
 * Never downloads a browser of its own (no `npx playwright install`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { INSTALL_COMMAND, chromiumCandidates, findChromium, isRoot } from './lib/chromium.mjs'

function version(path) {
  // Debian's wrapper script prints a harmless shell warning on stderr; only stdout holds the version.
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  return result.status === 0 ? result.stdout.trim() : `unknown version (exit ${String(result.status)})`
}

function report(path) {
  console.log(`[ensure-chromium] using ${path}: ${version(path)}`)
}

let found = findChromium()
if (found) {
  report(found)
  process.exit(0)
}

console.log(`[ensure-chromium] no Chromium at ${chromiumCandidates().join(', ')}`)
const hasApt = existsSync('/usr/bin/apt-get')
if (isRoot && hasApt) {
  console.log(`[ensure-chromium] installing Debian's Chromium: ${INSTALL_COMMAND}`)
  const install = spawnSync('sh', ['-c', INSTALL_COMMAND], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  found = findChromium()
  if (install.status === 0 && found) {
    report(found)
    process.exit(0)
  }
  console.error(`[ensure-chromium] the install failed (exit ${String(install.status)}).`)
}

const command = isRoot ? INSTALL_COMMAND : `sudo sh -c '${INSTALL_COMMAND}'`
console.error(
  `[ensure-chromium] Chromium is missing. Install it with:\n\n    ${command}\n\n` +
    'or point CHROMIUM_PATH at a Chromium binary. Do not run `npx playwright install`: browsers are not downloadable here.',
)
process.exit(1)
