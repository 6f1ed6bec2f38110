import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { db } from '#src/mocks/server/db'
import { ageCurrentAuthentication } from '#src/mocks/session/test-controls'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

import { clearDrafts, checkTitle, openFlow, requestsOf } from './rights-request-helpers'

// Drafts live in memory for the whole tab, like the app's; each test starts with none.
afterEach(clearDrafts)

const createUrl = apiUrl(endpoints.rightsRequests.create.path)
const erasureLink = 'Faire effacer mes données'
const submitName = 'Demander l’effacement de mes données'
/** If this reaches the acknowledgement e-mail, the free text leaked (e-mail never carries it). */
const canary = 'Canari-effacement-91b2'

async function answerErasure(user: UserEvent) {
  await openFlow(user, erasureLink)
  await user.click(screen.getByRole('radio', { name: 'Certaines catégories de données seulement' }))
  await user.click(screen.getByRole('checkbox', { name: 'Données de transaction' }))
  await user.click(screen.getByRole('checkbox', { name: 'Cookies et technologies similaires' }))
  await user.click(screen.getByRole('textbox', { name: /Pourquoi demandez-vous l’effacement/ }))
  await user.paste(`Je n’utilise plus le service. ${canary}`)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
}

/** Records the Idempotency-Key of each create request, then lets the next handler answer. */
function recordIdempotencyKeys(): string[] {
  const keys: string[] = []
  server.use(
    http.post(createUrl, ({ request }) => {
      keys.push(request.headers.get(headers.idempotencyKey) ?? '')
      return undefined
    }),
  )
  return keys
}

test('before confirming an erasure, the person sees what will be erased, what is kept, why and until when', async () => {
  const { user } = await renderApp({ url: '/requests/new', signedInAs: 'typical' })
  await answerErasure(user)

  const preview = within(await screen.findByRole('region', { name: 'Ce qui se passera' }))
  expect(await preview.findByRole('heading', { name: 'Ce qui sera effacé' })).toBeVisible()
  expect(preview.getByText('Cookies et technologies similaires')).toBeVisible()
  expect(preview.getByRole('heading', { name: 'Ce qui sera conservé, pourquoi et jusqu’à quand' })).toBeVisible()
  expect(preview.getByRole('heading', { name: 'Données de transaction' })).toBeVisible()
  expect(preview.getByText('Pourquoi : une obligation légale.')).toBeVisible()
  expect(preview.getByText(/Durée : 10 ans après chaque transaction/)).toBeVisible()
  expect(preview.getByText(/^Effacées au plus tard le \d{1,2} \p{L}+ 203\d\.$/u)).toBeVisible()
  // The whole account was not chosen, so nothing says it will be closed.
  expect(screen.queryByText(/Votre compte sera fermé/)).not.toBeInTheDocument()
  // The reason typed is shown back to the person, who can change it.
  expect(screen.getByText(new RegExp(canary))).toBeVisible()
  await expectNoA11yViolations(document.body)
  // Nothing is filed before the person confirms (WCAG 3.3.4 error prevention).
  expect(requestsOf('typical')).toHaveLength(5)
})

test('erasing the whole account says the account will be closed', async () => {
  const { user } = await renderApp({ url: '/requests/new/erasure', signedInAs: 'new' })
  await screen.findByRole('heading', { level: 1, name: erasureLink })
  await user.click(screen.getByRole('radio', { name: 'Mon compte et toutes mes données' }))
  await user.click(screen.getByRole('button', { name: 'Continuer' }))

  expect(
    await screen.findByText(
      'Votre compte sera fermé : vous ne pourrez plus vous connecter ni utiliser les services de Dialogra.',
    ),
  ).toBeVisible()
  expect(screen.getByText('Informations sur le compte')).toBeVisible()
  expect(screen.getByRole('button', { name: submitName })).toBeVisible()
})

test('an erasure with an old sign-in asks for the password in place, then files exactly one request with the same key', async () => {
  const keys = recordIdempotencyKeys()
  const { user } = await renderApp({ url: '/requests/new', signedInAs: 'typical' })
  await answerErasure(user)
  await ageCurrentAuthentication(600)

  await user.click(screen.getByRole('button', { name: submitName }))
  const dialog = await screen.findByRole('dialog', { name: 'Confirmez votre identité' })
  // Nothing was erased or filed before the person proved who they are (RFC 9470 step-up).
  expect(requestsOf('typical')).toHaveLength(5)
  await user.type(within(dialog).getByLabelText('Mot de passe'), demoAccount('typical').password)
  await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }))

  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  expect(requestsOf('typical')).toHaveLength(6)
  expect(keys).toHaveLength(2)
  expect(keys[1]).toBe(keys[0])
  const mail = db.outbox.all()
  expect(mail).toHaveLength(1)
  expect(mail[0]?.to).toBe(demoAccount('typical').email)
  expect(mail[0]?.body).toContain('droit à l’effacement')
  expect(`${mail[0]?.subject} ${mail[0]?.body}`).not.toContain(canary)
  await expectNoA11yViolations(document.body)
})

test('a double click files one request', async () => {
  let release!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  server.use(
    http.post(createUrl, async () => {
      await gate
      return undefined
    }),
  )
  const { user } = await renderApp({ url: '/requests/new', signedInAs: 'typical' })
  await answerErasure(user)

  await user.dblClick(screen.getByRole('button', { name: submitName }))
  const pending = screen.getByRole('button', { name: 'Envoi de la demande…' })
  expect(pending).toHaveAttribute('aria-disabled', 'true')
  expect(pending).toHaveFocus()
  release()
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  // The requirement is a count: a double submit files one request.
  expect(requestsOf('typical')).toHaveLength(6)
})

test('when the server files the request but the answer is lost, trying again shows the same request and files none more', async () => {
  server.use(
    http.post(
      createUrl,
      async ({ request }) => {
        // The server processes the request, then the connection drops before the answer arrives.
        await fetch(createUrl, { method: 'POST', headers: request.headers, body: await request.text() })
        return HttpResponse.error()
      },
      { once: true },
    ),
  )
  const { user } = await renderApp({ url: '/requests/new', signedInAs: 'typical' })
  await answerErasure(user)

  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Nous n’avons pas pu nous connecter. Votre demande n’a pas été envoyée.',
  )
  expect(requestsOf('typical')).toHaveLength(6)

  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  const filed = requestsOf('typical').filter((record) => record.kind === 'erasure')
  expect(filed).toHaveLength(2)
  expect(requestsOf('typical')).toHaveLength(6)
  expect(screen.getByText('DRT-2026-000006')).toBeVisible()
})
