import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http } from 'msw'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { db } from '#src/mocks/server/db'
import { validationProblem } from '#src/mocks/server/responses'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

const updateUrl = apiUrl(endpoints.contactDetails.update.path)
const saveName = 'Enregistrer mes coordonnées'

async function openSettings(person: 'typical' | 'large' | 'new' = 'typical') {
  const view = await renderApp({ url: '/settings', signedInAs: person })
  // The first render loads the route's code: on a busy machine that takes more than the default second.
  await screen.findByRole('heading', { level: 1, name: 'Paramètres' }, { timeout: 5000 })
  await screen.findByRole('textbox', { name: 'Adresse e-mail' })
  return view
}

function field(name: string | RegExp): HTMLInputElement {
  const element = screen.getByRole('textbox', { name })
  if (!(element instanceof HTMLInputElement)) throw new Error(`${String(name)} is not an input`)
  return element
}

async function replace(user: UserEvent, name: string | RegExp, value: string) {
  const input = field(name)
  await user.clear(input)
  if (value !== '') {
    await user.click(input)
    await user.paste(value)
  }
}

/** The server's view of the typical person's details: not visible in the UI as such. */
function storedDetails() {
  const user = db.users.findFirst((q) => q.where({ email: demoAccount('typical').email }))
  return db.contactDetails.findFirst((q) => q.where({ userId: user?.id ?? '' }))
}

test('the form shows the details held, with the input purposes set, and passes axe', async () => {
  await openSettings()
  expect(field('Adresse e-mail')).toHaveValue(demoAccount('typical').email)
  expect(field('Adresse e-mail')).toHaveAttribute('type', 'email')
  expect(field('Adresse e-mail')).toHaveAttribute('autocomplete', 'email')
  expect(field('Adresse e-mail')).toHaveAttribute('spellcheck', 'false')
  expect(field(/Numéro de téléphone/)).toHaveValue('+44 7700 900123')
  expect(field(/Numéro de téléphone/)).toHaveAttribute('type', 'tel')
  expect(field(/Numéro de téléphone/)).toHaveAttribute('autocomplete', 'tel')
  expect(field('Adresse, ligne 1')).toHaveValue('12 rue des Canaris')
  expect(screen.getByRole('combobox', { name: 'Pays' })).toHaveValue('FR')
  expect(screen.getByRole('combobox', { name: 'Langue de nos messages' })).toHaveValue('fr')
  await expectNoA11yViolations(document.body)
})

test('an empty submit shows the error summary, which takes focus and links to each field in the inline words', async () => {
  const { user } = await openSettings()
  await replace(user, 'Adresse e-mail', '')
  await replace(user, 'Adresse, ligne 1', '')
  await replace(user, 'Code postal', '')
  await replace(user, 'Ville', '')
  await user.click(screen.getByRole('button', { name: saveName }))

  await screen.findByRole('heading', { name: 'Il y a un problème' })
  expect(document.title).toBe('Erreur\u00a0: Paramètres – Centre de confidentialité')
  const summary = within(screen.getByRole('alert'))
  await user.tab()
  expect(summary.getByRole('link', { name: 'Saisissez votre adresse e-mail' })).toHaveFocus()
  for (const [link, label] of [
    ['Saisissez votre adresse e-mail', 'Adresse e-mail'],
    ['Saisissez la première ligne de votre adresse', 'Adresse, ligne 1'],
    ['Saisissez votre code postal', 'Code postal'],
    ['Saisissez votre ville', 'Ville'],
  ] as const) {
    await user.click(summary.getByRole('link', { name: link }))
    expect(field(label)).toHaveFocus()
    expect(field(label)).toHaveAttribute('aria-invalid', 'true')
    expect(field(label)).toHaveAccessibleDescription(expect.stringContaining(`Erreur\u00a0: ${link}`))
  }
  // The phone is optional: left as it was, it is not in error.
  expect(field(/Numéro de téléphone/)).not.toHaveAttribute('aria-invalid')
  await expectNoA11yViolations(document.body)
  expect(storedDetails()?.version).toBe(1)
})

test('phone numbers are accepted as people type them, stored in E.164, and the field keeps what was typed', async () => {
  const { user } = await openSettings()
  for (const [typed, e164] of [
    ['07700 900 123', '+447700900123'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['06.12.34.56.79', '+33612345679'],
  ] as const) {
    await replace(user, /Numéro de téléphone/, typed)
    await user.click(screen.getByRole('button', { name: saveName }))
    expect(await screen.findByText('Vos coordonnées sont enregistrées.')).toBeVisible()
    expect(field(/Numéro de téléphone/)).toHaveValue(typed)
    // The server's view: only the canonical form is stored.
    expect(storedDetails()?.phone).toBe(e164)
  }
})

test('an invalid phone number and control characters are refused with a clear message; emoji and Arabic in the address are kept as typed', async () => {
  const { user } = await openSettings()
  await replace(user, /Numéro de téléphone/, '06 12 AB 56 78')
  await replace(user, 'Adresse, ligne 1', 'Rue\u202Egnp.exe')
  await user.click(screen.getByRole('button', { name: saveName }))
  const summary = within(await screen.findByRole('alert'))
  expect(
    summary.getByRole('link', {
      name: 'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78 ou +44 7700 900123',
    }),
  ).toBeVisible()
  expect(
    summary.getByRole('link', {
      name: 'La ligne 1 de l’adresse contient un retour à la ligne ou un caractère de contrôle\u00a0: retirez-le',
    }),
  ).toBeVisible()

  await replace(user, /Numéro de téléphone/, '+44 7700 900123')
  await replace(user, 'Adresse, ligne 1', 'شارع النيل 12 🏠')
  await user.click(screen.getByRole('button', { name: saveName }))
  expect(await screen.findByText('Vos coordonnées sont enregistrées.')).toBeVisible()
  expect(field('Adresse, ligne 1')).toHaveValue('شارع النيل 12 🏠')
  // Right-to-left text keeps its own direction inside the field (HTML `dir="auto"` isolates user text).
  expect(field('Adresse, ligne 1')).toHaveAttribute('dir', 'auto')
  expect(storedDetails()?.postalAddress.line1).toBe('شارع النيل 12 🏠')
})

test('a 422 from the server lands on the field it concerns, and everything typed stays', async () => {
  server.use(
    http.put(updateUrl, () => validationProblem({ phone: ['validation.contactDetails.phone.invalid'] }), {
      once: true,
    }),
  )
  const { user } = await openSettings()
  await replace(user, /Numéro de téléphone/, '06 12 34 56 78')
  await replace(user, 'Ville', 'Marseille')
  await user.click(screen.getByRole('button', { name: saveName }))

  const wording = 'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78 ou +44 7700 900123'
  const summary = within(await screen.findByRole('alert'))
  await user.click(summary.getByRole('link', { name: wording }))
  expect(field(/Numéro de téléphone/)).toHaveFocus()
  expect(field(/Numéro de téléphone/)).toHaveAccessibleDescription(expect.stringContaining(wording))
  expect(field(/Numéro de téléphone/)).toHaveValue('06 12 34 56 78')
  expect(field('Ville')).toHaveValue('Marseille')
  await expectNoA11yViolations(document.body)
})

test('a server failure keeps every character typed and says nothing was saved; trying again saves', async () => {
  server.use(scenarioHandler('serverError', endpoints.contactDetails.update, { once: true }))
  const { user } = await openSettings()
  await replace(user, /Adresse, ligne 2/, 'Escalier C, 3ᵉ étage 🚪')
  await replace(user, 'Ville', 'Montreuil')
  await user.click(screen.getByRole('button', { name: saveName }))

  const summary = within(await screen.findByRole('alert'))
  expect(summary.getByText(/Vos réponses n’ont pas été envoyées/)).toBeVisible()
  expect(field(/Adresse, ligne 2/)).toHaveValue('Escalier C, 3ᵉ étage 🚪')
  expect(field('Ville')).toHaveValue('Montreuil')
  expect(storedDetails()?.postalAddress.city).toBe('Paris')
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('button', { name: saveName }))
  expect(await screen.findByText('Vos coordonnées sont enregistrées.')).toBeVisible()
  expect(storedDetails()?.postalAddress.city).toBe('Montreuil')
})

test('a change saved elsewhere meanwhile (409) is reported, nothing is overwritten, and reloading keeps the edits', async () => {
  const { user } = await openSettings()
  // Another window saves first: the server's version moves on.
  const details = storedDetails()
  if (!details) throw new Error('no details')
  await db.contactDetails.update(details, {
    data(draft) {
      draft.version = 2
      draft.postalAddress = { ...draft.postalAddress, city: 'Lyon' }
    },
  })

  await replace(user, 'Ville', 'Bordeaux')
  await user.click(screen.getByRole('button', { name: saveName }))
  const conflict = await screen.findByRole('alert')
  expect(within(conflict).getByRole('heading', { name: 'Ces coordonnées ont été modifiées ailleurs' })).toBeVisible()
  expect(storedDetails()?.postalAddress.city).toBe('Lyon')
  expect(field('Ville')).toHaveValue('Bordeaux')
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('button', { name: 'Recharger en gardant mes modifications' }))
  expect(await screen.findByRole('heading', { name: 'Coordonnées actuelles rechargées' })).toBeVisible()
  expect(screen.getByText(/^Ville enregistré\(e\) ailleurs\s:\sLyon$/)).toBeVisible()
  expect(field('Ville')).toHaveValue('Bordeaux')
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('button', { name: saveName }))
  expect(await screen.findByText('Vos coordonnées sont enregistrées.')).toBeVisible()
  expect(storedDetails()?.postalAddress.city).toBe('Bordeaux')
  expect(storedDetails()?.version).toBe(3)
})

test('leaving with unsaved changes asks first; staying keeps them, leaving discards them', async () => {
  const { user, router } = await openSettings()
  await replace(user, 'Ville', 'Toulouse')
  const nav = screen.getByRole('navigation', { name: 'Menu principal' })
  await user.click(within(nav).getByRole('link', { name: 'Aperçu' }))

  const dialog = await screen.findByRole('dialog', { name: 'Quitter sans enregistrer\u00a0?' })
  await expectNoA11yViolations(document.body)
  await user.click(within(dialog).getByRole('button', { name: 'Rester sur la page' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(router.state.location.pathname).toBe('/settings')
  expect(field('Ville')).toHaveValue('Toulouse')

  await user.click(within(nav).getByRole('link', { name: 'Aperçu' }))
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Quitter sans enregistrer\u00a0?' })).getByRole('button', {
      name: 'Quitter sans enregistrer',
    }),
  )
  expect(await screen.findByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  expect(storedDetails()?.postalAddress.city).toBe('Paris')
})

test('a saved form leaves without asking', async () => {
  const { user } = await openSettings()
  await replace(user, 'Ville', 'Toulouse')
  await user.click(screen.getByRole('button', { name: saveName }))
  await screen.findByText('Vos coordonnées sont enregistrées.')
  const nav = screen.getByRole('navigation', { name: 'Menu principal' })
  await user.click(within(nav).getByRole('link', { name: 'Aperçu' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
})
