import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { applyRectification } from '#src/mocks/effects/rectification'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

test('opening a transaction shows every field, until when it is kept and under which rule, and how to act on it', async () => {
  const { user, router, container } = await renderApp({ url: '/my-data/transactions', signedInAs: 'typical' })
  const table = await screen.findByRole('table', { name: /^Données de transaction/ })
  const [first] = within(table).getAllByRole('link')
  if (!first) throw new Error('no record link')
  await user.click(first)
  const heading = await screen.findByRole(
    'heading',
    { level: 1, name: /^(Achat|Abonnement|Remboursement) du / },
    { timeout: 5000 },
  )
  await waitFor(() => expect(heading).toHaveFocus())
  for (const label of ['Type', 'Article', 'Montant', 'Moyen de paiement', 'Référence d’achat', 'Date et heure']) {
    expect(screen.getByText(label, { selector: 'dt' })).toBeInTheDocument()
  }
  expect(screen.getByText(/^Conservé jusqu’au \d{1,2} \S+ 203\d$/)).toBeInTheDocument()
  expect(
    screen.getByText('Règle appliquée : Conservé 10 ans à compter de son enregistrement, puis supprimé.'),
  ).toBeInTheDocument()
  const recordId = router.state.location.pathname.split('/').at(-1) ?? ''
  expect(screen.getByRole('link', { name: 'Demander la correction de cet élément' })).toHaveAttribute(
    'href',
    `/requests/new/rectification?categoryId=transactions&recordId=${recordId}`,
  )
  expect(screen.getByRole('link', { name: 'Demander l’effacement de cet élément' })).toHaveAttribute(
    'href',
    `/requests/new/erasure?categoryId=transactions&recordId=${recordId}`,
  )
  expect(screen.getByRole('link', { name: 'M’opposer à la finalité « Droits en justice »' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Déposer une plainte auprès de la CNIL (site de la CNIL)' })).toHaveAttribute(
    'href',
    'https://www.cnil.fr/fr/plaintes',
  )
  const complaint = screen.getByRole('region', { name: 'Une question, un désaccord ?' })
  expect(within(complaint).getByRole('link', { name: 'privacy@dialogra.example' })).toBeInTheDocument()
  await expectNoA11yViolations(container)
})

test('a voice recording can be played until it is deleted one month after it was made, then it is gone', async () => {
  const { user, container, router, unmount } = await renderApp({
    url: '/my-data/customer-service?q=enregistrement%20vocal',
    signedInAs: 'typical',
  })
  const table = await screen.findByRole('table', { name: /^Données relatives au service client/ })
  const [newest] = within(table).getAllByRole('link')
  if (!newest) throw new Error('no recording')
  await user.click(newest)
  await screen.findByRole('heading', { level: 1, name: /^Enregistrement vocal du / }, { timeout: 5000 })
  expect(
    screen.getByText(/^Vous pouvez l’écouter jusqu’au \d{1,2} (novembre|décembre) 2026 ; il sera ensuite supprimé\.$/),
  ).toBeInTheDocument()
  const player = screen.getByLabelText('Écouter l’enregistrement', { selector: 'audio' })
  expect(player).toHaveAttribute('src', expect.stringMatching(/\/me\/data\/customer-service\/records\/[^/]+\/audio$/))
  await expectNoA11yViolations(container)
  const recordUrl = router.state.location.pathname
  unmount()

  mockClock.advance({ months: 1, days: 1 })
  await renderApp({ url: recordUrl, signedInAs: 'typical' })
  expect(await screen.findByRole('heading', { name: 'Cet élément n’est plus disponible' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Retour à « Données relatives au service client »' })).toHaveAttribute(
    'href',
    '/my-data/customer-service',
  )
})

test('the account record never shows the password, only when it last changed, and shows a completed correction', async () => {
  const user = db.users.findFirst((q) => q.where({ email: demoAccount('typical').email }))
  await applyRectification(user?.id ?? '', 'account', 'account', 'name', 'Zyx Qwertyson-Corrigé')
  const { container } = await renderApp({ url: '/my-data/account/account', signedInAs: 'typical' })
  expect(await screen.findByText('Zyx Qwertyson-Corrigé')).toBeInTheDocument()
  expect(screen.getByText(/^Corrigé le /)).toBeInTheDocument()
  expect(screen.getByText('Mot de passe modifié le', { selector: 'dt' })).toBeInTheDocument()
  expect(container).not.toHaveTextContent(demoAccount('typical').password)
  expect(screen.getByText('Conservé jusqu’à la suppression de votre compte')).toBeInTheDocument()
})
