/**
 * Where Debian's Chromium lives and how to launch it here. Shared by ensure-chromium, the Playwright
 * config and the bench, so every tool drives the same browser with the same flags. No tool downloads
 * its own browser (never `npx playwright install`): the machine has no route to browser downloads.
 */
import { accessSync, constants } from 'node:fs'

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium'

/** Candidate paths, in order: $CHROMIUM_PATH, then Debian's and Ubuntu's names. */
export function chromiumCandidates() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (candidate) => typeof candidate === 'string' && candidate !== '',
  )
}

/** @returns {string | undefined} the first executable candidate */
export function findChromium() {
  for (const candidate of chromiumCandidates()) {
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not there or not executable: try the next one
    }
  }
  return undefined
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/**
 * Flags for every launch. The sandbox cannot start as root, and without the background-networking
 * flags Chromium keeps dialling Google hosts that this closed network refuses.
 */
export const chromiumArgs = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
