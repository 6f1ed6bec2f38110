import { expect, test } from 'vitest'

import { env } from '#src/config/env'
import { headers } from '#src/contract/headers'
import { ProblemSchema, problemContentType } from '#src/contract/problem'
import { SessionSchema } from '#src/contract/session'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { demoAccounts } from '#src/mocks/session/demo-accounts'
import { createSession, expireCurrentSession } from '#src/mocks/session/test-controls'

const base = env.apiBaseUrl.replace(/\/+$/, '')

function call(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(new URL(`${base}${path}`), init)
}

function postJson(path: string, body: unknown, extra: Record<string, string> = {}): Promise<Response> {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...extra },
    body: JSON.stringify(body),
  })
}

function account(index: number) {
  const demo = demoAccounts[index]
  if (!demo) throw new Error(`No demo account ${index}`)
  return demo
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toContain(problemContentType)
  return ProblemSchema.parse(await response.json())
}

test('signing in returns a new session with a fresh id and CSRF token each time', async () => {
  const { email, password } = account(0)
  const first = await postJson('/session', { email, password })
  expect(first.status).toBe(201)
  expect(first.headers.get(headers.cacheControl)).toBe('no-store')
  const firstSession = SessionSchema.parse(await first.json())
  const firstId = db.sessions.findFirst()?.id

  const second = await postJson('/session', { email: email.toUpperCase(), password })
  const secondSession = SessionSchema.parse(await second.json())

  expect(secondSession.csrfToken).not.toBe(firstSession.csrfToken)
  // The server's view: the first session is gone (no fixation), only the new one remains.
  expect(db.sessions.count()).toBe(1)
  expect(db.sessions.findFirst()?.id).not.toBe(firstId)
  expect(db.users.findFirst((q) => q.where({ email }))?.lastSignInAt).toBe(mockClock.now().toISOString())
})

test('a wrong password and an unknown email get the same answer', async () => {
  const wrongPassword = await postJson('/session', { email: account(0).email, password: 'nope' })
  const unknownEmail = await postJson('/session', { email: 'nobody@example.test', password: 'nope' })
  expect(wrongPassword.status).toBe(401)
  expect(unknownEmail.status).toBe(401)
  expect(await problemOf(wrongPassword)).toEqual(await problemOf(unknownEmail))
  expect((await problemOf(await postJson('/session', { email: 'x@example.test', password: 'y' }))).code).toBe(
    'invalid_credentials',
  )
})

test('five failed sign-ins within fifteen minutes lock the email, with Retry-After until the window frees', async () => {
  const { email, password } = account(1)
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await postJson('/session', { email, password: 'wrong' })).status).toBe(401)
    mockClock.advance({ seconds: 60 })
  }
  // The first failure was 5 minutes ago, so it leaves the 15-minute window in 10 minutes.
  const locked = await postJson('/session', { email, password })
  expect(locked.status).toBe(429)
  expect(locked.headers.get(headers.retryAfter)).toBe('600')
  expect((await problemOf(locked)).code).toBe('rate_limited')

  mockClock.advance({ seconds: 599 })
  expect((await postJson('/session', { email, password })).headers.get(headers.retryAfter)).toBe('1')

  mockClock.advance({ seconds: 1 })
  expect((await postJson('/session', { email, password })).status).toBe(201)
})

test('the session ends after thirty idle minutes, and each request keeps it alive', async () => {
  createSession(account(0).email)
  mockClock.advance({ seconds: 29 * 60 })
  expect((await call('/session')).status).toBe(200)
  mockClock.advance({ seconds: 29 * 60 })
  expect((await call('/me')).status).toBe(200)

  mockClock.advance({ seconds: 30 * 60 })
  const expired = await call('/me')
  expect(expired.status).toBe(401)
  expect((await problemOf(expired)).code).toBe('unauthenticated')
  // Expiry is final: the server deleted the session (ASVS5 7.4.1).
  expect(db.sessions.count()).toBe(0)
})

test('the session ends after twelve hours however active it is', async () => {
  createSession(account(0).email)
  for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
    mockClock.advance({ seconds: 20 * 60 })
    expect((await call('/session')).status).toBe(200)
  }
  mockClock.advance({ seconds: 20 * 60 })
  expect((await call('/session')).status).toBe(401)
})

test('the session reports when it expires on the server clock', async () => {
  const session = createSession(account(2).email)
  expect(session.expiresAt).toBe(new Date(mockClock.now().getTime() + 30 * 60 * 1000).toISOString())
  const response = await call('/session')
  expect(SessionSchema.parse(await response.json()).user.email).toBe(account(2).email)
})

test('signing out needs the CSRF token and clears site data', async () => {
  const session = createSession(account(0).email)
  const refused = await call('/session', { method: 'DELETE' })
  expect(refused.status).toBe(403)
  expect((await problemOf(refused)).code).toBe('csrf_failed')

  const signedOut = await call('/session', { method: 'DELETE', headers: { [headers.csrf]: session.csrfToken } })
  expect(signedOut.status).toBe(204)
  expect(signedOut.headers.get(headers.clearSiteData)).toBe('"cache", "cookies", "storage"')
  expect(signedOut.headers.get(headers.cacheControl)).toBe('no-store')
  expect((await call('/me')).status).toBe(401)
})

test('re-authenticating rotates the session and refreshes authenticatedAt', async () => {
  const session = createSession(account(0).email)
  mockClock.advance({ seconds: 600 })
  const wrong = await postJson('/session/reauthenticate', { password: 'nope' }, { [headers.csrf]: session.csrfToken })
  expect(wrong.status).toBe(401)
  expect((await problemOf(wrong)).code).toBe('invalid_credentials')

  const response = await postJson(
    '/session/reauthenticate',
    { password: account(0).password },
    { [headers.csrf]: session.csrfToken },
  )
  expect(response.status).toBe(200)
  const renewed = SessionSchema.parse(await response.json())
  expect(renewed.authenticatedAt).toBe(mockClock.now().toISOString())
  expect(renewed.csrfToken).not.toBe(session.csrfToken)
  // The old token died with the old session id.
  expect((await call('/session', { method: 'DELETE', headers: { [headers.csrf]: session.csrfToken } })).status).toBe(
    403,
  )
})

test('GET /me returns the account without the password', async () => {
  createSession(account(0).email)
  const body: unknown = await (await call('/me')).json()
  expect(body).toMatchObject({ email: account(0).email, name: 'Zyxcanary Qwertyson' })
  expect(JSON.stringify(body)).not.toContain(account(0).password)
})

test('an expired session gets 401 on the next request', async () => {
  createSession(account(0).email)
  await expireCurrentSession()
  expect((await call('/session')).status).toBe(401)
})
