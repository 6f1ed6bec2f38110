/**
 * Journey: the session ends while a message is being written on /contact (WCAG 3.3.7; the modal dialog pattern).
 * The fault comes from the mock's own scenario parameter (one mocking layer, MSW's), which
 * makes every POST /me/privacy-messages answer 401 for the life of the page.
 */
import { expect, type Page } from '@playwright/test'

import { checkA11y, screenshot, signIn, typicalAccount, test } from './support'

test.describe.configure({ timeout: 60_000 })

const contactWithExpiredSession = `/contact?${new URLSearchParams({ scenario: 'sessionExpired:POST /me/privacy-messages' }).toString()}`
const message = 'Bonjour, quelles données détenez-vous sur moi ? Ligne 2 : merci — é à ç 😀'

type FocusPlace = 'dialog' | 'browser' | 'page'

/**
 * Where focus is. Chromium lets Tab leave a native modal `<dialog>` for the browser's own UI after its
 * last control (the document then reports `body`), and the next Tab comes back to the dialog's first one;
 * what must never happen is focus on the page behind the dialog.
 */
function focusPlace(page: Page): Promise<FocusPlace> {
  return page.evaluate((): FocusPlace => {
    const element = document.activeElement
    if (document.querySelector('dialog[open]')?.contains(element)) return 'dialog'
    return element === null || element === document.body ? 'browser' : 'page'
  })
}

async function expectTabStaysInDialog(page: Page, key: string, presses: number): Promise<void> {
  let previous: FocusPlace = 'dialog'
  for (let press = 1; press <= presses; press += 1) {
    await page.keyboard.press(key)
    const place = await focusPlace(page)
    expect(place, `${key} ${String(press)} put focus on the page behind the dialog`).not.toBe('page')
    expect(place === 'browser' && previous === 'browser', `${key} ${String(press)} did not come back`).toBe(false)
    previous = place
  }
  expect(previous === 'browser' ? await (page.keyboard.press(key), focusPlace(page)) : previous).toBe('dialog')
}

test('when the session expires on submit, the sign-in dialog keeps focus and the typed message', async ({
  page,
}, testInfo) => {
  await signIn(page, typicalAccount)
  await page.goto(contactWithExpiredSession)
  await expect(page.getByRole('heading', { level: 1, name: 'Contacter l’équipe confidentialité' })).toBeVisible()

  await page.getByRole('radio', { name: 'Mes données' }).check()
  await page.getByLabel('Votre message').fill(message)
  const submit = page.getByRole('button', { name: 'Envoyer le message' })
  await submit.click()

  const dialog = page.getByRole('dialog', { name: 'Vous avez été déconnecté' })
  await expect(dialog).toBeVisible()
  await expect.poll(() => focusPlace(page)).toBe('dialog')
  await checkA11y(page, 'session-expired dialog')
  await screenshot(page, testInfo, 'session-expired-dialog')

  // Tab and Shift+Tab stay inside the modal (the modal dialog pattern): more presses than the dialog has stops.
  const stops = await dialog.locator('a[href], button, input, textarea, select').count()
  await expectTabStaysInDialog(page, 'Tab', stops + 2)
  await expectTabStaysInDialog(page, 'Shift+Tab', stops + 2)

  // Esc closes it and keeps the page, with everything typed.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Votre message')).toHaveValue(message)
  await expect(page.getByRole('radio', { name: 'Mes données' })).toBeChecked()
  // Closing without signing in cancels the send: instead of the opener, focus goes to the error summary
  // that says so (GOV.UK error summary), and the page stays usable.
  const summary = page.getByRole('main').locator('[tabindex="-1"]').filter({ hasText: 'Il y a un problème' })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Votre message n’a pas été envoyé')
  await expect(submit).toBeVisible()
  await checkA11y(page, 'contact after the session-expired dialog was dismissed')
  await screenshot(page, testInfo, 'after-escape')
})
