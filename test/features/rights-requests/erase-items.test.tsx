import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import type { DataCategoryId } from '#src/contract/register'
import { queryRecords } from '#src/mocks/my-data/records-query'
import { server } from '#src/mocks/node'
import { mockClock } from '#src/mocks/server/clock'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { findUserByEmail } from '#src/mocks/session/users'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount, type Person } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

import { checkTitle, clearDrafts, requestsOf } from './rights-request-helpers'

// Drafts live in memory for the whole tab, like the app's; each test starts with none.
afterEach(clearDrafts)

const itemsChoice = 'Seulement les éléments choisis dans Mes données'
const submitName = 'Demander l’effacement de mes données'
const transactionLabel = /^Données de transaction\s: (Achat|Abonnement|Remboursement) du \d{1,2} \S+ 20\d\d$/u
const cookieLabel = /^Cookies et technologies similaires\s: Cookie du \d{1,2} \S+ 20\d\d$/u

function newestRecordId(person: Person, categoryId: DataCategoryId): string {
  const user = findUserByEmail(demoAccount(person).email)
  if (!user) throw new Error(`No user for ${person}`)
  const [record] = queryRecords(user, categoryId, { offset: 0, limit: 1, sort: 'newest' }).items
  if (!record) throw new Error(`No ${categoryId} record for ${person}`)
  return record.id
}

function itemErasureUrl(categoryId: DataCategoryId, recordId: string): string {
  return `/requests/new/erasure?categoryId=${categoryId}&recordId=${recordId}`
}

test('from a transaction in My data, “ask to erase this item” files an erasure of that item, which is kept for the law, said before and after', async () => {
  const { user } = await renderApp({ url: '/my-data/transactions', signedInAs: 'typical' })
  const table = await screen.findByRole('table', { name: /^Données de transaction/ })
  const [first] = within(table).getAllByRole('link')
  if (!first) throw new Error('no record link')
  await user.click(first)
  await user.click(await screen.findByRole('link', { name: 'Demander l’effacement de cet élément' }, { timeout: 5000 }))

  // The flow starts with that item, named by its kind and date; the other answers stay open.
  expect(await screen.findByRole('radio', { name: itemsChoice })).toBeChecked()
  const items = screen.getByRole('group', { name: 'Éléments à effacer' })
  expect(await within(items).findByText(transactionLabel, { selector: 'li > span' })).toBeVisible()
  expect(screen.getByRole('radio', { name: 'Certaines catégories de données seulement' })).not.toBeChecked()
  await expectNoA11yViolations(document.body)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))

  await screen.findByRole('heading', { level: 1, name: checkTitle })
  expect(await screen.findAllByText(transactionLabel, { selector: 'li > span' })).not.toHaveLength(0)
  const preview = within(await screen.findByRole('region', { name: 'Ce qui se passera' }))
  expect(await preview.findByRole('heading', { name: transactionLabel })).toBeVisible()
  expect(preview.getByText('Rien : toutes les données choisies doivent être conservées.')).toBeVisible()
  expect(preview.getByText('Pourquoi : une obligation légale.')).toBeVisible()
  expect(preview.getByText(/^Effacées au plus tard le \d{1,2} \p{L}+ 203\d\.$/u)).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  expect(screen.getByText('Éléments concernés', { selector: 'dt' })).toBeVisible()
  expect(screen.getByText(transactionLabel, { selector: 'li' })).toBeVisible()
  const filed = requestsOf('typical').at(-1)
  expect(filed?.body).toMatchObject({ kind: 'erasure', scope: 'items', items: [{ categoryId: 'transactions' }] })
})

test('removing the only item says so and keeps focus; continuing with none asks for an item, categories or the account', async () => {
  const { user } = await renderApp({
    url: itemErasureUrl('cookies', newestRecordId('typical', 'cookies')),
    signedInAs: 'typical',
  })
  const items = await screen.findByRole('group', { name: 'Éléments à effacer' })
  await within(items).findByText(cookieLabel, { selector: 'li > span' })
  await user.click(within(items).getByRole('button', { name: /^Retirer Cookies et technologies similaires/ }))
  const none = within(items).getByText('Aucun élément choisi.')
  await waitFor(() => expect(none).toHaveFocus())
  expect(
    screen.getByText(/^Élément retiré : Cookies et technologies similaires/, { selector: '[role="status"]' }),
  ).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  const summary = within(await screen.findByRole('alert'))
  await user.tab()
  const link = summary.getByRole('link', {
    name: 'Choisissez au moins un élément, ou effacez des catégories ou tout le compte',
  })
  expect(link).toHaveFocus()
  expect(screen.getByRole('group', { name: 'Éléments à effacer' })).toHaveAccessibleDescription(
    /Erreur\u00a0: Choisissez au moins un élément/,
  )
  await user.click(link)
  expect(within(items).getByText('Aucun élément choisi.')).toHaveFocus()
  await expectNoA11yViolations(document.body)

  // Widening to categories is still possible.
  await user.click(screen.getByRole('radio', { name: 'Certaines catégories de données seulement' }))
  await user.click(screen.getByRole('checkbox', { name: 'Cookies et technologies similaires' }))
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  expect(await screen.findByRole('heading', { level: 1, name: checkTitle })).toBeVisible()
})

test('someone else’s record in the link is “not found”, and filing it is refused on the item without revealing it', async () => {
  const { user } = await renderApp({
    url: itemErasureUrl('transactions', newestRecordId('typical', 'transactions')),
    signedInAs: 'new',
  })
  const items = await screen.findByRole('group', { name: 'Éléments à effacer' })
  expect(
    await within(items).findByText(/^Données de transaction\s: élément introuvable$/u, { selector: 'li > span' }),
  ).toBeVisible()
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  await user.click(screen.getByRole('button', { name: submitName }))

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Un des éléments choisis ne fait pas partie de vos données : retirez-le')
  expect(requestsOf('new')).toHaveLength(0)
  await user.click(screen.getByRole('link', { name: 'Modifier vos réponses' }))
  expect(await screen.findByRole('radio', { name: itemsChoice })).toBeChecked()
  expect(await screen.findByText(/élément introuvable/, { selector: 'li > span' })).toBeVisible()
})

test('a server error keeps the item, trying again files one request, and its answer lists the item erased', async () => {
  server.use(scenarioHandler('serverError', endpoints.rightsRequests.create, { once: true }))
  const { user, unmount } = await renderApp({
    url: itemErasureUrl('cookies', newestRecordId('typical', 'cookies')),
    signedInAs: 'typical',
  })
  await screen.findByText(cookieLabel, { selector: 'li > span' })
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Votre demande n’a pas été envoyée')
  expect(screen.getAllByText(cookieLabel, { selector: 'li > span' })).not.toHaveLength(0)

  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  expect(requestsOf('typical').filter((request) => request.body.kind === 'erasure')).toHaveLength(2)
  const requestId = requestsOf('typical').at(-1)?.id ?? ''
  unmount()

  // Two weeks later the team has answered: the statement names the record erased.
  mockClock.advance({ days: 15 })
  await renderApp({ url: `/requests/${requestId}`, signedInAs: 'typical' })
  expect(await screen.findByRole('heading', { name: 'Ce qui a été effacé' })).toBeVisible()
  // Named in the summary ("Éléments concernés") and in the statement of what was erased.
  expect(screen.getAllByText(cookieLabel, { selector: 'li' })).toHaveLength(2)
  expect(screen.getByText('Éléments concernés', { selector: 'dt' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})
