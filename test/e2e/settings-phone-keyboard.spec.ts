/**
 * Journey: an invalid phone number is found and fixed with the keyboard alone (GOV.UK error summary; WCAG 2.1.1):
 * the error summary takes focus, its link leads to the field, and the corrected number saves.
 */
import { expect, type Page } from '@playwright/test'

import { checkA11y, screenshot, signIn, typicalAccount, test } from './support'

// Two minutes: a busy 2-core machine makes the first load and the reload slow.
test.describe.configure({ timeout: 120_000 })

const phoneLabel = 'Numéro de téléphone (facultatif)'
const phoneError = 'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78 ou +44 7700 900123'

/** Presses Tab until the phone field has focus, as a keyboard user would. */
async function tabToPhone(page: Page) {
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press('Tab')
    const isPhone = await page.evaluate(() => document.activeElement?.getAttribute('name') === 'phone')
    if (isPhone) return
  }
  throw new Error('The phone field was not reached with Tab')
}

test('an invalid phone number is fixed using only the keyboard', async ({ page }, testInfo) => {
  await signIn(page, typicalAccount)
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()
  const phone = page.getByRole('textbox', { name: phoneLabel })
  await expect(phone).toHaveValue('+44 7700 900123')

  await tabToPhone(page)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('06 12 34 5X 78')
  await page.keyboard.press('Enter')

  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' })
  await expect(summary).toBeVisible()
  await expect(page).toHaveTitle(/^Erreur\u00a0: Paramètres/)
  await expect(phone).toHaveAttribute('aria-invalid', 'true')
  await checkA11y(page, 'settings with a phone error')
  await screenshot(page, testInfo, 'phone-error')

  // Focus is on the summary: the next Tab reaches its link, Enter follows it to the field.
  await page.keyboard.press('Tab')
  await expect(summary.getByRole('link', { name: phoneError })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(phone).toBeFocused()
  await expect(phone).toHaveValue('06 12 34 5X 78')

  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('06 12 34 56 78')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Vos coordonnées sont enregistrées.' })).toBeVisible()
  await expect(phone).toHaveValue('06 12 34 56 78')
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true')
  await checkA11y(page, 'settings saved')
  await screenshot(page, testInfo, 'phone-fixed')

  // Kept after a reload, shown as people read it.
  await page.reload()
  await expect(page.getByRole('textbox', { name: phoneLabel })).toHaveValue('+33 6 12 34 56 78')
})
