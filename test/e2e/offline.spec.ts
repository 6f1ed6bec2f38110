/**
 * Offline mid-task: the connection drops while a message is being written on /contact.
 * The page says so, refuses to send (no silent background queue for a request with legal weight), keeps
 * what was typed, and sends it once the person is back online and presses the button again.
 *
 * `context.setOffline` makes Chromium report `navigator.onLine === false` and fire the window's `offline`
 * event, which TanStack's onlineManager (and so the form) listens to. The MSW worker answers the API
 * inside the browser either way, so what this checks is the app's own offline handling, not a failed fetch.
 */
import { expect, type Locator, type Page } from '@playwright/test'

import { checkA11y, openDevPanel, screenshot, signIn, typicalAccount, test } from './support'

test.describe.configure({ timeout: 60_000 })

const contactHeading = 'Contacter l’équipe confidentialité'
const message = 'Hors ligne : je voudrais savoir qui reçoit mes données. Ligne 2 — é à ç'
const offlineBanner = 'Vous êtes hors ligne.'
const notSent = 'Votre message n’a pas été envoyé, car vous êtes hors ligne. Ce que vous avez écrit est conservé.'
const acknowledgementSubject = 'Nous avons bien reçu votre message'

/** The acknowledgement e-mails in the dev panel's outbox: one per message the server accepted. */
async function countAcknowledgements(page: Page): Promise<number> {
  const panel = await openDevPanel(page)
  await panel.getByRole('button', { name: 'Actualiser les messages envoyés' }).click()
  const count = await panel.getByRole('listitem').filter({ hasText: acknowledgementSubject }).count()
  // Close it again so it does not cover the form.
  await page.getByRole('button', { name: 'Panneau de développement' }).click()
  return count
}

function errorSummary(page: Page): Locator {
  return page.getByRole('main').locator('[tabindex="-1"]').filter({ hasText: 'Il y a un problème' })
}

test('offline, the message is not sent and stays typed; back online, it is sent with a reference', async ({
  page,
  context,
}, testInfo) => {
  await signIn(page, typicalAccount)
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: contactHeading }).click()
  await expect(page.getByRole('heading', { level: 1, name: contactHeading })).toBeVisible()
  const sentBefore = await countAcknowledgements(page)

  const topic = page.getByRole('radio', { name: 'Mes données' })
  const textarea = page.getByLabel('Votre message')
  const submit = page.getByRole('button', { name: 'Envoyer le message' })
  await topic.check()
  await textarea.fill(message.slice(0, 20))

  // The connection drops mid-typing: the page says so, and typing goes on.
  await context.setOffline(true)
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false)
  await expect(page.getByRole('status').filter({ hasText: offlineBanner })).toBeVisible()
  await textarea.pressSequentially(message.slice(20, 40))
  await textarea.fill(message)

  await submit.click()
  await expect(errorSummary(page)).toBeVisible()
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText(notSent)
  await expect(page).toHaveTitle(/^Erreur\s?: /)
  await expect(textarea).toHaveValue(message)
  await expect(topic).toBeChecked()
  await expect(page.getByRole('heading', { name: 'Message envoyé' })).toHaveCount(0)
  await checkA11y(page, 'contact, offline submit refused')
  await screenshot(page, testInfo, 'offline-not-sent')

  // Back online: the banner goes, and nothing was queued to go out by itself.
  await context.setOffline(false)
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(true)
  await expect(page.getByRole('status').filter({ hasText: offlineBanner })).toHaveCount(0)
  await page.waitForTimeout(1_000)
  await expect(page.getByRole('heading', { name: 'Message envoyé' })).toHaveCount(0)
  await expect(textarea).toHaveValue(message)
  expect(await countAcknowledgements(page), 'a message went out while offline or on reconnecting').toBe(sentBefore)

  // The person sends it again: it goes through, once.
  await submit.click()
  const confirmation = page.getByRole('heading', { level: 2, name: 'Message envoyé' })
  await expect(confirmation).toBeVisible()
  const mainText = (await page.getByRole('main').textContent()) ?? ''
  expect(mainText).toMatch(/Votre référence\s*PRV-\d{4}-\d{6}/)
  await screenshot(page, testInfo, 'online-sent')
  expect(await countAcknowledgements(page)).toBe(sentBefore + 1)
})
