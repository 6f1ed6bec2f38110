import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { z } from 'zod'

import { NoContentSchema } from '#src/contract/common'
import { endpoints, type Endpoint } from '#src/contract/endpoints'
import { SessionSchema } from '#src/contract/session'
import { api } from '#src/lib/api-client'
import { ReauthenticationCancelledError } from '#src/lib/auth-interrupts'
import { setCsrfToken } from '#src/lib/csrf-token'
import { withReauthentication } from '#src/lib/with-reauthentication'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { handle, withCsrf, withFreshAuth, withSession } from '#src/mocks/server/middleware'
import { ageCurrentAuthentication, expireCurrentSession } from '#src/mocks/session/test-controls'
import { expectNoA11yViolations } from '#test/support/a11y'
import { apiFailure } from '#test/support/api-failure'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

test('signing out, then pressing Back, shows the sign-in page and nothing personal', async () => {
  const { user, router } = await renderApp({ url: '/', signedInAs: 'typical' })
  expect(await screen.findByText('Bonjour Zyxcanary Qwertyson')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: /Se déconnecter/ }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument()
  expect(screen.getByText(/Vous êtes déconnecté/)).toBeInTheDocument()

  await act(() => router.navigate(-1))
  await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
  expect(screen.queryByText(/Zyxcanary/)).not.toBeInTheDocument()
  expect(screen.queryByText(/zyx\.canary/)).not.toBeInTheDocument()
})

test('when the session expires while on a page, a sign-in dialog opens in place and the page comes back after', async () => {
  const { user, queryClient, container } = await renderApp({ url: '/', signedInAs: 'typical' })
  expect(await screen.findByText('zyx.canary+pii@example.test')).toBeInTheDocument()

  await expireCurrentSession()
  await act(() => queryClient.invalidateQueries())

  const dialog = await screen.findByRole('dialog', { name: 'Vous avez été déconnecté' })
  // The page stays mounted behind the modal; data that was not on screen is gone from memory.
  expect(screen.getByRole('heading', { level: 1, name: 'Aperçu', hidden: true })).toBeInTheDocument()
  expect(
    queryClient
      .getQueryCache()
      .getAll()
      .every((query) => query.getObserversCount() > 0),
  ).toBe(true)
  await expectNoA11yViolations(container)

  const typical = demoAccount('typical')
  expect(within(dialog).getByLabelText('Adresse e-mail')).toHaveValue(typical.email)
  await user.type(within(dialog).getByLabelText('Mot de passe'), typical.password)
  await user.click(within(dialog).getByRole('button', { name: 'Se connecter' }))

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(await screen.findByText('zyx.canary+pii@example.test')).toBeInTheDocument()
})

const sensitive: Endpoint = { method: 'POST', path: '/test/sensitive-action' }
const ReceiptSchema = z.object({ count: z.number() })

test('a sensitive action asks for the password again, then is sent once more with the same idempotency key', async () => {
  // A stand-in for erasure or data download, built from the real middleware: later features use the same chain.
  const keys: (string | null)[] = []
  let performed = 0
  server.use(
    http.post(
      apiUrl(sensitive.path),
      handle(
        withSession(
          withCsrf(
            withFreshAuth(300)(({ request }) => {
              keys.push(request.headers.get('Idempotency-Key'))
              performed += 1
              return HttpResponse.json({ count: performed })
            }),
          ),
        ),
      ),
    ),
  )
  const { user } = await renderApp({ url: '/', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  await ageCurrentAuthentication(600)

  const seenKeys: string[] = []
  const result = withReauthentication(() => {
    seenKeys.push('key-123')
    return api.request(sensitive, { schema: ReceiptSchema, idempotencyKey: 'key-123', body: {} })
  })

  const dialog = await screen.findByRole('dialog', { name: 'Confirmez votre identité' })
  const password = within(dialog).getByLabelText('Mot de passe')
  await waitFor(() => expect(password).toHaveFocus())
  expect(password).toHaveAttribute('autocomplete', 'current-password')
  expect(performed).toBe(0)

  await user.type(password, 'wrong')
  await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }))
  expect(await within(dialog).findByRole('link', { name: 'Le mot de passe est incorrect' })).toBeInTheDocument()

  await user.clear(password)
  // Paste must work (WCAG 3.3.8): password managers and people with cognitive disabilities rely on it.
  await user.click(password)
  await user.paste(demoAccount('typical').password)
  await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }))

  await expect(result).resolves.toEqual({ count: 1 })
  expect(performed).toBe(1)
  expect(seenKeys).toEqual(['key-123', 'key-123'])
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
})

test('within five minutes of confirming, another sensitive action does not ask again', async () => {
  server.use(
    http.post(
      apiUrl(sensitive.path),
      handle(withSession(withCsrf(withFreshAuth(300)(() => HttpResponse.json({ count: 1 }))))),
    ),
  )
  await renderApp({ url: '/', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  await ageCurrentAuthentication(120)
  await expect(
    withReauthentication(() => api.request(sensitive, { schema: ReceiptSchema, body: {} })),
  ).resolves.toEqual({ count: 1 })
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
})

test('cancelling the password prompt cancels the action', async () => {
  server.use(
    http.post(
      apiUrl(sensitive.path),
      handle(withSession(withCsrf(withFreshAuth(300)(() => HttpResponse.json({ count: 1 }))))),
    ),
  )
  const { user } = await renderApp({ url: '/', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  await ageCurrentAuthentication(600)
  // Settled into a value at once, so the rejection is observed as soon as it happens.
  const outcome = withReauthentication(() => api.request(sensitive, { schema: ReceiptSchema, body: {} })).catch(
    (error: unknown) => error,
  )
  const dialog = await screen.findByRole('dialog', { name: 'Confirmez votre identité' })
  await user.click(within(dialog).getByRole('button', { name: 'Annuler' }))
  expect(await outcome).toBeInstanceOf(ReauthenticationCancelledError)
})

test('a mutation without the CSRF header is refused by the server and changes nothing', async () => {
  await renderApp({ url: '/', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  setCsrfToken(null)
  const error = await apiFailure(api.request(endpoints.session.signOut, { schema: NoContentSchema }))
  expect(error).toMatchObject({ status: 403, code: 'csrf_failed' })
  // The server did not sign the person out: the session is still there.
  await expect(api.request(endpoints.session.current, { schema: SessionSchema })).resolves.toMatchObject({
    user: { email: demoAccount('typical').email },
  })
})
