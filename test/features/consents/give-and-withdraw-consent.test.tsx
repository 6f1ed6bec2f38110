import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import {
  consentItem,
  consentNames,
  consentSwitch,
  holdConsentUpdates,
  openConsentsPage,
  serverStatus,
  userIdOf,
} from './support'

const errorTitle = 'Désolé, le service rencontre un problème'

test('each consent is its own switch with its meaning, what withdrawing changes, its state and where it was given', async () => {
  await openConsentsPage('typical')

  expect(screen.getAllByRole('switch')).toHaveLength(4)
  expect(consentSwitch(consentNames.groupMarketing)).toBeChecked()
  expect(consentSwitch(consentNames.partnerSharing)).not.toBeChecked()
  expect(consentSwitch(consentNames.cookies)).toBeChecked()
  expect(consentSwitch(consentNames.groupMarketing)).toHaveAccessibleDescription(
    /Nous transmettons votre nom, votre adresse e-mail et vos achats/,
  )

  const marketing = within(consentItem(consentNames.groupMarketing))
  expect(
    marketing.getByText(
      'Renouvelé le 1 octobre 2026, dans ce centre de confidentialité, sous la version 2026-09 de la politique.',
    ),
  ).toBeVisible()
  expect(marketing.getByText(/Votre compte et nos services restent exactement les mêmes/)).toBeVisible()
  expect(
    within(consentItem(consentNames.partnerSharing)).getByText(
      'Retiré le 18 juin 2024, dans ce centre de confidentialité, sous la version 2024-03 de la politique.',
    ),
  ).toBeVisible()
  expect(
    within(consentItem(consentNames.cookies)).getByText(
      'Renouvelé le 1 octobre 2026, dans le bandeau cookies, sous la version 2026-09 de la politique.',
    ),
  ).toBeVisible()
  expect(
    screen.getByText(/ce que nous avons fait avec votre accord avant que vous le retiriez reste licite/),
  ).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('nothing is pre-ticked: a consent never asked is off and says it was never given', async () => {
  await openConsentsPage('new')

  expect(consentSwitch(consentNames.groupMarketing)).toBeChecked()
  expect(
    within(consentItem(consentNames.groupMarketing)).getByText(
      'Donné le 26 novembre 2026, lors de votre inscription, sous la version 2026-09 de la politique.',
    ),
  ).toBeVisible()
  for (const name of [consentNames.partnerSharing, consentNames.cookies]) {
    expect(consentSwitch(name)).not.toBeChecked()
    expect(within(consentItem(name)).getByText('Jamais donné.')).toBeVisible()
  }
  await expectNoA11yViolations(document.body)
})

test('withdrawing takes no more steps than giving: one press each, no dialog, no re-authentication', async () => {
  const { user } = await openConsentsPage('new')
  // Twenty minutes after sign-in: past the five-minute window of sensitive actions, still within the session.
  mockClock.advance({ seconds: 20 * 60 })
  const toggle = consentSwitch(consentNames.partnerSharing)

  const { release } = holdConsentUpdates()
  let giveSteps = 0
  await user.click(toggle)
  giveSteps += 1
  // Honest state: the switch moves at once, the words wait for the server (GDPR Art. 7(3)).
  expect(toggle).toBeChecked()
  expect(within(consentItem(consentNames.partnerSharing)).getByText('Enregistrement…')).toBeVisible()
  release()
  expect(
    await within(consentItem(consentNames.partnerSharing)).findByText(
      'Donné le 28 novembre 2026, dans ce centre de confidentialité, sous la version 2026-09 de la politique.',
    ),
  ).toBeVisible()
  expect(serverStatus('new', 'partner-sharing')).toBe('given')

  let withdrawSteps = 0
  await user.click(toggle)
  withdrawSteps += 1
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  expect(toggle).not.toBeChecked()
  expect(
    await within(consentItem(consentNames.partnerSharing)).findByText(
      'Retiré le 28 novembre 2026, dans ce centre de confidentialité, sous la version 2026-09 de la politique.',
    ),
  ).toBeVisible()
  expect(withdrawSteps).toBeLessThanOrEqual(giveSteps)
  expect(
    await screen.findByText(
      'Consentement retiré : Partage avec nos partenaires, sponsors et annonceurs. Ce qui a été fait avant votre retrait reste licite.',
    ),
  ).toHaveAttribute('role', 'status')
  expect(toggle).toHaveFocus()
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(serverStatus('new', 'partner-sharing')).toBe('withdrawn')
  await expectNoA11yViolations(document.body)
})

test('a refused withdrawal rolls the switch back, says the consent is still given, and keeps focus on the switch', async () => {
  server.use(scenarioHandler('serverError', endpoints.consents.update, { once: true }))
  const { user } = await openConsentsPage('typical')
  const toggle = consentSwitch(consentNames.groupMarketing)

  await user.click(toggle)
  const alert = await within(consentItem(consentNames.groupMarketing)).findByRole('alert')
  expect(alert).toHaveTextContent(
    'Votre choix n’a pas pu être enregistré : « Marketing par les autres sociétés du groupe Dialogra » est toujours donné. Réessayez.',
  )
  expect(toggle).toBeChecked()
  expect(toggle).toHaveFocus()
  expect(serverStatus('typical', 'group-marketing')).toBe('given')
  await expectNoA11yViolations(document.body)

  // Trying again works, and the message goes.
  await user.click(toggle)
  await waitFor(() => expect(serverStatus('typical', 'group-marketing')).toBe('withdrawn'))
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  expect(toggle).not.toBeChecked()
})

test('a refused consent rolls back to “not given” with its own message', async () => {
  server.use(scenarioHandler('networkFailure', endpoints.consents.update, { once: true }))
  const { user } = await openConsentsPage('new')
  const toggle = consentSwitch(consentNames.cookies)

  await user.click(toggle)
  expect(await within(consentItem(consentNames.cookies)).findByRole('alert')).toHaveTextContent(
    '« Cookies et technologies similaires soumis à consentement » n’est toujours pas donné',
  )
  expect(toggle).not.toBeChecked()
  expect(within(consentItem(consentNames.cookies)).getByText('Jamais donné.')).toBeVisible()
  expect(serverStatus('new', 'cookies-consent')).toBe('not-given')
})

test('“withdraw all” is one press, with no dialog, and withdraws every consent given', async () => {
  const { user } = await openConsentsPage('typical')
  const userId = userIdOf('typical')
  const before = db.consentEvents.findMany((q) => q.where({ userId })).length

  await user.click(screen.getByRole('button', { name: 'Retirer tous mes consentements' }))

  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  for (const name of Object.values(consentNames)) expect(consentSwitch(name)).not.toBeChecked()
  expect(
    await screen.findByText('Tous vos consentements sont retirés. Ce qui a été fait avant reste licite.'),
  ).toHaveAttribute('role', 'status')
  await waitFor(() =>
    expect(within(consentItem(consentNames.cookies)).getByText(/^Retiré le 28 novembre 2026/)).toBeVisible(),
  )
  expect(serverStatus('typical', 'group-marketing')).toBe('withdrawn')
  expect(serverStatus('typical', 'cookies-consent')).toBe('withdrawn')
  // Two were given, so two withdrawals; the one already withdrawn gets no new event.
  expect(db.consentEvents.findMany((q) => q.where({ userId }))).toHaveLength(before + 2)
  expect(screen.getByText('Aucun consentement n’est donné pour le moment.')).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a refused “withdraw all” puts every switch back and says nothing changed', async () => {
  server.use(scenarioHandler('serverError', endpoints.consents.withdrawAll, { once: true }))
  const { user } = await openConsentsPage('typical')

  await user.click(screen.getByRole('button', { name: 'Retirer tous mes consentements' }))

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Vos consentements n’ont pas pu être retirés : rien n’a changé. Réessayez.',
  )
  expect(consentSwitch(consentNames.groupMarketing)).toBeChecked()
  expect(consentSwitch(consentNames.partnerSharing)).not.toBeChecked()
  expect(consentSwitch(consentNames.cookies)).toBeChecked()
  expect(serverStatus('typical', 'group-marketing')).toBe('given')
})

test('when the consents cannot load, only their panel shows an error with its own retry', async () => {
  server.use(scenarioHandler('serverError', endpoints.consents.list))
  const { user } = await renderApp({ url: '/consents', signedInAs: 'typical' })
  const panel = within(await screen.findByRole('region', { name: 'Vos choix' }))
  expect(await panel.findByRole('heading', { level: 3, name: errorTitle })).toBeVisible()
  // The objection and the ledger still work.
  expect(await screen.findByRole('switch', { name: /Je m’oppose à la prospection commerciale/ })).toBeVisible()
  expect(await screen.findByRole('table', { name: '8 événements' })).toBeVisible()
  await expectNoA11yViolations(document.body)

  server.resetHandlers()
  await user.click(panel.getByRole('button', { name: 'Réessayer' }))
  expect(await screen.findByRole('switch', { name: consentNames.groupMarketing })).toBeVisible()
})

test('the page reads in English, with the operator’s texts in English too', async () => {
  const { user } = await renderApp({ url: '/consents', signedInAs: 'typical', locale: 'en' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Your consents' })).toBeVisible()
  const toggle = await screen.findByRole('switch', { name: 'Marketing by the other Dialogra group companies' })
  expect(
    screen.getByRole('switch', { name: 'I object to direct marketing, including profiling for tailored advertising' }),
  ).not.toBeChecked()
  expect(await screen.findByRole('table', { name: '8 events' })).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(toggle)
  expect(
    await screen.findByText(
      'Consent withdrawn: Marketing by the other Dialogra group companies. What was done before you withdrew it remains lawful.',
    ),
  ).toHaveAttribute('role', 'status')
  expect(await screen.findByText(/^Withdrawn on November 28, 2026, in this privacy centre/)).toBeVisible()
})
