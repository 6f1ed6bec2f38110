import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { ProblemSchema } from '#src/contract/problem'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { expireCurrentSession } from '#src/mocks/session/test-controls'
import { anonymousFetch, signIn } from '#test/support/api-session'
import { demoAccount } from '#test/support/demo-people'

/*
 * Sessions as the server sees them, over time. Mock only: these read the session store or move the server's
 * clock, which HTTP cannot do (test/api/sign-in-and-sessions.test.ts holds what it can).
 */

function signInAs(email: string, password: string): Promise<Response> {
  return anonymousFetch(endpoints.session.signIn.path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
}

test('signing in again destroys this browser’s previous session and records the sign-in time', async () => {
  const { email } = demoAccount('typical')
  await signIn('typical')
  const firstId = db.sessions.findFirst()?.id
  await signIn('typical')
  // The server's view: the first session is gone (no fixation), only the new one remains.
  expect(db.sessions.count()).toBe(1)
  expect(db.sessions.findFirst()?.id).not.toBe(firstId)
  expect(db.users.findFirst((q) => q.where({ email }))?.lastSignInAt).toBe(mockClock.now().toISOString())
})

test('five failed sign-ins within fifteen minutes lock the email, with Retry-After until the window frees', async () => {
  const { email, password } = demoAccount('large')
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await signInAs(email, 'wrong')).status).toBe(401)
    mockClock.advance({ seconds: 60 })
  }
  // The first failure was 5 minutes ago, so it leaves the 15-minute window in 10 minutes.
  const locked = await signInAs(email, password)
  expect(locked.status).toBe(429)
  expect(locked.headers.get(headers.retryAfter)).toBe('600')
  expect(ProblemSchema.parse(await locked.json()).code).toBe('rate_limited')

  mockClock.advance({ seconds: 599 })
  expect((await signInAs(email, password)).headers.get(headers.retryAfter)).toBe('1')

  mockClock.advance({ seconds: 1 })
  expect((await signInAs(email, password)).status).toBe(201)
})

test('the session ends after thirty idle minutes, and each request keeps it alive', async () => {
  const { fetch } = await signIn('typical')
  mockClock.advance({ seconds: 29 * 60 })
  expect((await fetch(endpoints.session.current.path)).status).toBe(200)
  mockClock.advance({ seconds: 29 * 60 })
  expect((await fetch(endpoints.account.me.path)).status).toBe(200)

  mockClock.advance({ seconds: 30 * 60 })
  const expired = await fetch(endpoints.account.me.path)
  expect(expired.status).toBe(401)
  expect(ProblemSchema.parse(await expired.json()).code).toBe('unauthenticated')
  // Expiry is final: the server deleted the session (ASVS5 7.4.1).
  expect(db.sessions.count()).toBe(0)
})

test('the session ends after twelve hours however active it is', async () => {
  const { fetch } = await signIn('typical')
  for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
    mockClock.advance({ seconds: 20 * 60 })
    expect((await fetch(endpoints.session.current.path)).status).toBe(200)
  }
  mockClock.advance({ seconds: 20 * 60 })
  expect((await fetch(endpoints.session.current.path)).status).toBe(401)
})

test('re-authenticating sets authenticatedAt to the server’s now', async () => {
  const { session, fetch } = await signIn('typical')
  mockClock.advance({ seconds: 600 })
  const response = await fetch(endpoints.session.reauthenticate.path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [headers.csrf]: session.csrfToken },
    body: JSON.stringify({ password: demoAccount('typical').password }),
  })
  const renewed: unknown = await response.json()
  expect(renewed).toMatchObject({ authenticatedAt: mockClock.now().toISOString() })
})

test('an expired session gets 401 on the next request', async () => {
  const { fetch } = await signIn('typical')
  await expireCurrentSession()
  expect((await fetch(endpoints.session.current.path)).status).toBe(401)
})
