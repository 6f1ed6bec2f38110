import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { expireCurrentSession } from '#src/mocks/session/test-controls'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

import { clearDrafts, checkTitle, openFlow, requestsOf } from './rights-request-helpers'

// Drafts live in memory for the whole tab, like the app's; each test starts with none.
afterEach(clearDrafts)

const grounds = 'Je suis journaliste et mes habitudes de lecture révèlent mes sources.'

test('“change” links go back to the question with every answer kept, and leaving the flow keeps the draft too', async () => {
  const { user } = await renderApp({ url: '/requests/new/objection', signedInAs: 'new' })
  await user.click(await screen.findByRole('radio', { name: 'Analyses et statistiques' }))
  await user.type(screen.getByRole('textbox', { name: /justifie votre opposition/ }), grounds)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })

  await user.click(screen.getByRole('link', { name: 'Modifier votre situation' }))
  expect(await screen.findByRole('textbox', { name: /justifie votre opposition/ })).toHaveValue(grounds)
  expect(screen.getByRole('radio', { name: 'Analyses et statistiques' })).toBeChecked()

  // Away to the overview and back: the answers are still there (in memory, not in web storage).
  await user.click(screen.getByRole('link', { name: 'Aperçu' }))
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  await user.click(await screen.findByRole('link', { name: 'Faire une demande' }))
  await user.click(await screen.findByRole('link', { name: 'M’opposer à une utilisation de mes données' }))
  expect(await screen.findByRole('textbox', { name: /justifie votre opposition/ })).toHaveValue(grounds)
})

test('when the session expires on the check page, signing in again in place files the request once, as answered', async () => {
  const keys: string[] = []
  server.use(
    http.post(apiUrl(endpoints.rightsRequests.create.path), ({ request }) => {
      keys.push(request.headers.get(headers.idempotencyKey) ?? '')
      return undefined
    }),
  )
  const { user } = await renderApp({ url: '/requests/new/objection', signedInAs: 'new' })
  await user.click(await screen.findByRole('radio', { name: 'Analyses et statistiques' }))
  await user.type(screen.getByRole('textbox', { name: /justifie votre opposition/ }), grounds)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  await expireCurrentSession()

  await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }))
  const dialog = await screen.findByRole('dialog', { name: 'Vous avez été déconnecté' })
  // The answers are still on the page, under the dialog.
  expect(screen.getByText(grounds)).toBeInTheDocument()
  await user.type(within(dialog).getByLabelText('Mot de passe'), demoAccount('new').password)
  await user.click(within(dialog).getByRole('button', { name: 'Se connecter' }))

  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  // The server's view: one request, with the grounds as typed, sent with one key before and after sign-in.
  const filed = requestsOf('new')
  expect(filed).toHaveLength(1)
  expect(filed[0]?.body).toEqual({ kind: 'objection', purposeId: 'analytics', grounds })
  expect(new Set(keys).size).toBe(1)
})

test('after filing, the same right starts again with empty answers', async () => {
  const { user } = await renderApp({ url: '/requests/new/access', signedInAs: 'new' })
  await user.click(await screen.findByRole('radio', { name: 'Toutes mes données' }))
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await user.click(await screen.findByRole('button', { name: 'Envoyer la demande' }))
  await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })

  await user.click(screen.getByRole('link', { name: 'Voir toutes mes demandes' }))
  await screen.findByRole('heading', { level: 1, name: 'Mes demandes' })
  await user.click(await screen.findByRole('link', { name: 'Faire une demande' }))
  await openFlow(user, 'Accéder à mes données')
  expect(screen.getByRole('radio', { name: 'Toutes mes données' })).not.toBeChecked()
})

test('signing out forgets the draft: the same person signing in again starts with empty answers', async () => {
  const { user } = await renderApp({ url: '/requests/new/objection', signedInAs: 'new' })
  await user.click(await screen.findByRole('radio', { name: 'Analyses et statistiques' }))
  await user.type(screen.getByRole('textbox', { name: /justifie votre opposition/ }), grounds)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })

  await user.click(screen.getByRole('button', { name: /Se déconnecter/ }))
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  await user.type(screen.getByLabelText('Adresse e-mail'), demoAccount('new').email)
  await user.type(screen.getByLabelText('Mot de passe'), demoAccount('new').password)
  await user.click(screen.getByRole('button', { name: 'Se connecter' }))
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })

  await user.click(await screen.findByRole('link', { name: 'Faire une demande' }))
  await openFlow(user, 'M’opposer à une utilisation de mes données')
  expect(screen.getByRole('radio', { name: 'Analyses et statistiques' })).not.toBeChecked()
  expect(screen.getByRole('textbox', { name: /justifie votre opposition/ })).toHaveValue('')
})
