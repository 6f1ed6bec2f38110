/**
 * Journey: what the mock server holds survives a reload, as a real server's would. A message sent from
 * /contact gets a reference; after a reload the person is still signed in, and the acknowledgement e-mail
 * with that reference sits in the dev panel's outbox without the text they wrote (free text stays out of e-mail).
 */
import { expect } from '@playwright/test'

import { checkA11y, openDevPanel, screenshot, signIn, signOutButton, typicalAccount, test } from './support'

test.describe.configure({ timeout: 60_000 })

const contactHeading = 'Contacter l’équipe confidentialité'
const message = 'Persistance : merci de me dire quelles données vous gardez sur moi. Zéro-canari-7391'

test('a sent message and the session survive a reload; the outbox holds its acknowledgement', async ({
  page,
}, testInfo) => {
  await signIn(page, typicalAccount)
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: contactHeading }).click()
  await expect(page.getByRole('heading', { level: 1, name: contactHeading })).toBeVisible()

  await page.getByRole('radio', { name: 'Mes droits' }).check()
  await page.getByLabel('Votre message').fill(message)
  await page.getByRole('button', { name: 'Envoyer le message' }).click()

  const confirmation = page.getByRole('heading', { level: 2, name: 'Message envoyé' })
  await expect(confirmation).toBeVisible()
  await expect(confirmation).toBeFocused()
  const panelText = (await page.getByRole('main').textContent()) ?? ''
  const reference = /PRV-\d{4}-\d{6}/.exec(panelText)?.[0]
  expect(reference, `no reference in "${panelText}"`).toBeDefined()
  const ref = reference ?? ''
  await expect(page.getByRole('main').getByText(ref, { exact: true })).toBeVisible()
  await screenshot(page, testInfo, 'confirmation')

  // A fresh document load: the mock server's session and data come back from its "disk".
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: contactHeading })).toBeVisible()
  await expect(signOutButton(page)).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(`Session ouverte au nom de ${typicalAccount.name}`)

  const panel = await openDevPanel(page)
  const mail = panel.getByRole('listitem').filter({ hasText: ref })
  await expect(mail).toHaveCount(1)
  await expect(mail).toContainText(`Nous avons bien reçu votre message (${ref})`)
  await expect(mail).toContainText(`Votre référence : ${ref}.`)
  await expect(mail).toContainText(typicalAccount.email)
  await expect(mail).toContainText('ce courriel ne reproduit pas votre message')
  // The acknowledgement never carries what was written, not even a part of it.
  await expect(mail).not.toContainText(message)
  await expect(mail).not.toContainText('Zéro-canari-7391')
  await expect(panel).not.toContainText('Zéro-canari-7391')
  await checkA11y(page, 'contact after reload, dev panel outbox open')
  await screenshot(page, testInfo, 'outbox-after-reload')
})
