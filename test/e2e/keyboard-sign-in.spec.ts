/**
 * Journey: sign in and sign out with the keyboard alone (WCAG 2.1.1, 2.4.7). No `.click()`:
 * every step is a key press, and every focus stop must be visible and uncovered.
 */
import { expect } from '@playwright/test'

import {
  firstLoadTimeout,
  type FocusReport,
  pressAndCheckFocus,
  screenshot,
  signInHeading,
  signOutButton,
  typicalAccount,
  test,
} from './support'

test.describe.configure({ timeout: 60_000 })

test('a keyboard user signs in from the skip link and signs out again', async ({ page }, testInfo) => {
  const stops: FocusReport[] = []
  await page.goto('/sign-in')
  await expect(signInHeading(page)).toBeVisible({ timeout: firstLoadTimeout })

  // The first Tab stop is the skip link, shown when focused.
  stops.push(await pressAndCheckFocus(page, 'Tab'))
  const skipLink = page.getByRole('link', { name: 'Aller au contenu principal' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeVisible()
  await screenshot(page, testInfo, 'skip-link-focused')
  await page.keyboard.press('Enter')

  // From the main content, the next stops are the form's fields and button, in visual order.
  stops.push(await pressAndCheckFocus(page, 'Tab'))
  await expect(page.getByLabel('Adresse e-mail')).toBeFocused()
  await page.keyboard.type(typicalAccount.email)

  stops.push(await pressAndCheckFocus(page, 'Tab'))
  await expect(page.getByLabel('Mot de passe')).toBeFocused()
  await page.keyboard.type(typicalAccount.password)

  // Back and forth keeps what was typed.
  stops.push(await pressAndCheckFocus(page, 'Shift+Tab'))
  await expect(page.getByLabel('Adresse e-mail')).toBeFocused()
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue(typicalAccount.email)
  stops.push(await pressAndCheckFocus(page, 'Tab'))

  stops.push(await pressAndCheckFocus(page, 'Tab'))
  await expect(page.locator('main form').getByRole('button', { name: 'Se connecter' })).toBeFocused()
  await screenshot(page, testInfo, 'sign-in-filled')
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(typicalAccount.name)
  await screenshot(page, testInfo, 'overview')

  // Reach "Se déconnecter" by keyboard alone: it sits in the header, before the page content.
  const signOut = signOutButton(page)
  let isOnSignOut = false
  for (let step = 0; step < 15 && !isOnSignOut; step += 1) {
    stops.push(await pressAndCheckFocus(page, 'Shift+Tab'))
    isOnSignOut = await signOut.evaluate((element) => element === document.activeElement)
  }
  await expect(signOut).toBeFocused()
  await screenshot(page, testInfo, 'sign-out-focused')
  await page.keyboard.press('Enter')

  await expect(signInHeading(page)).toBeVisible()
  await expect(signOut).toHaveCount(0)
  await screenshot(page, testInfo, 'signed-out')
  // The focus stops and their indicators, for review.
  await testInfo.attach('focus-stops', { body: JSON.stringify(stops, null, 2), contentType: 'application/json' })
})
