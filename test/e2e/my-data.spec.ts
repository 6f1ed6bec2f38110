/**
 * Journey: the large account opens its 100,000-odd transactions, scrolls far down a virtualised table that
 * keeps loading pages, filters on the server, and opens one record to see until when it is kept. Then the
 * typical customer plays a voice recording before its one-month deletion.
 */
import { expect } from '@playwright/test'

import { checkA11y, demoAccounts, firstLoadTimeout, screenshot, signIn, test, typicalAccount } from './support'

test.describe.configure({ timeout: 120_000 })

const largeAccount = demoAccounts[1] ?? typicalAccount

test('the large account’s transactions scroll, filter and open one record', async ({ page }, testInfo) => {
  await signIn(page, largeAccount)
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes données' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  await page.getByRole('link', { name: 'Données de transaction' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Données de transaction' })).toBeVisible()

  const table = page.getByRole('table', { name: 'Données de transaction, du plus récent au plus ancien' })
  await expect(table).toBeVisible({ timeout: firstLoadTimeout })
  await expect(page.getByText(/^10\d\s\d{3} éléments détenus\.$/)).toBeVisible()
  expect(Number(await table.getAttribute('aria-rowcount'))).toBeGreaterThan(100_000)
  await checkA11y(page, 'large account transactions')
  await screenshot(page, testInfo, 'my-data-transactions')

  // Far down the list: pages load as the rows run out, and only a window of rows is ever in the DOM.
  const region = page.getByRole('region', { name: 'Données de transaction, du plus récent au plus ancien' })
  // Each poll scrolls on: the rows run out at the end of each loaded page until the next one arrives.
  await expect
    .poll(
      async () => {
        await region.evaluate((element) => element.scrollBy(0, 2_000))
        return Number(await table.locator('tbody tr[aria-rowindex]').last().getAttribute('aria-rowindex'))
      },
      { timeout: 30_000, intervals: [150] },
    )
    .toBeGreaterThan(400)
  expect(await table.locator('tbody tr').count()).toBeLessThan(80)

  await page.getByRole('searchbox', { name: /Rechercher/ }).fill('remboursement')
  await page.getByLabel(/^Du/).fill('2026-01-01')
  await page.getByLabel(/^Au/).fill('2026-01-31')
  await page.getByRole('button', { name: 'Filtrer' }).click()
  await expect(page).toHaveURL(/\/my-data\/transactions\?from=2026-01-01&to=2026-01-31&q=remboursement$/)
  await expect(page.getByText(/^\d+ éléments? correspond/)).toBeVisible()
  const firstRefund = table.getByRole('rowheader').first().getByRole('link')
  await expect(table.getByRole('cell', { name: 'Remboursement' }).first()).toBeVisible()
  await firstRefund.click()

  const heading = page.getByRole('heading', { level: 1, name: /^Remboursement du / })
  await expect(heading).toBeVisible()
  await expect(heading).toBeFocused()
  await expect(page.getByText(/^Conservé jusqu’au \d{1,2} janvier 2036$/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Demander la correction de cet élément' })).toHaveAttribute(
    'href',
    /^\/requests\/new\/rectification\?categoryId=transactions&recordId=txn_/,
  )
  await checkA11y(page, 'transaction record')
  await screenshot(page, testInfo, 'my-data-record')

  await page.goBack()
  await expect(page).toHaveURL(/q=remboursement/)
  await expect(page.getByRole('searchbox', { name: /Rechercher/ })).toHaveValue('remboursement')
})

test('a voice recording plays before its one-month deletion', async ({ page }, testInfo) => {
  await signIn(page, typicalAccount)
  await page.goto('/my-data/customer-service?q=enregistrement')
  const table = page.getByRole('table', { name: /^Données relatives au service client/ })
  await expect(table).toBeVisible({ timeout: firstLoadTimeout })
  await table.getByRole('rowheader').first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: /^Enregistrement vocal du / })).toBeVisible()
  await expect(page.getByText(/^Vous pouvez l’écouter jusqu’au .* 2026 ; il sera ensuite supprimé\.$/)).toBeVisible()
  const duration = await page.locator('audio').evaluate(
    (audio: HTMLAudioElement) =>
      new Promise<number>((resolve, reject) => {
        audio.addEventListener('loadedmetadata', () => resolve(audio.duration), { once: true })
        audio.addEventListener('error', () => reject(new Error('the recording did not load')), { once: true })
        audio.load()
      }),
  )
  expect(duration).toBeCloseTo(2, 1)
  await checkA11y(page, 'voice recording')
  await screenshot(page, testInfo, 'my-data-recording')
})
