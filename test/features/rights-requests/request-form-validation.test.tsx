import { onlineManager } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, expect, onTestFinished, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { validationProblem } from '#src/mocks/server/responses'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { clearDrafts, checkTitle, requestsOf } from './rights-request-helpers'

// Drafts live in memory for the whole tab, like the app's; each test starts with none.
afterEach(clearDrafts)

const createUrl = apiUrl(endpoints.rightsRequests.create.path)

async function submitEmpty(kind: string, title: string) {
  const { user } = await renderApp({ url: `/requests/new/${kind}`, signedInAs: 'new' })
  await screen.findByRole('heading', { level: 1, name: title })
  await user.click(await screen.findByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { name: 'Il y a un problème' })
  return user
}

test('an empty access request: the summary takes focus and its link reaches the question', async () => {
  const user = await submitEmpty('access', 'Accéder à mes données')
  const summary = within(screen.getByRole('alert'))
  expect(document.title).toBe('Erreur\u00a0: Accéder à mes données – Centre de confidentialité')
  await user.tab()
  const link = summary.getByRole('link', { name: 'Choisissez les données concernées' })
  expect(link).toHaveFocus()
  const group = screen.getByRole('group', { name: /Quelles données voulez-vous recevoir/ })
  expect(group).toHaveAccessibleDescription('Erreur\u00a0: Choisissez les données concernées')
  await user.click(link)
  expect(screen.getByRole('radio', { name: 'Toutes mes données' })).toHaveFocus()
  await expectNoA11yViolations(document.body)
})

test('choosing "some categories" without ticking one says to tick at least one', async () => {
  const { user } = await renderApp({ url: '/requests/new/erasure', signedInAs: 'new' })
  await user.click(await screen.findByRole('radio', { name: 'Certaines catégories de données seulement' }))
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  const summary = within(await screen.findByRole('alert'))
  await user.click(summary.getByRole('link', { name: 'Cochez au moins une catégorie' }))
  expect(screen.getByRole('checkbox', { name: 'Informations sur le compte' })).toHaveFocus()
  await expectNoA11yViolations(document.body)
})

test('an empty restriction names both missing answers', async () => {
  await submitEmpty('restriction', 'Limiter l’utilisation de mes données')
  const summary = within(screen.getByRole('alert'))
  expect(summary.getByRole('link', { name: 'Choisissez le motif de votre demande' })).toBeVisible()
  expect(summary.getByRole('link', { name: 'Choisissez les données concernées' })).toBeVisible()
})

test('an empty objection asks for the use, then for the grounds once a legitimate-interest use is chosen', async () => {
  const user = await submitEmpty('objection', 'M’opposer à une utilisation de mes données')
  const summary = within(screen.getByRole('alert'))
  expect(summary.getByRole('link', { name: 'Choisissez l’utilisation à laquelle vous vous opposez' })).toBeVisible()
  await user.click(screen.getByRole('radio', { name: 'Analyses et statistiques' }))
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  const again = within(await screen.findByRole('alert'))
  await user.click(
    await again.findByRole('link', { name: 'Expliquez ce qui, dans votre situation, justifie votre opposition' }),
  )
  expect(screen.getByRole('textbox', { name: /justifie votre opposition/ })).toHaveFocus()
  await expectNoA11yViolations(document.body)
})

test('an empty rectification asks for the item and the correct value', async () => {
  await submitEmpty('rectification', 'Faire corriger mes données')
  const summary = within(screen.getByRole('alert'))
  expect(summary.getByRole('link', { name: 'Choisissez l’information à corriger' })).toBeVisible()
  expect(summary.getByRole('link', { name: 'Saisissez la bonne valeur' })).toBeVisible()
  expect(screen.getByRole('textbox', { name: /Quelle est la bonne valeur/ })).toHaveAttribute('aria-invalid', 'true')
})

test('a 422 from the server is shown on the check page in the contract’s words, with a way back to the answers, which are kept', async () => {
  server.use(
    http.post(createUrl, () => validationProblem({ grounds: ['validation.rightsRequest.grounds.required'] }), {
      once: true,
    }),
  )
  const { user } = await renderApp({ url: '/requests/new/objection', signedInAs: 'new' })
  await user.click(await screen.findByRole('radio', { name: 'Analyses et statistiques' }))
  await user.type(screen.getByRole('textbox', { name: /justifie votre opposition/ }), 'Ma situation particulière.')
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }))

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Expliquez ce qui, dans votre situation, justifie votre opposition')
  await expectNoA11yViolations(document.body)
  await user.click(screen.getByRole('link', { name: 'Modifier vos réponses' }))
  expect(await screen.findByRole('textbox', { name: /justifie votre opposition/ })).toHaveValue(
    'Ma situation particulière.',
  )
  expect(screen.getByRole('radio', { name: 'Analyses et statistiques' })).toBeChecked()
  expect(requestsOf('new')).toHaveLength(0)
})

test('a server error says the request was not sent, keeps the answers, and trying again files it once', async () => {
  server.use(scenarioHandler('serverError', endpoints.rightsRequests.create, { once: true }))
  const { user } = await renderApp({ url: '/requests/new/restriction', signedInAs: 'new' })
  await user.click(await screen.findByRole('radio', { name: 'J’en ai besoin pour une action en justice' }))
  await user.click(screen.getByRole('radio', { name: 'Toutes mes données' }))
  await user.type(screen.getByRole('textbox', { name: /Précisions/ }), 'Litige commercial en cours 👩‍⚖️ مرحبا')
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }))

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Votre demande n’a pas été envoyée, car le service rencontre un problème. Vos réponses sont conservées.',
  )
  expect(screen.getByText('Litige commercial en cours 👩‍⚖️ مرحبا')).toBeVisible()
  const button = screen.getByRole('button', { name: 'Envoyer la demande' })
  expect(button).not.toHaveAttribute('aria-disabled')
  await user.click(button)
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  // The server's view: the failed attempt stored nothing, the retry filed exactly one request.
  expect(requestsOf('new')).toHaveLength(1)
})

test('offline, the request is not sent and the page says so; back online, it is sent once', async () => {
  onTestFinished(() => {
    onlineManager.setOnline(true)
  })
  const { user } = await renderApp({ url: '/requests/new/portability', signedInAs: 'new' })
  await user.click(await screen.findByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  act(() => {
    onlineManager.setOnline(false)
  })
  await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Votre demande n’a pas été envoyée, car vous êtes hors ligne. Vos réponses sont conservées.',
  )
  // No silent queue for a request with legal weight: the server's view stays empty.
  expect(requestsOf('new')).toHaveLength(0)

  act(() => {
    onlineManager.setOnline(true)
  })
  await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  expect(requestsOf('new')).toHaveLength(1)
})
