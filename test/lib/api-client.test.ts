import { delay, http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { z } from 'zod'

import { env } from '#src/config/env'
import { endpoints, isMutation, type Endpoint } from '#src/contract/endpoints'
import { createApiClient } from '#src/lib/api-client'
import { server } from '#src/mocks/node'
import { apiFailure } from '#test/support/api-failure'

const PingSchema = z.object({ ok: z.boolean() })
const ping: Endpoint = { method: 'GET', path: '/test/ping' }
const save: Endpoint = { method: 'POST', path: '/test/items/:itemId' }
const url = (path: string) => `${env.apiBaseUrl}${path}`

function client(timeoutMs = 1000) {
  return createApiClient({ baseUrl: env.apiBaseUrl, timeoutMs, getCsrfToken: () => 'token-0123456789abcdef' })
}

test('a valid response is parsed with its schema and unknown fields are ignored', async () => {
  server.use(http.get(url('/test/ping'), () => HttpResponse.json({ ok: true, addedLater: 'x' })))
  await expect(client().request(ping, { schema: PingSchema })).resolves.toEqual({ ok: true })
})

test.each([
  ['wrong types', () => HttpResponse.json({ ok: 'yes' })],
  ['a missing field', () => HttpResponse.json({})],
  ['null', () => HttpResponse.json(null)],
  ['truncated JSON', () => new HttpResponse('{"ok":', { headers: { 'Content-Type': 'application/json' } })],
  ['an HTML page with status 200', () => HttpResponse.html('<html>Sign in to Wi-Fi</html>')],
])('a response with %s is a contract error, never wrong data', async (_name, resolver) => {
  server.use(http.get(url('/test/ping'), resolver))
  const error = await apiFailure(client().request(ping, { schema: PingSchema }))
  expect(error.kind).toBe('contract')
})

test('a problem response becomes one typed error with status, code, field errors and retry-after', async () => {
  server.use(
    http.get(url('/test/ping'), () =>
      HttpResponse.json(
        {
          title: 'Invalid',
          status: 422,
          code: 'validation_failed',
          errors: { email: ['validation.email.format'] },
          detail: 'stack trace at db.query(SELECT * FROM users) zyx.canary+pii@example.test',
        },
        { status: 422, headers: { 'Retry-After': '5', 'Content-Type': 'application/problem+json' } },
      ),
    ),
  )
  const error = await apiFailure(client().request(ping, { schema: PingSchema }))
  expect(error).toMatchObject({
    kind: 'http',
    status: 422,
    code: 'validation_failed',
    fieldErrors: { email: ['validation.email.format'] },
    retryAfterSeconds: 5,
  })
  // The body may carry internals or personal data: the error's message never repeats it (ASVS5 16.5.1).
  expect(error.message).not.toContain('canary')
  expect(error.message).not.toContain('SELECT')
})

test('a step-up challenge is recognised from its WWW-Authenticate header (RFC 9470)', async () => {
  server.use(
    http.get(url('/test/ping'), () =>
      HttpResponse.json(
        { title: 'Authenticate again', status: 401 },
        {
          status: 401,
          headers: { 'WWW-Authenticate': 'Bearer error="insufficient_user_authentication", max_age=300' },
        },
      ),
    ),
  )
  const error = await apiFailure(client().request(ping, { schema: PingSchema }))
  expect(error.isStepUpRequired).toBe(true)
  expect(error.isSessionExpired).toBe(false)
  expect(error.maxAgeSeconds).toBe(300)
})

test('no answer at all is a network error, distinct from a server error', async () => {
  server.use(http.get(url('/test/ping'), () => HttpResponse.error()))
  expect((await apiFailure(client().request(ping, { schema: PingSchema }))).kind).toBe('network')
})

test('a request that hangs ends as a timeout instead of an endless wait', async () => {
  server.use(
    http.get(url('/test/ping'), async () => {
      await delay('infinite')
      return HttpResponse.json({ ok: true })
    }),
  )
  expect((await apiFailure(client(50).request(ping, { schema: PingSchema }))).kind).toBe('timeout')
})

test('mutations carry the CSRF header, the idempotency key and encoded path parameters; reads do not', async () => {
  let seen: { csrf: string | null; key: string | null; path: string } | undefined
  server.use(
    http.post(url('/test/items/:itemId'), ({ request }) => {
      seen = {
        csrf: request.headers.get('X-CSRF-Token'),
        key: request.headers.get('Idempotency-Key'),
        path: new URL(request.url).pathname,
      }
      return HttpResponse.json({ ok: true })
    }),
    http.get(url('/test/ping'), ({ request }) =>
      HttpResponse.json({ ok: request.headers.get('X-CSRF-Token') === null }),
    ),
  )
  await client().request(save, {
    schema: PingSchema,
    params: { itemId: 'a/b' },
    body: { value: 1 },
    idempotencyKey: 'key-1',
  })
  expect(seen).toEqual({ csrf: 'token-0123456789abcdef', key: 'key-1', path: '/api/test/items/a%2Fb' })
  await expect(client().request(ping, { schema: PingSchema })).resolves.toEqual({ ok: true })
})

test('every endpoint that changes state uses a method other than GET (ASVS5 3.5.3)', () => {
  const stateChanging = [endpoints.session.signIn, endpoints.session.signOut, endpoints.session.reauthenticate]
  for (const endpoint of stateChanging) expect(isMutation(endpoint.method), endpoint.path).toBe(true)
  expect(isMutation(endpoints.session.current.method)).toBe(false)
})
