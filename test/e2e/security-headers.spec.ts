/**
 * A strict CSP with zero violations (ASVS5 3.4.3), no framing (ASVS5 3.4.6) and the rest of the header
 * set), against the demo build served by `vite preview`, which sends the production header set
 * (scripts/lib/document-headers.mjs) plus `worker-src 'self'` for the mock worker. The production policy
 * itself (no worker-src) is checked in test/config/document-headers.test.ts.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, type Page } from '@playwright/test'

import { parseCsp } from '../../scripts/lib/document-headers.mjs'

import {
  firstLoadTimeout,
  recordCspViolations,
  signIn,
  signInHeading,
  takeCspViolations,
  typicalAccount,
  type CspViolation,
  test,
} from './support'

const appOrigin = 'http://localhost:4173'

for (const path of ['/', '/sign-in']) {
  test(`the document at ${path} carries the strict CSP and the security header set`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response, `no response for ${path}`).not.toBeNull()
    const headers = response!.headers()
    expect(response!.status()).toBe(200)
    expect(headers['content-type']).toMatch(/^text\/html/)

    // The Content Security Policy, parsed into directives.
    const csp = parseCsp(headers['content-security-policy'] ?? '')
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    // The demo build registers MSW's worker; production's policy has no worker-src (unit test).
    expect(csp.get('worker-src')).toEqual(["'self'"])
    expect(headers['content-security-policy-report-only']).toBeUndefined()

    // The rest of the set.
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['cross-origin-opener-policy']).toBe('same-origin')
    const permissions = headers['permissions-policy'] ?? ''
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
      expect(permissions, `Permissions-Policy denies ${feature}`).toContain(`${feature}=()`)
    }
    const hsts = headers['strict-transport-security'] ?? ''
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0)).toBeGreaterThanOrEqual(31_536_000)
    expect(hsts).toContain('includeSubDomains')
    expect(headers['cache-control']).toBe('no-cache')
  })
}

test('hashed assets are immutable and carry the same security headers', async ({ page, request }) => {
  await page.goto('/')
  const script = await page.locator('script[type="module"][src^="/assets/"]').first().getAttribute('src')
  expect(script, 'the entry script under /assets/').toBeTruthy()
  const response = await request.get(script ?? '/missing-entry-script')
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expect(headers['cache-control']).toMatch(/\bimmutable\b/)
  expect(Number(/max-age=(\d+)/.exec(headers['cache-control'] ?? '')?.[1] ?? 0)).toBeGreaterThanOrEqual(31_536_000)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['content-type']).toMatch(/javascript/)
})

test('signing in and using the app raises no CSP violation', async ({ page }) => {
  const consoleCsp: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text())
  })
  await recordCspViolations(page)
  const violations: CspViolation[] = []

  await signIn(page, typicalAccount) // /sign-in, then the overview
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  violations.push(...(await takeCspViolations(page)))

  const contactHeading = 'Contacter l’équipe confidentialité'
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: contactHeading }).click()
  await expect(page.getByRole('heading', { level: 1, name: contactHeading })).toBeVisible()
  violations.push(...(await takeCspViolations(page)))

  // Full loads: each document gets its own listener from the init script.
  await page.goto('/contact')
  await expect(page.getByRole('heading', { level: 1, name: contactHeading })).toBeVisible({
    timeout: firstLoadTimeout,
  })
  violations.push(...(await takeCspViolations(page)))

  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible({
    timeout: firstLoadTimeout,
  })
  violations.push(...(await takeCspViolations(page)))

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible({ timeout: firstLoadTimeout })
  violations.push(...(await takeCspViolations(page)))

  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
  expect(consoleCsp).toEqual([])
})

/* ------------------------------------------------------------------------------- framing (19) */

/** Serves an embedding page on 127.0.0.1 (another origin than the app's localhost:4173). */
function startEmbedder(): Promise<Server> {
  const server = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (req.url === '/control') {
      res.end('<!doctype html><title>control</title><h1>Contrôle</h1>')
      return
    }
    res.end(
      '<!doctype html><title>embed</title>' +
        `<iframe id="app" title="app" src="${appOrigin}/sign-in" width="800" height="600"></iframe>` +
        '<iframe id="control" title="control" src="/control"></iframe>',
    )
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('embedder server did not start within 5 s'))
    }, 5_000)
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      clearTimeout(timer)
      resolve(server)
    })
  })
}

test.describe('framing', () => {
  let embedder: Server | undefined
  let embedderUrl = ''

  test.beforeAll(async () => {
    embedder = await startEmbedder()
    embedderUrl = `http://127.0.0.1:${String((embedder.address() as AddressInfo).port)}/`
  })

  test.afterAll(async () => {
    const server = embedder
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  async function appFrameUrl(page: Page): Promise<string> {
    const frame = await (await page.locator('iframe#app').elementHandle()).contentFrame()
    return frame?.url() ?? ''
  }

  test('another origin cannot frame the app (frame-ancestors none)', async ({ page }) => {
    // Sanity: the app renders at top level, so its absence in the frame is the header's doing.
    await page.goto('/sign-in')
    await expect(signInHeading(page)).toBeVisible({ timeout: firstLoadTimeout })

    await page.goto(embedderUrl, { waitUntil: 'load' })
    // The control frame proves frames render in this harness.
    await expect(page.frameLocator('iframe#control').getByRole('heading', { name: 'Contrôle' })).toBeVisible()

    // Chromium replaces a frame blocked by frame-ancestors with an error page.
    await expect.poll(() => appFrameUrl(page), { timeout: 10_000 }).toMatch(/^chrome-error:|^about:blank$|^$/)
    const appFrame = page.frameLocator('iframe#app')
    await expect(appFrame.getByRole('heading', { name: 'Se connecter' })).toHaveCount(0)
    await expect(appFrame.locator('#root')).toHaveCount(0)
  })
})
