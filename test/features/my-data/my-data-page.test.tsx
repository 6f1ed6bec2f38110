import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

const categoryNames = [
  'Informations sur le compte',
  'Données de l’utilisateur',
  'Données relatives au service client',
  'Données de transaction',
  'Adresses IP et données de connexion',
  'Cookies et identifiants similaires',
  'Réactions aux publicités et campagnes',
  'Données reçues de tiers',
]

test('My data lists every category with its count, and folds "why we hold this" into each card', async () => {
  const { user, container } = await renderApp({ url: '/my-data', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Mes données' })
  for (const name of categoryNames) {
    expect(await screen.findByRole('link', { name })).toBeInTheDocument()
  }
  const transactions = screen.getByRole('article', { name: 'Données de transaction' })
  expect(within(transactions).getByText('420 éléments')).toBeInTheDocument()
  await user.click(within(transactions).getByText('Pourquoi nous conservons ces données'))
  expect(
    within(transactions).getByText('Conservé 10 ans à compter de son enregistrement, puis supprimé.'),
  ).toBeVisible()
  expect(screen.getByRole('link', { name: 'Tout afficher sur une seule page' })).toHaveAttribute('href', '/my-data/all')
  await expectNoA11yViolations(container)
})

test('"show everything" puts every layer of every category on one printable page', async () => {
  const { container } = await renderApp({ url: '/my-data/all', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Toutes mes données, sur une seule page' })
  for (const name of categoryNames) {
    const section = await screen.findByRole('region', { name })
    expect(within(section).getByText('Ce que contient cette catégorie')).toBeVisible()
    expect(within(section).getByText('Finalités et bases légales')).toBeVisible()
    expect(within(section).getByText('Transferts hors de l’Espace économique européen')).toBeVisible()
    expect(within(section).getByText('Combien de temps nous les gardons')).toBeVisible()
  }
  expect(
    screen.getByText(/Mot de passe modifié le : Votre mot de passe lui-même n’est jamais affiché/),
  ).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Imprimer cette page' })).toBeInTheDocument()
  await expectNoA11yViolations(container)
})

test('the new account’s My data reads well with almost nothing held', async () => {
  const { container } = await renderApp({ url: '/my-data', signedInAs: 'new' })
  const card = await screen.findByRole('article', { name: 'Données relatives au service client' })
  expect(within(card).getByText('0 élément')).toBeInTheDocument()
  expect(within(card).getByText('Aucun')).toBeInTheDocument()
  await expectNoA11yViolations(container)
})

test('when the summary fails, My data says so and offers to retry', async () => {
  server.use(scenarioHandler('serverError', endpoints.profile.summary))
  const { container } = await renderApp({ url: '/my-data', signedInAs: 'typical' })
  expect(await screen.findByRole('heading', { name: 'Désolé, le service rencontre un problème' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument()
  await expectNoA11yViolations(container)
})
