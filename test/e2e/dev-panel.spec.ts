/**
 * Journey: the mock server's dev panel drives the app as a real server would: it passes axe
 * when open, moves the simulated clock (which ends the session), switches a fault on GET /me (the overview shows the GOV.UK
 * "problem with the service" state, then recovers through Réessayer), slows every answer down, and puts
 * the demo data back to the seed.
 */
import { expect, type Locator, type Page } from '@playwright/test'

import {
  checkA11y,
  devPanelToggle,
  openDevPanel,
  screenshot,
  signIn,
  signInHeading,
  signOutButton,
  typicalAccount,
  test,
} from './support'

// Two reloads through a failing GET /me (two retries with backoff) and one at 2 s latency.
test.describe.configure({ timeout: 90_000 })

/** A reload at 2 s latency: the loading text appears after 300 ms, well within this. */
const firstLoadTimeoutForSlowServer = 10_000

const frenchMonths = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

type CalendarDate = { year: number; month: number; day: number }

/** Reads "Date du serveur : samedi 28 novembre 2026 à 10:15" as a calendar date. */
async function readMockDate(panel: Locator): Promise<CalendarDate> {
  const status = panel.getByRole('status').filter({ hasText: 'Date du serveur' })
  const text = (await status.textContent()) ?? ''
  const match = /(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u.exec(text)
  expect(match, `no date in "${text}"`).not.toBeNull()
  const [, day = '', monthName = '', year = ''] = match ?? []
  const month = frenchMonths.indexOf(monthName)
  expect(month, `unknown month in "${text}"`).toBeGreaterThanOrEqual(0)
  return { year: Number(year), month, day: Number(day) }
}

function toUtc({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month, day)
}

/** The calendar date one month later, with the day clamped to the month's end (Jan 31 → Feb 28). */
function plusOneMonth({ year, month, day }: CalendarDate): CalendarDate {
  const nextYear = month === 11 ? year + 1 : year
  const nextMonth = (month + 1) % 12
  const lastDay = new Date(Date.UTC(nextYear, nextMonth + 1, 0)).getUTCDate()
  return { year: nextYear, month: nextMonth, day: Math.min(day, lastDay) }
}

/** The overview's "Votre compte" card. */
function accountCard(page: Page): Locator {
  return page
    .getByRole('main')
    .locator('div')
    .filter({ has: page.getByRole('heading', { level: 2, name: 'Votre compte' }) })
    .last()
}

async function expectAccountDetails(page: Page): Promise<void> {
  const card = accountCard(page)
  await expect(card.getByText('Adresse e-mail de connexion')).toBeVisible()
  await expect(card).toContainText(typicalAccount.name)
  await expect(card).toContainText(typicalAccount.email)
}

test('the dev panel moves the clock, injects a GET /me fault and latency, and resets the demo', async ({
  page,
}, testInfo) => {
  await signIn(page, typicalAccount)
  await expectAccountDetails(page)

  // Open: the panel is part of the page for axe (it ships only in mock builds, but people use the demo).
  let panel = await openDevPanel(page)
  await checkA11y(page, 'overview with the dev panel open')
  await screenshot(page, testInfo, 'dev-panel-open')

  // Simulated clock: +1 day, then +1 month.
  const start = await readMockDate(panel)
  await panel.getByRole('button', { name: '+1 jour' }).click()
  await expect.poll(async () => toUtc(await readMockDate(panel))).toBe(toUtc(start) + 86_400_000)
  const afterDay = await readMockDate(panel)
  await panel.getByRole('button', { name: '+1 mois' }).click()
  await expect.poll(async () => toUtc(await readMockDate(panel))).toBe(toUtc(plusOneMonth(afterDay)))

  // A day on the server clock is far past the 30-minute idle timeout: the next load finds the session over.
  await page.reload()
  await expect(signInHeading(page)).toBeVisible({ timeout: 15_000 })
  await expect(signOutButton(page)).toHaveCount(0)
  // The offset survives the reload like the rest of the mock server's state.
  panel = await openDevPanel(page)
  expect(toUtc(await readMockDate(panel))).toBe(toUtc(plusOneMonth(afterDay)))
  await signIn(page, typicalAccount)
  await expectAccountDetails(page)

  // Fault: GET /me answers 500. The overview's account card shows the service-problem state, nothing raw.
  panel = await openDevPanel(page)
  await panel.getByLabel('GET /me', { exact: true }).selectOption('serverError')
  await expect(panel.getByLabel('GET /me', { exact: true })).toHaveValue('serverError')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  const card = accountCard(page)
  // Two retries with backoff (2 s, then 4 s) come before the error state.
  await expect(card.getByRole('heading', { level: 3, name: 'Désolé, le service rencontre un problème' })).toBeVisible({
    timeout: 20_000,
  })
  const retry = card.getByRole('button', { name: 'Réessayer' })
  await expect(retry).toBeVisible()
  const cardText = (await card.textContent()) ?? ''
  expect(cardText).not.toMatch(/500|server_error|Something went wrong|Internal|Error|TypeError|stack|https?:\/\//i)
  await expect(card).not.toContainText(typicalAccount.email)
  // Only GET /me fails: the session still knows who is signed in.
  await expect(signOutButton(page)).toBeVisible()
  await checkA11y(page, 'overview with GET /me failing')
  await screenshot(page, testInfo, 'account-service-problem')

  // Fault off (the panel starts closed after a reload), then Réessayer brings the details back.
  panel = await openDevPanel(page)
  await expect(panel.getByLabel('GET /me', { exact: true })).toHaveValue('serverError')
  await panel.getByLabel('GET /me', { exact: true }).selectOption('')
  await expect(panel.getByLabel('GET /me', { exact: true })).toHaveValue('')
  await retry.click()
  await expectAccountDetails(page)
  await expect(card.getByRole('heading', { name: 'Désolé, le service rencontre un problème' })).toHaveCount(0)

  // Latency 2 s: a reload shows a loading indication before the page arrives.
  const latency = panel.getByLabel('Temps de réponse du serveur simulé')
  await latency.selectOption('2000')
  await expect(latency).toHaveValue('2000')
  await page.reload()
  // The app shell's "Chargement…" (after 300 ms) while the session check waits 2 s, then the account
  // card's own spinner while GET /me waits another 2 s.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Chargement/ })
      .first(),
  ).toBeVisible({
    timeout: firstLoadTimeoutForSlowServer,
  })
  await screenshot(page, testInfo, 'loading-at-2s')
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible({ timeout: 15_000 })
  await expectAccountDetails(page)
  panel = await openDevPanel(page)
  await panel.getByLabel('Temps de réponse du serveur simulé').selectOption('0')
  await expect(panel.getByLabel('Temps de réponse du serveur simulé')).toHaveValue('0')

  // Reset: the page reloads signed out (the panel's help says so), with the clock and settings at zero.
  await panel.getByRole('button', { name: 'Réinitialiser les données de démonstration' }).click()
  await expect(signInHeading(page)).toBeVisible({ timeout: 20_000 })
  await expect(page).toHaveURL(/\/sign-in/)
  await expect(signOutButton(page)).toHaveCount(0)
  await expect(devPanelToggle(page)).toHaveAttribute('aria-expanded', 'false')
  panel = await openDevPanel(page)
  // The clock lost its offset: back to the starting date (allowing for a midnight during the test).
  const afterReset = toUtc(await readMockDate(panel))
  expect(afterReset - toUtc(start)).toBeGreaterThanOrEqual(0)
  expect(afterReset - toUtc(start)).toBeLessThanOrEqual(86_400_000)
  expect(afterReset).toBeLessThan(toUtc(plusOneMonth(afterDay)))
  await expect(panel.getByLabel('GET /me', { exact: true })).toHaveValue('')
  await expect(panel.getByLabel('Temps de réponse du serveur simulé')).toHaveValue('realistic')
  await screenshot(page, testInfo, 'after-reset')

  // The seed's account still signs in.
  await signIn(page, typicalAccount)
  await expectAccountDetails(page)
})
