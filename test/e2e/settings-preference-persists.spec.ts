/**
 * Journey: a contact preference changed on Settings is saved at once and is still there after a reload
 * (the mock server keeps its state on its "disk", as a real server would).
 */
import { expect } from '@playwright/test'

import { checkA11y, screenshot, signIn, typicalAccount, test } from './support'

// Two minutes: a busy 2-core machine makes the first load and the reload slow.
test.describe.configure({ timeout: 120_000 })

test('a switched preference is kept after a reload, and the history says where it came from', async ({
  page,
}, testInfo) => {
  await signIn(page, typicalAccount)
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Paramètres' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeFocused()

  const smsSwitch = page.getByRole('switch', { name: 'SMS (Offres personnalisées)' })
  await expect(smsSwitch).toHaveAttribute('aria-checked', 'false')
  await checkA11y(page, 'settings')
  await smsSwitch.click()
  await expect(smsSwitch).toHaveAttribute('aria-checked', 'true')
  await expect(smsSwitch).toBeFocused()
  // Saved: the server's history lists the change.
  const history = page.getByRole('region', { name: /Modifications de vos préférences de contact/ })
  await expect(history.getByText('Offres personnalisées, SMS\u00a0: activé')).toBeVisible()
  await screenshot(page, testInfo, 'settings-after-switch')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()
  await expect(page.getByRole('switch', { name: 'SMS (Offres personnalisées)' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await expect(history.getByText('Offres personnalisées, SMS\u00a0: activé')).toBeVisible()
  await expect(history.getByText('Centre de confidentialité').first()).toBeVisible()
  await checkA11y(page, 'settings after reload')
  await screenshot(page, testInfo, 'settings-after-reload')
})
