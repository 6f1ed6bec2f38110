import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { db } from '#src/mocks/server/db'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { consentItem, consentNames, consentSwitch, ledgerRows, openConsentsPage, userIdOf } from './support'

function rowTexts(): string[][] {
  return ledgerRows().map((row) =>
    within(row)
      .getAllByRole('cell')
      .slice(0, 4)
      .map((cell) => cell.textContent),
  )
}

test('the ledger lists every change just made, newest first, with where, the policy version and the exact words', async () => {
  const { user } = await openConsentsPage('new')
  expect(await screen.findByRole('table', { name: '1 événement' })).toBeVisible()

  await user.click(consentSwitch(consentNames.partnerSharing))
  await within(consentItem(consentNames.partnerSharing)).findByText(/^Donné le 28 novembre 2026/)
  await user.click(consentSwitch(consentNames.cookies))
  await within(consentItem(consentNames.cookies)).findByText(/^Donné le 28 novembre 2026/)
  await user.click(consentSwitch(consentNames.groupMarketing))
  await within(consentItem(consentNames.groupMarketing)).findByText(/^Retiré le 28 novembre 2026/)

  expect(await screen.findByRole('table', { name: '4 événements' })).toBeVisible()
  expect(rowTexts()).toEqual([
    [consentNames.groupMarketing, 'Retiré', 'Centre de confidentialité', '2026-09'],
    [consentNames.cookies, 'Donné', 'Centre de confidentialité', '2026-09'],
    [consentNames.partnerSharing, 'Donné', 'Centre de confidentialité', '2026-09'],
    [consentNames.groupMarketing, 'Donné', 'Inscription', '2026-09'],
  ])
  const dates = ledgerRows().map((row) => within(row).getByRole('rowheader').textContent)
  expect(dates.slice(0, 3)).toEqual(Array.from({ length: 3 }, () => '28 novembre 2026 à 09:00'))

  // The exact words shown when each choice was made.
  const newest = within(ledgerRows()[0] ?? document.body)
  await user.click(newest.getByText('Lire le texte'))
  expect(
    newest.getByText(
      'J’accepte que Dialogra transmette mon nom, mon adresse e-mail et mes achats aux autres sociétés du groupe Dialogra pour qu’elles me présentent leurs offres. Je peux retirer ce consentement à tout moment.',
    ),
  ).toBeVisible()
  expect(
    newest.getByRole('link', { name: /^Reçu\s: Retiré, Marketing par les autres sociétés du groupe Dialogra/ }),
  ).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('the ledger filters by consent, and the filter is in the URL', async () => {
  const { user, router } = await openConsentsPage('typical')
  expect(await screen.findByRole('table', { name: '8 événements' })).toBeVisible()

  await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher les événements de' }), consentNames.cookies)

  expect(await screen.findByRole('table', { name: '4 événements' })).toBeVisible()
  expect(router.state.location.search).toBe('?purpose=cookies-consent')
  expect(rowTexts().map(([purpose]) => purpose)).toEqual(Array.from({ length: 4 }, () => consentNames.cookies))
  // Across years and policy versions: the banner's yearly renewals and the first answer at sign-up.
  expect(rowTexts().map((row) => row[3])).toEqual(['2026-09', '2024-03', '2024-03', '2021-06'])
  expect(rowTexts().map((row) => row[2])).toEqual(Array.from({ length: 4 }, () => 'Bandeau cookies'))
  await expectNoA11yViolations(document.body)

  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Afficher les événements de' }),
    'Tous les consentements',
  )
  expect(await screen.findByRole('table', { name: '8 événements' })).toBeVisible()
  expect(router.state.location.search).toBe('')
})

test('a filtered link opens the ledger filtered', async () => {
  await openConsentsPage('typical', '/consents?purpose=partner-sharing')
  expect(await screen.findByRole('table', { name: '2 événements' })).toBeVisible()
  expect(screen.getByRole('combobox', { name: 'Afficher les événements de' })).toHaveDisplayValue(
    consentNames.partnerSharing,
  )
})

test('an unknown filter in the URL shows the whole ledger', async () => {
  await openConsentsPage('typical', '/consents?purpose=weather')
  expect(await screen.findByRole('table', { name: '8 événements' })).toBeVisible()
})

test('the large account’s ledger holds years of events under every policy version', async () => {
  await openConsentsPage('large')
  const table = await screen.findByRole('table', { name: /événements$/ })
  const count = ledgerRows().length
  expect(count).toBeGreaterThan(100)
  expect(table).toHaveAccessibleName(`${String(count)} événements`.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f'))
  const versions = new Set(ledgerRows().map((row) => within(row).getAllByRole('cell')[3]?.textContent))
  expect([...versions].sort()).toEqual(['2016-10', '2018-05', '2021-06', '2024-03', '2026-09'])
})

test('with no event at all, the ledger says so', async () => {
  const userId = userIdOf('new')
  db.consentEvents.deleteMany((q) => q.where({ userId }))
  await openConsentsPage('new')
  expect(await screen.findByRole('heading', { level: 3, name: 'Aucun choix enregistré' })).toBeVisible()
  expect(screen.getByText('Vous n’avez encore donné ni retiré aucun consentement.')).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('when the ledger cannot load, it shows its own error and retry while the consents still work', async () => {
  server.use(scenarioHandler('serverError', endpoints.consents.events))
  const { user } = await renderApp({ url: '/consents', signedInAs: 'typical' })
  const ledger = within(await screen.findByRole('region', { name: 'Historique de vos consentements' }))
  expect(
    await ledger.findByRole('heading', { level: 3, name: 'Désolé, le service rencontre un problème' }),
  ).toBeVisible()
  expect(await screen.findByRole('switch', { name: consentNames.groupMarketing })).toBeVisible()
  await expectNoA11yViolations(document.body)

  server.resetHandlers()
  await user.click(ledger.getByRole('button', { name: 'Réessayer' }))
  await waitFor(() => expect(ledgerRows()).toHaveLength(8))
})
