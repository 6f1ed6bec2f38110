/**
 * Journey, keyboard only (QUALITY checks 51 and 52: no `.click()`, every focus stop visible): a significant
 * policy version takes effect (the dev panel moves the mock's clock a month on); at the next sign-in the
 * notice takes focus; the person compares the oldest version with the one in force, word by word, then
 * acknowledges the notice, which is recorded and is not a consent. A second journey reads the policy signed
 * out and prints it: only the text goes to paper.
 */
import { expect, type Locator, type Page } from '@playwright/test'

import {
  checkA11y,
  devPanelToggle,
  firstLoadTimeout,
  pressAndCheckFocus,
  screenshot,
  signInHeading,
  test,
  typicalAccount,
} from './support'

test.describe.configure({ timeout: 120_000 })

const noticeName = 'Notre politique de confidentialité a changé'

/** Presses `key` until `target` has focus (each stop must show its focus); fails after `limit` presses. */
async function moveFocusTo(page: Page, target: Locator, key = 'Tab', limit = 120): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await pressAndCheckFocus(page, key)
  }
  await expect(target).toBeFocused()
}

/** The dev panel's "+1 mois", by keyboard: the planned policy version takes effect a month into the demo. */
async function advanceClockOneMonth(page: Page): Promise<void> {
  await moveFocusTo(page, devPanelToggle(page))
  await page.keyboard.press('Enter')
  const panel = page.getByRole('region', { name: 'Serveur simulé (développement uniquement)' })
  await expect(panel).toBeVisible()
  const date = panel.getByRole('status').filter({ hasText: 'Date du serveur' })
  const before = await date.textContent()
  // The panel opens above its toggle: its controls come before it in the tab order.
  await moveFocusTo(page, panel.getByRole('button', { name: '+1 mois' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(date).not.toHaveText(before ?? '')
  // Closed again, so it covers nothing.
  await moveFocusTo(page, devPanelToggle(page))
  await page.keyboard.press('Enter')
  await expect(panel).toHaveCount(0)
}

async function signInByKeyboard(page: Page): Promise<void> {
  const email = page.getByLabel('Adresse e-mail')
  await moveFocusTo(page, email, 'Shift+Tab')
  await page.keyboard.type(typicalAccount.email)
  await pressAndCheckFocus(page, 'Tab')
  await page.keyboard.type(typicalAccount.password)
  await moveFocusTo(page, page.locator('main form').getByRole('button', { name: 'Se connecter' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
}

test('a new significant version: the notice at sign-in, the oldest and current versions compared, the notice acknowledged', async ({
  page,
}, testInfo) => {
  await page.goto('/sign-in')
  await expect(signInHeading(page)).toBeVisible({ timeout: firstLoadTimeout })
  await advanceClockOneMonth(page)
  await signInByKeyboard(page)

  // The notice takes focus once the overview is there, and lists the changes.
  const notice = page.getByRole('region', { name: noticeName })
  await expect(notice).toBeVisible()
  await expect(notice).toBeFocused()
  await expect(notice).toContainText('La version 2026-12 de la politique de confidentialité est en vigueur depuis le')
  await expect(
    notice.getByRole('switch', { name: 'Partage avec nos partenaires, sponsors et annonceurs' }),
  ).not.toBeChecked()
  await checkA11y(page, 'overview with the policy notice')
  await screenshot(page, testInfo, 'policy-notice')

  // Its link opens the comparison; there, compare the oldest version with the one in force.
  await moveFocusTo(
    page,
    notice.getByRole('link', { name: /^Voir ce qui a changé entre les versions 2026-09 et 2026-12/ }),
  )
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Comparer les versions 2026-09 et 2026-12' })).toBeVisible()
  const earlier = page.getByRole('combobox', { name: 'Une version' })
  await moveFocusTo(page, earlier)
  await page.keyboard.type('2016')
  await expect(earlier).toHaveValue('2016-10')
  const later = page.getByRole('combobox', { name: 'L’autre version' })
  await moveFocusTo(page, later)
  await page.keyboard.type('2026-12')
  await expect(later).toHaveValue('2026-12')
  await moveFocusTo(page, page.getByRole('button', { name: 'Comparer', exact: true }))
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'Comparer les versions 2016-10 et 2026-12' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /sections modifiées$/ })).toBeVisible()
  const legalBases = page.getByRole('region', { name: /Sur quelle base juridique du GDPR/ })
  await expect(legalBases.getByText('Section ajoutée')).toBeVisible()
  const retention = page.getByRole('region', { name: 'Combien de temps conservons-nous vos données personnelles ?' })
  const voice = retention.getByRole('row', { name: /^Données relatives au service à la clientèle/ })
  await expect(voice.getByRole('insertion').first()).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Ce que cela change pour vous' }).getByRole('link').first(),
  ).toBeVisible()
  await checkA11y(page, 'comparison of 2016-10 and 2026-12')
  await screenshot(page, testInfo, 'policy-comparison')

  // Back to the centre: the notice is still there until it is acknowledged.
  await moveFocusTo(
    page,
    page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Aperçu' }),
    'Shift+Tab',
    200,
  )
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  await expect(notice).toBeFocused()
  await moveFocusTo(page, notice.getByRole('button', { name: 'J’ai pris connaissance de ces changements' }))
  await page.keyboard.press('Enter')

  const confirmation = page.getByRole('region', { name: 'C’est enregistré' })
  await expect(confirmation).toBeFocused()
  await expect(confirmation).toContainText(
    'avoir pris connaissance de la version 2026-12. Ce n’est pas un consentement',
  )
  await checkA11y(page, 'notice acknowledged')
  await screenshot(page, testInfo, 'policy-notice-acknowledged')

  // The server kept it: after a reload there is no notice, and the consent was not given by it.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible({ timeout: firstLoadTimeout })
  await expect(page.getByRole('region', { name: noticeName })).toHaveCount(0)
  await page.goto('/consents')
  await expect(
    page.getByRole('switch', { name: 'Partage avec nos partenaires, sponsors et annonceurs' }),
  ).not.toBeChecked()
})

test('a signed-out visitor reads the policy in force, and it prints as text only', async ({ page }, testInfo) => {
  await page.goto('/sign-in')
  await expect(signInHeading(page)).toBeVisible({ timeout: firstLoadTimeout })
  await moveFocusTo(page, page.getByRole('main').getByRole('link', { name: 'politique de confidentialité' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Politique de confidentialité' })).toBeVisible()
  await expect(page.getByText('Ce texte en français est le texte de référence de la politique.')).toBeVisible()
  await expect(page.getByRole('table', { name: /les délais de suppression suivants/ })).toBeVisible()
  await checkA11y(page, 'the policy, signed out')
  await screenshot(page, testInfo, 'policy-signed-out')

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Sommaire' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Imprimer la politique' })).toBeHidden()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Combien de temps conservons-nous vos données personnelles ?' }),
  ).toBeVisible()
  await expect(page.getByRole('table', { name: /les délais de suppression suivants/ })).toBeVisible()
  await screenshot(page, testInfo, 'policy-print')
})
