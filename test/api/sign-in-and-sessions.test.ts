import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { ProblemSchema, problemContentType } from '#src/contract/problem'
import { SessionSchema } from '#src/contract/session'
import { anonymousFetch, signIn } from '#test/support/api-session'
import { demoAccount } from '#test/support/demo-people'

/*
 * Signing in and out, step-up and the account, over HTTP only: the acceptance list for any backend
 * (docs/api-tests.md). What needs the server's clock or its db is in test/mocks/session/.
 */

function postJson(path: string, body: unknown): Promise<Response> {
  return anonymousFetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toContain(problemContentType)
  return ProblemSchema.parse(await response.json())
}

test('signing in answers 201 with a session that is never cached, and a fresh CSRF token each time', async () => {
  const { email, password } = demoAccount('typical')
  const first = await postJson(endpoints.session.signIn.path, { email, password })
  expect(first.status).toBe(201)
  expect(first.headers.get(headers.cacheControl)).toBe('no-store')
  const firstSession = SessionSchema.parse(await first.json())
  expect(firstSession.user.email).toBe(email)

  const second = await postJson(endpoints.session.signIn.path, { email: email.toUpperCase(), password })
  expect(second.status).toBe(201)
  expect(SessionSchema.parse(await second.json()).csrfToken).not.toBe(firstSession.csrfToken)
})

test('a wrong password and an unknown email get the same answer', async () => {
  const wrongPassword = await postJson(endpoints.session.signIn.path, {
    email: demoAccount('typical').email,
    password: 'nope',
  })
  const unknownEmail = await postJson(endpoints.session.signIn.path, {
    email: `nobody-${crypto.randomUUID()}@example.test`,
    password: 'nope',
  })
  expect(wrongPassword.status).toBe(401)
  expect(unknownEmail.status).toBe(401)
  expect(await problemOf(wrongPassword)).toEqual(await problemOf(unknownEmail))
  expect((await problemOf(await postJson(endpoints.session.signIn.path, { email: 'x@example.test', password: 'y' }))).code).toBe(
    'invalid_credentials',
  )
  // A successful sign-in clears the failures of the email, so this test never locks the demo account.
  await signIn('typical')
})

test('the session says when it ends: thirty idle minutes after the server’s time', async () => {
  const { session, fetch } = await signIn('new')
  expect(Date.parse(session.expiresAt) - Date.parse(session.serverTime)).toBe(30 * 60 * 1000)
  const current = SessionSchema.parse(await (await fetch(endpoints.session.current.path)).json())
  expect(current.user.email).toBe(demoAccount('new').email)
})

test('signing out needs the CSRF token and clears site data', async () => {
  const { session, fetch } = await signIn('typical')
  const refused = await fetch(endpoints.session.signOut.path, { method: 'DELETE' })
  expect(refused.status).toBe(403)
  expect((await problemOf(refused)).code).toBe('csrf_failed')

  const signedOut = await fetch(endpoints.session.signOut.path, {
    method: 'DELETE',
    headers: { [headers.csrf]: session.csrfToken },
  })
  expect(signedOut.status).toBe(204)
  expect(signedOut.headers.get(headers.clearSiteData)).toBe('"cache", "cookies", "storage"')
  expect(signedOut.headers.get(headers.cacheControl)).toBe('no-store')
  expect((await fetch(endpoints.account.me.path)).status).toBe(401)
})

test('re-authenticating checks the password, rotates the session and refreshes authenticatedAt', async () => {
  const { session, fetch } = await signIn('typical')
  const reauthenticate = (password: string, csrfToken: string) =>
    fetch(endpoints.session.reauthenticate.path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [headers.csrf]: csrfToken },
      body: JSON.stringify({ password }),
    })
  const wrong = await reauthenticate('nope', session.csrfToken)
  expect(wrong.status).toBe(401)
  expect((await problemOf(wrong)).code).toBe('invalid_credentials')

  const response = await reauthenticate(demoAccount('typical').password, session.csrfToken)
  expect(response.status).toBe(200)
  const renewed = SessionSchema.parse(await response.json())
  expect(renewed.authenticatedAt >= session.authenticatedAt).toBe(true)
  expect(renewed.csrfToken).not.toBe(session.csrfToken)
  // The old token died with the old session id.
  const stale = await fetch(endpoints.session.signOut.path, {
    method: 'DELETE',
    headers: { [headers.csrf]: session.csrfToken },
  })
  expect(stale.status).toBe(403)
})

test('GET /me returns the account without the password', async () => {
  const { fetch } = await signIn('typical')
  const body: unknown = await (await fetch(endpoints.account.me.path)).json()
  expect(body).toMatchObject({ email: demoAccount('typical').email, name: 'Zyxcanary Qwertyson' })
  expect(JSON.stringify(body)).not.toContain(demoAccount('typical').password)
})
