/**
 * My data in Chromium: the production demo build (mock backend in the page) served by `vite preview`, the mock's
 * latency set to 0 in the dev panel, the large account signed in. Figures:
 * - time from navigation to the first rows of the transactions table (a full page load, and an in-app
 *   navigation from My data), median of three runs — goal ≤ 500 ms;
 * - the longest main-thread task (PerformanceObserver "longtask", which reports tasks over 50 ms) while the
 *   table is scrolled through 10,000 rows, pages loading as it goes — goal ≤ 50 ms.
 * The mock server runs on the page's main thread, so its work (filtering 100,000 records) is counted too.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { chromium } from '@playwright/test'

import { chromiumArgs, findChromium } from '../lib/chromium.mjs'

const LARGE_ACCOUNT = { email: 'elise.durand@example.test', password: 'long-standing-demo-2026' }
const FIRST_ROWS_BUDGET_MS = 500
const LONG_TASK_BUDGET_MS = 50
const ROWS_TO_SCROLL = 10_000
const TRANSACTIONS = '/my-data/transactions'
const FIRST_ROW = 'table tbody tr[aria-rowindex="2"] th a'

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function waitForServer(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

async function signInWithoutLatency(page, baseUrl) {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('Adresse e-mail').fill(LARGE_ACCOUNT.email, { timeout: 30_000 })
  await page.getByLabel('Mot de passe').fill(LARGE_ACCOUNT.password)
  await page.locator('main form').getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('heading', { level: 1, name: 'Aperçu' }).waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Panneau de développement' }).click()
  await page.getByLabel('Temps de réponse du serveur simulé').selectOption('0')
  await page.keyboard.press('Escape')
}

/** Full load: from the navigation's start (performance.timeOrigin) to the first row in the DOM. */
async function firstRowsOnLoad(page, baseUrl) {
  await page.goto(`${baseUrl}${TRANSACTIONS}`, { waitUntil: 'commit' })
  const handle = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() : false),
    FIRST_ROW,
    { polling: 'raf', timeout: 60_000 },
  )
  return Math.round(await handle.jsonValue())
}

/** In-app: from the click on "Données de transaction" on My data to the first row in the DOM. */
async function firstRowsInApp(page, baseUrl) {
  await page.goto(`${baseUrl}/my-data`)
  const link = page.getByRole('main').getByRole('link', { name: 'Données de transaction', exact: true }).first()
  await link.waitFor({ timeout: 60_000 })
  await page.evaluate(() => {
    document.addEventListener('click', () => (window.__benchClickAt = performance.now()), { capture: true, once: true })
  })
  await link.click()
  const handle = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() - window.__benchClickAt : false),
    FIRST_ROW,
    { polling: 'raf', timeout: 60_000 },
  )
  return Math.round(await handle.jsonValue())
}

/** Scrolls the table's region down through `rows` rows, waiting for pages as they load; returns the task figures. */
async function scrollThrough(page, baseUrl, rows) {
  await page.goto(`${baseUrl}${TRANSACTIONS}`)
  await page.waitForSelector(FIRST_ROW, { timeout: 60_000 })
  return page.evaluate(async (target) => {
    const longTasks = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration)
    })
    observer.observe({ type: 'longtask' })
    const region = document.querySelector('[role="region"]:has(table[aria-rowcount])')
    if (!region) throw new Error('no scrollable table region')
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    const topRow = () => {
      const rowsInView = [...region.querySelectorAll('tbody tr[aria-rowindex]')]
      const box = region.getBoundingClientRect()
      const visible = rowsInView.find((row) => row.getBoundingClientRect().bottom > box.top + 60)
      return Number(visible?.getAttribute('aria-rowindex') ?? 0)
    }
    let longestFrame = 0
    let last = performance.now()
    const started = last
    // About a screenful per frame, as a fast fling does.
    while (topRow() < target + 2 && performance.now() - started < 120_000) {
      region.scrollTop += 600
      await frame()
      const now = performance.now()
      longestFrame = Math.max(longestFrame, now - last)
      last = now
    }
    await frame()
    observer.disconnect()
    return {
      reached: topRow() - 1,
      seconds: (performance.now() - started) / 1000,
      longTasks,
      longestFrame: Math.round(longestFrame),
    }
  }, rows)
}

export const myDataChromium = {
  title: 'My data in Chromium (production demo build, mock latency 0, large account)',
  /** @param {import('./build.mjs').BenchContext} context */
  async run({ root }) {
    const executablePath = findChromium()
    if (!executablePath) throw new Error('Chromium not found (see scripts/lib/chromium.mjs)')
    const outDir = path.join(root, 'bench-results', 'dist-demo')
    const build = spawnSync('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (build.status !== 0) throw new Error('the demo build failed')

    // Not 4190: it is on the Fetch standard's list of blocked ports, which Node's fetch and Chromium refuse.
    const port = Number(process.env.BENCH_PORT ?? 4191)
    const baseUrl = `http://localhost:${String(port)}`
    const preview = spawn(
      'npx',
      ['vite', 'preview', '--mode', 'demo', '--outDir', outDir, '--port', String(port), '--strictPort'],
      { cwd: root, stdio: 'ignore', detached: true },
    )
    const browser = await chromium.launch({ executablePath, args: chromiumArgs })
    try {
      await waitForServer(`${baseUrl}/`)
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })
      await signInWithoutLatency(page, baseUrl)

      const onLoad = []
      const inApp = []
      for (let run = 0; run < 3; run += 1) {
        onLoad.push(await firstRowsOnLoad(page, baseUrl))
        inApp.push(await firstRowsInApp(page, baseUrl))
      }
      const scroll = await scrollThrough(page, baseUrl, ROWS_TO_SCROLL)
      const longest = Math.round(Math.max(0, ...scroll.longTasks))
      return {
        metrics: [
          {
            name: 'first transaction rows, full page load (median of 3)',
            value: median(onLoad),
            unit: 'ms',
            budget: FIRST_ROWS_BUDGET_MS,
          },
          {
            name: 'first transaction rows, in-app navigation from My data (median of 3)',
            value: median(inApp),
            unit: 'ms',
            budget: FIRST_ROWS_BUDGET_MS,
          },
          {
            name: `longest main-thread task scrolling ${String(scroll.reached)} rows`,
            value: longest,
            unit: 'ms',
            budget: LONG_TASK_BUDGET_MS,
          },
          { name: 'long tasks (over 50 ms) while scrolling', value: scroll.longTasks.length, unit: 'tasks' },
          { name: 'longest frame interval while scrolling', value: scroll.longestFrame, unit: 'ms' },
        ],
        notes: [
          `full loads: ${onLoad.join(', ')} ms; in-app: ${inApp.join(', ')} ms`,
          `scrolled to row ${String(scroll.reached)} in ${scroll.seconds.toFixed(1)} s; long tasks: ${scroll.longTasks.map((d) => Math.round(d)).join(', ') || 'none'}`,
          'a long task is only reported over 50 ms: 0 means none was observed',
        ],
      }
    } finally {
      await browser.close()
      try {
        process.kill(-preview.pid)
      } catch {
        // already gone
      }
    }
  },
}
