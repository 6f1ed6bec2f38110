/**
 * Journey: switch the interface to English; the choice (and only the choice) survives a reload.
 * The preference is the one app key allowed in storage (`privacy-centre.locale`, ASVS5 14.3.3).
 */
import { expect } from '@playwright/test'

import {
  checkA11y,
  demoAccounts,
  dumpStorage,
  expectNoSecretsInStorage,
  screenshot,
  signIn,
  typicalAccount,
  test,
} from './support'

test.describe.configure({ timeout: 60_000 })

test('switching to English changes the page language and survives a reload', async ({ page }, testInfo) => {
  await signIn(page, typicalAccount)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await screenshot(page, testInfo, 'overview-fr')

  await page.getByRole('button', { name: 'Change the language to English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle(/^Overview – /)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await checkA11y(page, 'overview in English')
  await screenshot(page, testInfo, 'overview-en')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('main')).toContainText(typicalAccount.name)
  await screenshot(page, testInfo, 'overview-en-reloaded')

  const storage = await dumpStorage(page)
  expect(storage.localStorage['privacy-centre.locale']).toBe('en')
  expectNoSecretsInStorage(storage, demoAccounts)
})
