/**
 * Shared steps for the browser journeys: the demo accounts, signing in, axe (WCAG 2.2 A and AA),
 * screenshots as test artifacts, and the browser-storage dump that looks for tokens and personal data.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page, type TestInfo } from '@playwright/test'

export type DemoAccount = {
  readonly label: string
  readonly name: string
  readonly email: string
  readonly password: string
}

/** The mock's demo accounts, as the sign-in page lists them in mock mode. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    label: 'typical',
    name: 'Zyxcanary Qwertyson',
    email: 'zyx.canary+pii@example.test',
    password: 'typical-demo-2026',
  },
  {
    label: 'large',
    name: 'Élise Durand-Lefèvre',
    email: 'elise.durand@example.test',
    password: 'long-standing-demo-2026',
  },
  { label: 'new', name: 'Noah Petit', email: 'noah.petit@example.test', password: 'new-account-demo-2026' },
]

export const typicalAccount: DemoAccount = demoAccounts[0] as DemoAccount

/** The mock backend's own "disk" (absent in production): not app storage, so the dump skips it. */
export const mockStoragePrefix = 'privacy-centre.mock.'
/** The only key the app itself may write. */
export const allowedAppStorageKeys: readonly string[] = ['privacy-centre.locale']

/**
 * A fresh context's first page starts the mock worker and loads its state before the first render, which
 * takes several seconds on a busy 2-core machine: the first page of each test gets this much time.
 */
export const firstLoadTimeout = 20_000

export const signInHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Se connecter' })
export const signOutButton = (page: Page) => page.getByRole('button', { name: 'Se déconnecter' })

/** Signs in through the form (mouse and typing) and waits for the overview greeting. */
export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/sign-in')
  await expect(signInHeading(page)).toBeVisible({ timeout: firstLoadTimeout })
  await page.getByLabel('Adresse e-mail').fill(account.email)
  await page.getByLabel('Mot de passe').fill(account.password)
  await page.locator('main form').getByRole('button', { name: 'Se connecter' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  await expect(signOutButton(page)).toBeVisible()
}

/** axe with the WCAG 2.0–2.2 A/AA tags: zero violations, listed readably when there are some. */
export async function checkA11y(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze()
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
      .join('\n')
    return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`
  })
  expect(report, `axe violations on ${state}:\n${report.join('\n')}`).toEqual([])
}

/** Saves a full-page screenshot of the page as this test's artifact, for review. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

export type StorageDump = {
  localStorage: Record<string, string>
  sessionStorage: Record<string, string>
  cookie: string
  indexedDbNames: string[]
  cacheNames: string[]
}

/** Everything JavaScript can read from browser storage, minus the mock's own keys. */
export async function dumpStorage(page: Page): Promise<StorageDump> {
  return page.evaluate(async (mockPrefix) => {
    const read = (storage: Storage): Record<string, string> => {
      const entries: Record<string, string> = {}
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index)
        if (key === null || key.startsWith(mockPrefix)) continue
        entries[key] = storage.getItem(key) ?? ''
      }
      return entries
    }
    const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : []
    const cacheNames = 'caches' in window ? await caches.keys() : []
    return {
      localStorage: read(localStorage),
      sessionStorage: read(sessionStorage),
      cookie: document.cookie,
      indexedDbNames: databases.map((database) => database.name ?? ''),
      cacheNames,
    }
  }, mockStoragePrefix)
}

const jwtShape = /eyJ[\w-]+\.[\w-]+\./

/** ASVS5 14.3.3: no token, JWT-shaped string or personal data in what the page can read. */
export function expectNoSecretsInStorage(dump: StorageDump, accounts: readonly DemoAccount[]): void {
  const localKeys = Object.keys(dump.localStorage)
  expect(
    localKeys.filter((key) => !allowedAppStorageKeys.includes(key)),
    'unexpected localStorage keys',
  ).toEqual([])
  expect(Object.keys(dump.sessionStorage), 'sessionStorage keys').toEqual([])
  expect(dump.cookie, 'document.cookie').toBe('')
  expect(dump.indexedDbNames, 'IndexedDB databases').toEqual([])
  expect(dump.cacheNames, 'Cache Storage').toEqual([])

  const text = [
    ...Object.entries(dump.localStorage).flat(),
    ...Object.entries(dump.sessionStorage).flat(),
    dump.cookie,
    ...dump.indexedDbNames,
    ...dump.cacheNames,
  ].join('\n')
  expect(text, 'a JWT-shaped string').not.toMatch(jwtShape)
  expect(text.toLowerCase(), 'a session, token or CSRF value').not.toMatch(/session|token|csrf|bearer/)
  for (const account of accounts) {
    expect(text, `${account.label} email`).not.toContain(account.email)
    expect(text, `${account.label} name`).not.toContain(account.name)
  }
}

/**
 * The page's visible text plus every form field's value, without the mock-only "Comptes de démonstration"
 * hint, which lists the demo emails on the sign-in page by design (it is absent from production).
 */
export async function pageTextWithoutDemoHint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((field) =>
      field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement
        ? field.value
        : '',
    )
    const clone = document.body.cloneNode(true) as HTMLElement
    for (const section of clone.querySelectorAll('section')) {
      if (section.querySelector('h2')?.textContent.trim() === 'Comptes de démonstration') section.remove()
    }
    return [clone.textContent, document.title, ...values].join('\n')
  })
}

/** Remembers how every focusable element looks unfocused, for `expectVisibleFocus` (WCAG 2.4.7). */
export async function rememberUnfocusedStyles(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = new WeakMap<Element, string>()
    const active = document.activeElement
    for (const element of document.querySelectorAll('a[href], button, input, textarea, select, [tabindex]')) {
      if (element === active) continue
      const style = getComputedStyle(element)
      store.set(element, `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`)
    }
    ;(window as unknown as { __unfocusedStyles?: WeakMap<Element, string> }).__unfocusedStyles = store
  })
}

export type FocusReport = {
  description: string
  focused: string
  unfocused: string | null
  hasIndicator: boolean
  isCovered: boolean
}

/**
 * WCAG 2.4.7 and 2.4.11 for the focused element: its outline or box-shadow differs from its unfocused look (as
 * remembered by `rememberUnfocusedStyles` before the key press), and `elementFromPoint` at its centre
 * is the element or a descendant, so no author content covers it.
 */
export async function describeFocus(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) {
      return { description: 'body', focused: '', unfocused: null, hasIndicator: false, isCovered: true }
    }
    const style = getComputedStyle(element)
    const focused = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`
    const store = (window as unknown as { __unfocusedStyles?: WeakMap<Element, string> }).__unfocusedStyles
    const unfocused = store?.get(element) ?? null
    const hasOutline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
    const hasShadow = style.boxShadow !== 'none'
    const hasIndicator = (hasOutline || hasShadow) && focused !== unfocused
    const box = element.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    const isCovered = !(hit !== null && (hit === element || element.contains(hit)))
    const name = (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)
    const description = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${name}"`
    return { description, focused, unfocused, hasIndicator, isCovered }
  })
}

/** Presses a key, then asserts the newly focused element shows focus and is not hidden (WCAG 2.4.7, 2.4.11). */
export async function pressAndCheckFocus(page: Page, key: string): Promise<FocusReport> {
  await rememberUnfocusedStyles(page)
  await page.keyboard.press(key)
  const report = await describeFocus(page)
  expect(
    report.hasIndicator,
    `no visible focus indicator on ${report.description}: ${report.focused} vs ${String(report.unfocused)}`,
  ).toBe(true)
  expect(report.isCovered, `${report.description} is covered by other content`).toBe(false)
  return report
}

/** The mock's dev panel (mock builds only): its toggle in the corner and the region it opens. */
export const devPanelToggle = (page: Page) => page.getByRole('button', { name: 'Panneau de développement' })
export const devPanelRegion = (page: Page) =>
  page.getByRole('region', { name: 'Serveur simulé (développement uniquement)' })

/** Opens the dev panel (it starts closed on every page load) and returns its region. */
export async function openDevPanel(page: Page) {
  const toggle = devPanelToggle(page)
  await expect(toggle).toBeVisible()
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const panel = devPanelRegion(page)
  await expect(panel).toBeVisible()
  return panel
}

/* ------------------------------------------------------------ CSP violations (ASVS5 3.4.3) */

export type CspViolation = {
  readonly directive: string
  readonly blockedUri: string
  readonly source: string
  readonly sample: string
  readonly page: string
}

/**
 * Records every `securitypolicyviolation` in `window.__cspViolations`, from the first script of every
 * document the page loads. A full navigation starts a fresh list: read it with `takeCspViolations` first.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: CspViolation[] = []
    ;(window as unknown as { __cspViolations: CspViolation[] }).__cspViolations = store
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blockedUri: event.blockedURI,
        source: `${event.sourceFile}:${String(event.lineNumber)}:${String(event.columnNumber)}`,
        sample: event.sample,
        page: location.pathname,
      })
    })
  })
}

/** The violations recorded in the current document since the last call (the list is emptied). */
export async function takeCspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => {
    const holder = window as unknown as { __cspViolations?: CspViolation[] }
    const taken = [...(holder.__cspViolations ?? [])]
    holder.__cspViolations?.splice(0)
    return taken
  })
}

/** The personal data of the demo people, as it would appear in a URL (raw or encoded) or a log line. */
const personalStrings = demoAccounts.flatMap((account) => [
  account.name,
  account.email,
  encodeURIComponent(account.email),
  encodeURIComponent(account.name),
])

/**
 * Every browser test fails on a Content Security Policy violation (zero across the suite),
 * on an uncaught exception in the page, and when a demo person's name or email shows up in a console message
 * or in any request URL (ASVS5 14.2.1). Chromium reports all of it wherever the page is, across
 * navigations, so no init script is needed. Specs import `test` from here instead of from @playwright/test.
 */
export const test = base.extend<{ pageGuards: undefined }>({
  pageGuards: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        // A refused frame-ancestors is the policy working: only the framing test, on another origin, causes it.
        if (/Content Security Policy/i.test(text) && !text.includes('frame-ancestors')) problems.push(`CSP: ${text}`)
        if (personalStrings.some((value) => text.includes(value)))
          problems.push(`Personal data in the console: ${text}`)
      })
      page.on('request', (request) => {
        const url = request.url()
        if (personalStrings.some((value) => url.includes(value))) problems.push(`Personal data in a URL: ${url}`)
      })
      page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`))
      await use(undefined)
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
})
