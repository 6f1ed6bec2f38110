import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

test('the overview shows each category with its count, the next deletions and the retention timeline with its table', async () => {
  const { container } = await renderApp({ url: '/', signedInAs: 'typical' })
  const section = await screen.findByRole('region', { name: 'Vos données en un coup d’œil' })
  expect(await within(section).findByRole('link', { name: 'Données de transaction' })).toHaveAttribute(
    'href',
    '/my-data/transactions',
  )
  const next = within(section).getByRole('heading', { name: 'Prochaines suppressions' })
  expect(next).toBeInTheDocument()
  // Voice recordings go one month after they were made: the earliest is in under a month.
  expect(within(section).getByText(/Données relatives au service client, 1 élément/)).toBeInTheDocument()
  expect(within(section).getByRole('img', { name: /Frise de conservation/ })).toBeInTheDocument()
  const table = within(section).getByRole('table', { name: 'Conservation de vos données par catégorie' })
  const transactions = within(table).getByRole('row', { name: /^Données de transaction / })
  expect(transactions).toHaveTextContent('Conservé 10 ans à compter de son enregistrement, puis supprimé.')
  const cookies = within(table).getByRole('row', { name: /^Cookies et identifiants similaires / })
  expect(cookies).toHaveTextContent('Pas de date')
  await expectNoA11yViolations(container)
})
