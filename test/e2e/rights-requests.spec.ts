/**
 * Journeys: file an erasure request with re-authentication, and an objection with the keyboard only, then
 * follow both as the mock's clock advances (dev panel), in Chromium against the demo build.
 */
import { expect, type Page } from '@playwright/test'

import { checkA11y, openDevPanel, screenshot, signIn, signInHeading, test, typicalAccount } from './support'

// Several clock moves, each of which ends the session and needs a new sign-in.
test.describe.configure({ timeout: 120_000 })

/** A month on the server's clock signs the person out: reload, sign in again, open the list. */
async function advanceClockAndComeBack(page: Page, button: '+7 jours' | '+1 mois'): Promise<void> {
  const panel = await openDevPanel(page)
  await panel.getByRole('button', { name: button }).click()
  await page.reload()
  await expect(signInHeading(page)).toBeVisible({ timeout: 15_000 })
  await signIn(page, typicalAccount)
  await page.getByRole('navigation').getByRole('link', { name: 'Mes demandes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes demandes' })).toBeVisible()
}

function rowOf(page: Page, reference: string) {
  return page.getByRole('row').filter({ hasText: reference })
}

/** The accessible-ish name of the focused element: its label, aria-label or text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element) return ''
    const label =
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
        ? (element.labels?.[0]?.textContent ?? '')
        : ''
    return (element.getAttribute('aria-label') ?? (label || element.textContent)).replace(/\s+/g, ' ').trim()
  })
}

/** Presses Tab until the focused element's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let press = 0; press < 80; press += 1) {
    await page.keyboard.press('Tab')
    if (name.test(await focusedName(page))) return
  }
  throw new Error(`Tab never reached ${String(name)}`)
}

test('an erasure request asks for the password again, then is followed to its statement as the clock advances', async ({
  page,
}, testInfo) => {
  await signIn(page, typicalAccount)
  await page.getByRole('navigation').getByRole('link', { name: 'Mes demandes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes demandes' })).toBeVisible()
  await checkA11y(page, 'rights requests list')
  await screenshot(page, testInfo, 'requests-list')

  await page.getByRole('main').getByRole('link', { name: 'Faire une demande' }).click()
  await page.getByRole('link', { name: 'Faire effacer mes données' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Faire effacer mes données' })).toBeVisible()
  await page.getByRole('radio', { name: 'Certaines catégories de données seulement' }).check()
  await page.getByRole('checkbox', { name: 'Cookies et technologies similaires' }).check()
  await page.getByRole('checkbox', { name: 'Données de transaction' }).check()
  await checkA11y(page, 'erasure flow')
  await page.getByRole('button', { name: 'Continuer' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre demande' })).toBeVisible()
  const preview = page.getByRole('region', { name: 'Ce qui se passera' })
  await expect(preview.getByText('Pourquoi : une obligation légale.')).toBeVisible()
  await checkA11y(page, 'erasure check page')
  await screenshot(page, testInfo, 'erasure-check')

  // Six minutes later the sign-in is older than the five-minute step-up window (RFC 9470 max_age).
  await page.clock.setSystemTime(new Date(Date.now() + 6 * 60_000))
  await page.getByRole('button', { name: 'Demander l’effacement de mes données' }).click()
  const dialog = page.getByRole('dialog', { name: 'Confirmez votre identité' })
  await expect(dialog).toBeVisible()
  await checkA11y(page, 'step-up dialog')
  await dialog.getByLabel('Mot de passe').fill(typicalAccount.password)
  await dialog.getByRole('button', { name: 'Confirmer' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  await expect(page.getByText('DRT-2026-000006', { exact: true })).toBeVisible()
  await expect(page.getByText('Nous avons envoyé un accusé de réception à z•••@example.test.')).toBeVisible()
  await checkA11y(page, 'erasure confirmation')
  await screenshot(page, testInfo, 'erasure-confirmation')

  await page.getByRole('link', { name: 'Suivre cette demande' }).click()
  await expect(page.getByRole('img', { name: /Délai de réponse/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Annuler cette demande' })).toBeVisible()
  await checkA11y(page, 'erasure request received')

  await advanceClockAndComeBack(page, '+7 jours')
  await expect(rowOf(page, 'DRT-2026-000006')).toContainText('En cours de traitement')

  await advanceClockAndComeBack(page, '+1 mois')
  await expect(rowOf(page, 'DRT-2026-000006')).toContainText('Traitée')
  await rowOf(page, 'DRT-2026-000006').getByRole('link').click()
  const answer = page.getByRole('region', { name: 'Notre réponse' })
  await expect(answer.getByRole('heading', { name: 'Ce qui a été effacé' })).toBeVisible()
  await expect(answer.getByText('Cookies et technologies similaires')).toBeVisible()
  await expect(answer.getByRole('heading', { name: 'Données de transaction' })).toBeVisible()
  await checkA11y(page, 'erasure completed')
  await screenshot(page, testInfo, 'erasure-completed')
})

test('an objection is filed with the keyboard only, then answered as the clock advances', async ({
  page,
}, testInfo) => {
  await signIn(page, typicalAccount)

  await tabTo(page, /^Faire une demande$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Faire une demande' })).toBeVisible()
  await tabTo(page, /^M’opposer à une utilisation de mes données$/)
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { level: 1, name: 'M’opposer à une utilisation de mes données' }),
  ).toBeVisible()

  // Into the radio group, then along it with the arrow keys to "Analyses et statistiques".
  await tabTo(page, /^Partage avec les autres produits Dialogra/)
  await page.keyboard.press('Space')
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'Analyses et statistiques' })).toBeChecked()
  await tabTo(page, /justifie votre opposition/)
  await page.keyboard.type('Mon employeur est un concurrent et pourrait apprendre mes habitudes.')
  await tabTo(page, /^Continuer$/)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre demande' })).toBeVisible()
  await expect(page.getByText('Analyses et statistiques')).toBeVisible()
  await tabTo(page, /^Envoyer la demande$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  await expect(page.getByText('DRT-2026-000006', { exact: true })).toBeVisible()
  await checkA11y(page, 'objection confirmation')
  await screenshot(page, testInfo, 'objection-confirmation')

  await advanceClockAndComeBack(page, '+1 mois')
  await expect(rowOf(page, 'DRT-2026-000006')).toContainText('Traitée')
  // The seeded objection the team never answered is still overdue, and says so.
  await expect(rowOf(page, 'DRT-2026-000003')).toContainText(/En retard de \d+\s+jours/)
  await rowOf(page, 'DRT-2026-000006').getByRole('link').click()
  await expect(page.getByText('Nous avons cessé d’utiliser vos données pour ce traitement.')).toBeVisible()
  await checkA11y(page, 'objection completed')
  await screenshot(page, testInfo, 'objection-completed')
})

test('a transaction in My data is asked to be erased on its own: the check page says it is kept for the law, and why', async ({
  page,
}) => {
  await signIn(page, typicalAccount)
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes données' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  await page.getByRole('link', { name: 'Données de transaction' }).first().click()
  const table = page.getByRole('table', { name: /^Données de transaction/ })
  await table.getByRole('link').first().click()
  await page.getByRole('link', { name: 'Demander l’effacement de cet élément' }).click()

  await expect(page.getByRole('radio', { name: 'Seulement les éléments choisis dans Mes données' })).toBeChecked()
  const items = page.getByRole('group', { name: 'Éléments à effacer' })
  await expect(items.getByText(/^Données de transaction\s: (Achat|Abonnement|Remboursement) du /).first()).toBeVisible()
  await checkA11y(page, 'item erasure flow')
  await page.getByRole('button', { name: 'Continuer' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre demande' })).toBeVisible()
  const preview = page.getByRole('region', { name: 'Ce qui se passera' })
  await expect(preview.getByText('Rien : toutes les données choisies doivent être conservées.')).toBeVisible()
  await expect(preview.getByText('Pourquoi : une obligation légale.')).toBeVisible()
  await checkA11y(page, 'item erasure check page')
  await page.getByRole('button', { name: 'Demander l’effacement de mes données' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  await expect(page.getByText('Éléments concernés', { exact: true })).toBeVisible()
})
