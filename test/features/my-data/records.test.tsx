import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

const transactionsTable = /^Données de transaction, du plus/

async function openTransactions(url = '/my-data/transactions', signedInAs: 'typical' | 'large' | 'new' = 'typical') {
  const view = await renderApp({ url, signedInAs })
  // The large account's history is generated on first use: allow for it.
  await screen.findByRole('heading', { level: 1, name: 'Données de transaction' }, { timeout: 5000 })
  return view
}

function dataRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader') !== null)
}

test('filtering by dates and text is done by the server, kept in the URL, and sorting flips the order', async () => {
  const { user, router, container } = await openTransactions()
  expect(await screen.findByText('420 éléments détenus.')).toBeInTheDocument()

  await user.type(screen.getByLabelText(/^Du/), '2025-03-01')
  await user.type(screen.getByLabelText(/^Au/), '2025-03-31')
  await user.click(screen.getByRole('button', { name: 'Filtrer' }))
  await waitFor(() => expect(router.state.location.search).toBe('?from=2025-03-01&to=2025-03-31'))
  expect(await screen.findByText(/^\d+ éléments? correspond/)).toBeInTheDocument()
  const table = screen.getByRole('table', { name: transactionsTable })
  const dates = dataRows(table).map((row) => within(row).getByRole('link').textContent)
  expect(dates.length).toBeGreaterThan(0)
  expect(dates.every((date) => date.includes('mars 2025'))).toBe(true)

  await user.type(screen.getByRole('searchbox', { name: /Rechercher/ }), 'zzz-nothing-like-this')
  await user.click(screen.getByRole('button', { name: 'Filtrer' }))
  expect(await screen.findByRole('heading', { name: 'Aucun élément ne correspond à vos filtres' })).toBeInTheDocument()
  await expectNoA11yViolations(container)

  await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }))
  await waitFor(() => expect(router.state.location.search).toBe(''))
  const all = await screen.findByRole('table', { name: 'Données de transaction, du plus récent au plus ancien' })
  const header = within(all).getByRole('columnheader', { name: /Date/ })
  expect(header).toHaveAttribute('aria-sort', 'descending')
  await user.click(within(header).getByRole('button'))
  await waitFor(() => expect(router.state.location.search).toBe('?sort=oldest'))
  const oldestFirst = await screen.findByRole('table', {
    name: 'Données de transaction, du plus ancien au plus récent',
  })
  expect(within(oldestFirst).getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending')
  expect(within(dataRows(oldestFirst)[0] ?? oldestFirst).getByRole('link')).toHaveTextContent(/2023/)
})

test('an end date before the start date is caught in the form, with the error summary', async () => {
  const { user } = await openTransactions()
  await screen.findByRole('table', { name: transactionsTable })
  await user.type(screen.getByLabelText(/^Du/), '2025-04-01')
  await user.type(screen.getByLabelText(/^Au/), '2025-03-01')
  await user.click(screen.getByRole('button', { name: 'Filtrer' }))
  const summary = await screen.findByRole('alert')
  expect(
    within(summary).getByRole('link', { name: 'La date de fin doit être identique ou postérieure à la date de début' }),
  ).toBeInTheDocument()
  expect(screen.getByLabelText(/^Au/)).toHaveValue('2025-03-01')
})

test('a hand-edited URL with reversed dates gets the server’s validation error next to the field', async () => {
  const { container } = await openTransactions('/my-data/transactions?from=2025-04-01&to=2025-03-01')
  const field = await screen.findByLabelText(/^Au/)
  await waitFor(() =>
    expect(field).toHaveAccessibleDescription(/La date de fin doit être identique ou postérieure à la date de début/),
  )
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(screen.queryByRole('table', { name: transactionsTable })).not.toBeInTheDocument()
  await expectNoA11yViolations(container)
})

test('submitting the empty filter form shows everything held', async () => {
  const { user, router } = await openTransactions('/my-data/transactions?q=remboursement')
  expect(await screen.findByText(/^\d+ éléments correspondent à vos filtres\.$/)).toBeInTheDocument()
  await user.clear(screen.getByRole('searchbox', { name: /Rechercher/ }))
  await user.click(screen.getByRole('button', { name: 'Filtrer' }))
  await waitFor(() => expect(router.state.location.search).toBe(''))
  expect(await screen.findByText('420 éléments détenus.')).toBeInTheDocument()
})

test('when the list fails, the page says so and Retry brings the rows', async () => {
  server.use(scenarioHandler('serverError', endpoints.profile.records))
  const { user, container } = await openTransactions()
  expect(await screen.findByRole('heading', { name: 'Désolé, le service rencontre un problème' })).toBeInTheDocument()
  await expectNoA11yViolations(container)
  server.resetHandlers()
  await user.click(screen.getByRole('button', { name: 'Réessayer' }))
  expect(await screen.findByRole('table', { name: transactionsTable })).toBeInTheDocument()
})

test('a list that breaks the contract is not shown', async () => {
  server.use(
    http.get(apiUrl(endpoints.profile.records.path), () =>
      HttpResponse.json({ items: [{ id: 'x', amount: 'lots' }], nextCursor: null, total: -1 }),
    ),
  )
  const { container } = await openTransactions()
  expect(
    await screen.findByRole('heading', { name: 'Désolé, nous ne pouvons pas afficher ces informations' }),
  ).toBeInTheDocument()
  expect(screen.queryByRole('table', { name: transactionsTable })).not.toBeInTheDocument()
  await expectNoA11yViolations(container)
})

test('the large account’s 100,000-odd transactions load a page at a time and only the visible rows are drawn', async () => {
  let requests = 0
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/me/data/transactions/records')) requests += 1
  })
  const { container } = await openTransactions('/my-data/transactions', 'large')
  expect(await screen.findByText(/^10\d\s\d{3} éléments détenus\.$/, {}, { timeout: 5000 })).toBeInTheDocument()
  const table = screen.getByRole('table', { name: transactionsTable })
  expect(Number(table.getAttribute('aria-rowcount'))).toBeGreaterThan(100_000)
  expect(dataRows(table).length).toBeLessThan(60)
  expect(requests).toBe(1)
  await expectNoA11yViolations(container)
})

test('the new account’s empty categories say so plainly', async () => {
  const { container } = await renderApp({ url: '/my-data/customer-service', signedInAs: 'new' })
  expect(
    await screen.findByRole('heading', { name: 'Nous ne détenons aucune donnée de cette catégorie à votre sujet' }),
  ).toBeInTheDocument()
  expect(screen.getByText('0 élément détenu.')).toBeInTheDocument()
  await expectNoA11yViolations(container)
})
