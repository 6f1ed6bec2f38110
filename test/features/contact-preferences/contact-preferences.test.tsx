import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import type { PurposeId } from '#src/contract/register'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { db } from '#src/mocks/server/db'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount, type Person } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

const updateTopicUrl = apiUrl(endpoints.contactPreferences.updateTopic.path)

async function openSettings(person: Person = 'typical') {
  const view = await renderApp({ url: '/settings', signedInAs: person })
  // The first render loads the route's code: on a busy machine that takes more than the default second.
  await screen.findByRole('heading', { level: 1, name: 'Paramètres' }, { timeout: 5000 })
  await screen.findByRole('button', { name: 'Arrêter toute la prospection' })
  return view
}

/** The server's view of one topic's channels for a demo person. */
function storedChannels(person: Person, topicId: PurposeId) {
  const user = db.users.findFirst((q) => q.where({ email: demoAccount(person).email }))
  return db.topicPreferences.findFirst((q) => q.where({ userId: user?.id ?? '', topicId }))?.channels
}

const tailoredEmail = () => screen.getByRole('switch', { name: 'E-mail (Offres personnalisées)' })

test('a switch saves at once and the change appears in the history, from the privacy centre', async () => {
  const { user } = await openSettings()
  expect(tailoredEmail()).toHaveAttribute('aria-checked', 'false')
  await user.click(tailoredEmail())
  expect(tailoredEmail()).toHaveAttribute('aria-checked', 'true')
  expect(tailoredEmail()).toHaveFocus()
  await waitFor(() => expect(storedChannels('typical', 'tailored-advertising')).toEqual(['email', 'post']))

  const history = screen.getByRole('region', { name: /Modifications de vos préférences de contact/ })
  const rows = await within(history).findAllByRole('row')
  await waitFor(() => expect(within(rows[1] ?? history).getByText('Centre de confidentialité')).toBeVisible())
  expect(
    within(history).getByText('Offres personnalisées, E-mail\u00a0: activé', { normalizer: (text) => text }),
  ).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('Space toggles a switch from the keyboard', async () => {
  const { user } = await openSettings()
  tailoredEmail().focus()
  await user.keyboard(' ')
  expect(tailoredEmail()).toHaveAttribute('aria-checked', 'true')
  await waitFor(() => expect(storedChannels('typical', 'tailored-advertising')).toContain('email'))
})

test('a new account starts with every marketing channel off (privacy by default, prior consent for email and SMS)', async () => {
  await openSettings('new')
  for (const name of [
    'E-mail (Offres et nouveautés que vous avez demandées)',
    'SMS (Offres et nouveautés que vous avez demandées)',
    'E-mail (Offres personnalisées)',
    'SMS (Offres personnalisées)',
    'E-mail (Offres de nos partenaires)',
    'SMS (Offres de nos partenaires)',
  ]) {
    expect(screen.getByRole('switch', { name })).not.toBeChecked()
  }
  expect(screen.getByRole('heading', { name: 'Vous n’avez encore modifié aucune préférence.' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a refused switch goes back to what the server holds and says so, and focus stays on it', async () => {
  server.use(scenarioHandler('serverError', endpoints.contactPreferences.updateTopic, { once: true }))
  const { user } = await openSettings()
  const postSwitch = screen.getByRole('switch', { name: 'Courrier (Offres personnalisées)' })
  expect(postSwitch).toBeChecked()
  await user.click(postSwitch)

  const message =
    'Impossible de modifier «\u00a0Courrier\u00a0» pour «\u00a0Offres personnalisées\u00a0». Ce réglage est toujours activé. Réessayez.'
  await waitFor(() => expect(screen.getAllByRole('status').some((region) => region.textContent === message)).toBe(true))
  expect(postSwitch).toBeChecked()
  expect(postSwitch).toHaveFocus()
  expect(storedChannels('typical', 'tailored-advertising')).toEqual(['post'])
  await expectNoA11yViolations(document.body)
})

test('SMS cannot be switched on without a phone number: the switch goes back and the server’s reason is given', async () => {
  const { user } = await openSettings('new')
  const sms = screen.getByRole('switch', { name: 'SMS (Offres de nos partenaires)' })
  await user.click(sms)
  const message =
    '«\u00a0SMS\u00a0» pour «\u00a0Offres de nos partenaires\u00a0» n’a pas été modifié\u00a0: Pour recevoir des SMS ou des appels, ajoutez d’abord un numéro de téléphone à vos coordonnées. Ce réglage est toujours désactivé.'
  await waitFor(() => expect(screen.getAllByRole('status').some((region) => region.textContent === message)).toBe(true))
  expect(sms).not.toBeChecked()
  expect(sms).toHaveFocus()
  expect(storedChannels('new', 'partner-sharing')).toEqual([])
})

test('quick repeated presses end in the state last chosen, on screen and on the server', async () => {
  // Each answer takes a different time, so the requests would overtake each other if they were not in series.
  const delays = [120, 10, 80, 0, 40, 60]
  let calls = 0
  server.use(
    http.patch(updateTopicUrl, async () => {
      await delay(delays[calls++ % delays.length] ?? 0)
      return undefined
    }),
  )
  const { user } = await openSettings()
  const smsSwitch = screen.getByRole('switch', { name: 'SMS (Offres personnalisées)' })
  for (let press = 0; press < 5; press++) await user.click(smsSwitch)
  // Five presses from off: on.
  expect(smsSwitch).toBeChecked()
  await waitFor(() => expect(calls).toBe(5))
  await waitFor(() => expect(storedChannels('typical', 'tailored-advertising')).toEqual(['sms', 'post']))
  // After the refetch that follows the last change, the screen still shows the last choice.
  await waitFor(() => expect(smsSwitch).toHaveAttribute('aria-checked', 'true'))

  await user.click(smsSwitch)
  await user.click(smsSwitch)
  await user.click(smsSwitch)
  expect(smsSwitch).not.toBeChecked()
  await waitFor(() => expect(calls).toBe(8))
  await waitFor(() => expect(storedChannels('typical', 'tailored-advertising')).toEqual(['post']))
  expect(smsSwitch).not.toBeChecked()
})

test('contractual messages cannot be switched off, only their channel chosen, and the page says why', async () => {
  const { user } = await openSettings()
  const group = screen.getByRole('group', { name: 'Votre compte et vos commandes' })
  expect(
    within(group).getByText(
      'Ces messages sont nécessaires à votre contrat\u00a0: vous ne pouvez pas les désactiver, mais vous choisissez comment les recevoir.',
      { normalizer: (text) => text },
    ),
  ).toBeVisible()
  expect(within(group).queryByRole('switch')).not.toBeInTheDocument()
  expect(within(group).getByRole('radio', { name: 'E-mail' })).toBeChecked()

  await user.click(within(group).getByRole('radio', { name: 'Courrier' }))
  expect(within(group).getByRole('radio', { name: 'Courrier' })).toBeChecked()
  await waitFor(() => expect(storedChannels('typical', 'account-communications')).toEqual(['post']))
  await expectNoA11yViolations(document.body)
})

test('a frequency is offered where it makes sense and saves at once', async () => {
  const { user } = await openSettings()
  expect(screen.queryByRole('combobox', { name: 'Fréquence (Votre compte et vos commandes)' })).not.toBeInTheDocument()
  const frequency = screen.getByRole('combobox', { name: 'Fréquence (Offres et nouveautés que vous avez demandées)' })
  expect(frequency).toHaveValue('weekly')
  await user.selectOptions(frequency, 'Résumé mensuel')
  expect(frequency).toHaveValue('monthly')
  await waitFor(() => {
    const stored = db.topicPreferences.findFirst((q) => q.where({ topicId: 'requested-offers' }))
    expect(stored?.frequency).toBe('monthly')
  })
})

test('"Stop all marketing" switches off every marketing channel in one action, and Undo brings them back', async () => {
  const { user } = await openSettings('large')
  expect(screen.getByRole('switch', { name: 'E-mail (Offres personnalisées)' })).toBeChecked()
  const stop = screen.getByRole('button', { name: 'Arrêter toute la prospection' })
  await user.click(stop)

  await waitFor(() =>
    expect(
      screen.getAllByRole('status').some((region) => region.textContent === 'Toute la prospection est arrêtée.'),
    ).toBe(true),
  )
  for (const marketingSwitch of screen.getAllByRole('switch')) {
    expect(marketingSwitch).toHaveAttribute('aria-checked', 'false')
  }
  // Contractual messages continue: the account's channel choice is untouched.
  expect(
    within(screen.getByRole('group', { name: 'Votre compte et vos commandes' })).getByRole('radio', {
      name: 'Courrier',
    }),
  ).toBeChecked()
  expect(storedChannels('large', 'tailored-advertising')).toEqual([])
  const history = screen.getByRole('region', { name: /Modifications de vos préférences de contact/ })
  expect(await within(history).findByText('Arrêt de toute la prospection')).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('button', { name: 'Annuler' }))
  await waitFor(() => expect(screen.getByRole('switch', { name: 'E-mail (Offres personnalisées)' })).toBeChecked())
  expect(
    screen.getAllByRole('status').some((region) => region.textContent === 'Vos choix précédents sont rétablis.'),
  ).toBe(true)
  expect(stop).toHaveFocus()
  expect(storedChannels('large', 'tailored-advertising')).toEqual(['email'])
  expect(await within(history).findByText('Annulation de l’arrêt de la prospection')).toBeVisible()
  expect(within(history).getByText(/\(annulé\)/)).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a failed "Stop all marketing" says nothing changed', async () => {
  server.use(scenarioHandler('serverError', endpoints.contactPreferences.stopMarketing, { once: true }))
  const { user } = await openSettings('large')
  await user.click(screen.getByRole('button', { name: 'Arrêter toute la prospection' }))
  await waitFor(() =>
    expect(
      screen
        .getAllByRole('status')
        .some(
          (region) =>
            region.textContent === 'La prospection n’a pas pu être arrêtée. Vos choix n’ont pas changé. Réessayez.',
        ),
    ).toBe(true),
  )
  expect(screen.getByRole('switch', { name: 'E-mail (Offres personnalisées)' })).toBeChecked()
})

test('tailored offers stand apart, with the absolute right to object and a link to the objection in consents', async () => {
  const { user } = await openSettings()
  const section = screen.getByRole('region', { name: 'Offres personnalisées\u00a0: votre droit de vous opposer' })
  expect(within(section).getByText(/Ce droit est absolu/)).toBeVisible()
  expect(within(section).getByRole('switch', { name: 'E-mail (Offres personnalisées)' })).toBeVisible()
  const link = within(section).getByRole('link', { name: 'M’opposer à la prospection dans mes consentements' })
  expect(link).toHaveAttribute('href', '/consents')
  await user.click(link)
  await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Paramètres' })).not.toBeInTheDocument())
})

test('when the preferences cannot be loaded, the panel says so and can try again', async () => {
  server.use(scenarioHandler('serverError', endpoints.contactPreferences.get))
  const { user } = await renderApp({ url: '/settings', signedInAs: 'typical' })
  const retry = await screen.findByRole('button', { name: 'Réessayer' }, { timeout: 4000 })
  expect(screen.getByRole('heading', { name: 'Désolé, le service rencontre un problème' })).toBeVisible()
  // The contact-details form is still there: one failed panel does not take the page down.
  expect(screen.getByRole('textbox', { name: 'Adresse e-mail' })).toBeVisible()
  await expectNoA11yViolations(document.body)
  server.resetHandlers()
  await user.click(retry)
  expect(await screen.findByRole('button', { name: 'Arrêter toute la prospection' })).toBeVisible()
})

test('the page reads in English too', async () => {
  await renderApp({ url: '/settings', signedInAs: 'typical', locale: 'en' })
  expect(await screen.findByRole('switch', { name: 'Email (Tailored offers)' }, { timeout: 5000 })).toBeVisible()
  expect(screen.getByRole('button', { name: 'Stop all marketing' })).toBeVisible()
  expect(screen.getByRole('region', { name: 'Tailored offers: your right to object' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})
