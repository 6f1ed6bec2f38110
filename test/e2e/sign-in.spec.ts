/**
 * Journey: sign in, visit every page, sign out, press Back (ASVS5 14.3.1, 14.3.3, 7.4.4; WCAG 2.4.2, 2.4.3).
 * Runs once per demo account, each in its own browser context (so its own mock "disk").
 */
import { expect, type Page } from '@playwright/test'

import {
  checkA11y,
  demoAccounts,
  firstLoadTimeout,
  dumpStorage,
  expectNoSecretsInStorage,
  pageTextWithoutDemoHint,
  screenshot,
  signIn,
  signInHeading,
  signOutButton,
  test,
} from './support'

// Each account's journey runs axe on four states; the large account's overview is heavy.
test.describe.configure({ mode: 'parallel', timeout: 90_000 })

const titleSuffix = ' – Centre de confidentialité'

async function expectPage(page: Page, heading: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(page).toHaveTitle(`${heading}${titleSuffix}`)
}

test('the sign-in page passes axe when empty and when the empty form is submitted', async ({ page }, testInfo) => {
  await page.goto('/sign-in')
  await expect(signInHeading(page)).toBeVisible({ timeout: firstLoadTimeout })
  await expectPage(page, 'Se connecter')
  await checkA11y(page, 'sign-in, empty')
  await screenshot(page, testInfo, 'sign-in-empty')

  await page.locator('main form').getByRole('button', { name: 'Se connecter' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' })
  await expect(summary).toBeVisible()
  await expect(page).toHaveTitle(/^Erreur\s?: Se connecter/)
  await checkA11y(page, 'sign-in, error summary')
  await screenshot(page, testInfo, 'sign-in-errors')
})

for (const account of demoAccounts) {
  test(`${account.label} account: every page is accessible, sign-out and Back leave nothing behind`, async ({
    page,
  }, testInfo) => {
    const urls: string[] = []
    page.on('request', (request) => urls.push(request.url()))

    await signIn(page, account)
    await expect(page.getByRole('main')).toContainText(account.name)

    // Overview
    await expectPage(page, 'Aperçu')
    await expect(signOutButton(page)).toBeVisible()
    await checkA11y(page, `overview (${account.label})`)
    await screenshot(page, testInfo, 'overview')

    // An unknown address (a fresh document load: the session must survive it)
    await page.goto('/no-such-page')
    await expectPage(page, 'Page introuvable')
    await expect(signOutButton(page)).toBeVisible()
    await checkA11y(page, `not found (${account.label})`)
    await screenshot(page, testInfo, 'not-found')

    // Home through the 404 page's link, then Contact through the main menu
    await page.getByRole('link', { name: 'Aller à l’accueil du centre de confidentialité' }).click()
    await expectPage(page, 'Aperçu')
    await expect(page.getByRole('main')).toContainText(account.name)
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Contacter l’équipe confidentialité' })
      .click()
    await expectPage(page, 'Contacter l’équipe confidentialité')
    await expect(signOutButton(page)).toBeVisible()
    await checkA11y(page, `contact (${account.label})`)
    await screenshot(page, testInfo, 'contact')
    // While signed in is when a token would be there to find (ASVS5 14.3.3).
    expectNoSecretsInStorage(await dumpStorage(page), demoAccounts)

    // Sign out, then Back to the overview's history entry (ASVS5 14.3.1): the guard must send it to sign-in
    await signOutButton(page).click()
    await expect(signInHeading(page)).toBeVisible()
    await screenshot(page, testInfo, 'signed-out')

    await page.goBack()
    await expect(signInHeading(page)).toBeVisible()
    await expect(signOutButton(page)).toHaveCount(0)
    await expect(page.getByText(account.name)).toHaveCount(0)
    const text = await pageTextWithoutDemoHint(page)
    expect(text).not.toContain(account.name)
    expect(text).not.toContain(account.email)
    await screenshot(page, testInfo, 'after-back')

    // No token or personal data in storage, the title or request URLs (ASVS5 14.2.1, 14.3.3)
    expectNoSecretsInStorage(await dumpStorage(page), demoAccounts)
    const leakingUrls = urls.filter((url) => {
      const decoded = decodeURIComponent(url)
      return decoded.includes(account.email) || decoded.includes(account.name)
    })
    expect(leakingUrls).toEqual([])
  })
}
