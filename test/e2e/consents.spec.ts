/**
 * Journey: withdraw a consent in one press, with no dialog and no re-authentication; after a reload it is
 * still withdrawn (the server kept it), the ledger holds the withdrawal, and its receipt downloads as a
 * JSON file carrying the same facts (GDPR Art. 7(1) and 7(3)).
 */
import { readFile } from 'node:fs/promises'

import { expect } from '@playwright/test'

import { checkA11y, screenshot, signIn, test, typicalAccount } from './support'

test.describe.configure({ timeout: 90_000 })

const marketing = 'Marketing par les autres sociétés du groupe Dialogra'
const partners = 'Partage avec nos partenaires, sponsors et annonceurs'

test('a consent withdrawn in one press stays withdrawn after a reload, and its receipt downloads', async ({
  page,
}, testInfo) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await signIn(page, typicalAccount)
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Consentements' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Vos consentements' })).toBeVisible()
  const marketingSwitch = page.getByRole('switch', { name: marketing })
  await expect(marketingSwitch).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('table', { name: '8 événements' })).toBeVisible()
  await checkA11y(page, 'consents page')
  await screenshot(page, testInfo, 'consents')

  // Giving and withdrawing are the same effort: one press each.
  const partnersSwitch = page.getByRole('switch', { name: partners })
  let giveActions = 0
  await partnersSwitch.click()
  giveActions += 1
  await expect(page.getByText(/^Consentement donné\s: Partage avec nos partenaires/)).toBeVisible()

  let withdrawActions = 0
  await marketingSwitch.click()
  withdrawActions += 1
  await expect(marketingSwitch).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByText(/^Consentement retiré\s: Marketing par les autres sociétés/)).toBeVisible()
  expect(withdrawActions).toBeLessThanOrEqual(giveActions)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(dialogs).toEqual([])
  await expect(marketingSwitch).toBeFocused()
  await expect(page.getByRole('table', { name: '10 événements' })).toBeVisible()
  await checkA11y(page, 'consents after a withdrawal')

  // The server kept it: a fresh document load shows it withdrawn, with when and where.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Vos consentements' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('switch', { name: marketing })).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByRole('switch', { name: partners })).toHaveAttribute('aria-checked', 'true')
  const marketingItem = page.getByRole('listitem').filter({ has: page.getByRole('switch', { name: marketing }) })
  await expect(marketingItem).toContainText(/Retiré le .+, dans ce centre de confidentialité, sous la version 2026-09/)

  // The newest ledger entry is the withdrawal; its receipt reads and downloads.
  const ledger = page.getByRole('table', { name: '10 événements' })
  const newest = ledger.getByRole('row').nth(1)
  await expect(newest).toContainText(marketing)
  await expect(newest).toContainText('Retiré')
  await newest.getByRole('link', { name: /^Reçu\s: Retiré, Marketing/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reçu de consentement' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Centre de confidentialité')
  await checkA11y(page, 'consent receipt')
  await screenshot(page, testInfo, 'receipt')

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Télécharger le reçu (JSON)' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^consent-receipt-cev_[\w-]+\.json$/)
  const path = await download.path()
  const record = JSON.parse(await readFile(path, 'utf8')) as {
    schema_version: string
    purposes: Array<{ purpose_id: string; lawful_basis: string }>
    notice: { notice_version: string }
    event: { event_id: string; event_type: string; collection_method: string }
  }
  expect(record.schema_version).toBe('ISO/IEC TS 27560:2023')
  expect(record.purposes[0]).toMatchObject({ purpose_id: 'group-marketing', lawful_basis: 'consent' })
  expect(record.notice.notice_version).toBe('2026-09')
  expect(record.event).toMatchObject({ event_type: 'withdrawn', collection_method: 'privacy-centre' })
  expect(download.suggestedFilename()).toBe(`consent-receipt-${record.event.event_id}.json`)
  await expect(page.getByText(`Le reçu ${download.suggestedFilename()} a été téléchargé.`)).toBeVisible()
})
