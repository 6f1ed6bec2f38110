/**
 * Journey: the same pages at 320 CSS px wide (WCAG 1.4.10 reflow) and in the dark theme that follows the
 * system setting. axe runs in real Chromium here, so colour contrast is checked in both themes.
 */
import { expect, type Page } from '@playwright/test'

import { checkA11y, screenshot, signIn, signOutButton, test, typicalAccount } from './support'

test.describe.configure({ timeout: 60_000 })

/** No horizontal scrolling of the page itself (WCAG 1.4.10 reflow). */
async function expectNoHorizontalScroll(page: Page, state: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(widths.scroll, `${state} scrolls sideways`).toBeLessThanOrEqual(widths.client)
}

test('at 320 px wide every page reflows without sideways scrolling and stays usable', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await signIn(page, typicalAccount)
  await expectNoHorizontalScroll(page, 'the overview')
  await expect(signOutButton(page)).toBeVisible()
  await screenshot(page, testInfo, 'overview-320')

  await page.getByRole('link', { name: 'Contacter l’équipe confidentialité' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoHorizontalScroll(page, 'the contact page')
  await screenshot(page, testInfo, 'contact-320')

  await signOutButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible()
  await expectNoHorizontalScroll(page, 'the sign-in page')
  await screenshot(page, testInfo, 'sign-in-320')
})

test('with the system in dark mode the pages use the dark theme and keep their contrast', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await signIn(page, typicalAccount)
  // The shell's own background, in dark and then in light: the theme follows the system setting.
  const shellBackground = () =>
    page.evaluate(() => {
      const shell = document.querySelector('#root > div')
      return shell ? getComputedStyle(shell).backgroundColor : ''
    })
  const dark = await shellBackground()
  await page.emulateMedia({ colorScheme: 'light' })
  const light = await shellBackground()
  expect(dark).not.toBe('')
  expect(dark, 'the dark theme has its own background').not.toBe(light)
  await page.emulateMedia({ colorScheme: 'dark' })
  await checkA11y(page, 'the overview in dark mode')
  await screenshot(page, testInfo, 'overview-dark')

  await page.getByRole('link', { name: 'Contacter l’équipe confidentialité' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await checkA11y(page, 'the contact page in dark mode')
  await screenshot(page, testInfo, 'contact-dark')
})
