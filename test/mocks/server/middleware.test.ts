import { http, type DefaultBodyType, type PathParams } from 'msw'
import { expect, test } from 'vitest'
import { z } from 'zod'

import { env } from '#src/config/env'
import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { ProblemSchema, problemContentType, type Problem } from '#src/contract/problem'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { handle, withCsrf, withFreshAuth, withIdempotency, withSession, type Reply } from '#src/mocks/server/middleware'
import { json, parseBody } from '#src/mocks/server/responses'
import { scenarioHandler, scenarioHandlersFor } from '#src/mocks/server/scenarios'
import { demoAccounts } from '#src/mocks/session/demo-accounts'
import { ageCurrentAuthentication, createSession } from '#src/mocks/session/test-controls'

/*
 * The handler wrappers on test-only routes added with server.use, and the fault scenarios. Mock only: such
 * routes and faults exist only in this mock. What every real endpoint does with bodies is in test/api/.
 */

const base = env.apiBaseUrl.replace(/\/+$/, '')
const email = demoAccounts[0]?.email ?? ''
const password = demoAccounts[0]?.password ?? ''

function post(path: string, body: string, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(`${base}${path}`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...extra },
    body,
  })
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toContain(problemContentType)
  expect(response.headers.get(headers.cacheControl)).toBe('no-store')
  return ProblemSchema.parse(await response.json())
}

const OrderSchema = z.object({ item: z.string().min(1, 'validation.item.required') })
const ReceiptSchema = z.object({ receipt: z.number().int(), item: z.string() })

/** A sensitive test-only route that uses every wrapper, as an erasure or export endpoint will. */
function sensitiveRoute(run: (item: string) => Promise<void> = async () => {}) {
  let executions = 0
  const handler = http.post<PathParams, DefaultBodyType, z.infer<typeof ReceiptSchema> | Problem>(
    apiUrl('/test/sensitive'),
    handle(
      withSession(
        withCsrf(
          withFreshAuth(300)(
            withIdempotency(ReceiptSchema)(async ({ request }): Reply<z.infer<typeof ReceiptSchema>> => {
              const body = await parseBody(request, OrderSchema)
              if (!body.ok) return body.response
              executions += 1
              await run(body.data.item)
              return json(ReceiptSchema, { receipt: executions, item: body.data.item }, { status: 201 })
            }),
          ),
        ),
      ),
    ),
  )
  server.use(handler)
  return { executions: () => executions }
}

test('every mutation without the CSRF token is refused with 403', async () => {
  createSession(email)
  sensitiveRoute()
  const missing = await post('/test/sensitive', '{"item":"a"}', { [headers.idempotencyKey]: 'k1' })
  expect(missing.status).toBe(403)
  expect((await problemOf(missing)).code).toBe('csrf_failed')
  const wrong = await post('/test/sensitive', '{"item":"a"}', {
    [headers.idempotencyKey]: 'k1',
    [headers.csrf]: 'x'.repeat(48),
  })
  expect(wrong.status).toBe(403)
})

test('an old authentication gets the RFC 9470 step-up challenge, a fresh one within max age does not', async () => {
  const session = createSession(email)
  const route = sensitiveRoute()
  await ageCurrentAuthentication(301)
  const challenged = await post('/test/sensitive', '{"item":"a"}', {
    [headers.csrf]: session.csrfToken,
    [headers.idempotencyKey]: 'step-up-1',
  })
  expect(challenged.status).toBe(401)
  expect(challenged.headers.get(headers.wwwAuthenticate)).toBe(
    'Bearer error="insufficient_user_authentication", error_description="A more recent authentication is required", max_age=300',
  )
  expect((await problemOf(challenged)).code).toBe('insufficient_user_authentication')
  expect(route.executions()).toBe(0)

  const reauth = await post('/session/reauthenticate', JSON.stringify({ password }), {
    [headers.csrf]: session.csrfToken,
  })
  const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await reauth.json())
  // The same request, same key, now succeeds exactly once.
  const replayed = await post('/test/sensitive', '{"item":"a"}', {
    [headers.csrf]: csrfToken,
    [headers.idempotencyKey]: 'step-up-1',
  })
  expect(replayed.status).toBe(201)

  // Sudo window: four minutes later the next sensitive action does not ask again.
  mockClock.advance({ seconds: 240 })
  const again = await post('/test/sensitive', '{"item":"b"}', {
    [headers.csrf]: csrfToken,
    [headers.idempotencyKey]: 'step-up-2',
  })
  expect(again.status).toBe(201)
  expect(route.executions()).toBe(2)
})

test('an idempotent retry replays the stored answer instead of running twice', async () => {
  const { csrfToken } = createSession(email)
  const route = sensitiveRoute()
  const send = () =>
    post('/test/sensitive', '{"item":"a"}', { [headers.csrf]: csrfToken, [headers.idempotencyKey]: 'abc' })
  const first = await send()
  const second = await send()
  expect(second.status).toBe(201)
  expect(await second.json()).toEqual(await first.json())
  expect(second.headers.get('Idempotent-Replayed')).toBe('true')
  expect(route.executions()).toBe(1)
})

test('a stored 5xx is replayed too', async () => {
  const { csrfToken } = createSession(email)
  const route = sensitiveRoute(() => Promise.reject(new Error('database down')))
  const send = () =>
    post('/test/sensitive', '{"item":"a"}', { [headers.csrf]: csrfToken, [headers.idempotencyKey]: 'five' })
  const first = await send()
  expect(first.status).toBe(500)
  expect((await problemOf(first)).code).toBe('server_error')
  const retry = await send()
  expect(retry.status).toBe(500)
  expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
  expect(route.executions()).toBe(1)
})

test('the same key with a different body is refused with 422, a missing key with 400', async () => {
  const { csrfToken } = createSession(email)
  sensitiveRoute()
  await post('/test/sensitive', '{"item":"a"}', { [headers.csrf]: csrfToken, [headers.idempotencyKey]: 'k' })
  const reused = await post('/test/sensitive', '{"item":"b"}', {
    [headers.csrf]: csrfToken,
    [headers.idempotencyKey]: 'k',
  })
  expect(reused.status).toBe(422)
  expect((await problemOf(reused)).code).toBe('idempotency_key_reused')

  const missing = await post('/test/sensitive', '{"item":"b"}', { [headers.csrf]: csrfToken })
  expect(missing.status).toBe(400)
})

test('the same key while the first request is still running gets 409', async () => {
  const { csrfToken } = createSession(email)
  let release = () => {}
  const blocked = new Promise<void>((resolve) => {
    release = resolve
  })
  const route = sensitiveRoute(() => blocked)
  const send = () =>
    post('/test/sensitive', '{"item":"a"}', { [headers.csrf]: csrfToken, [headers.idempotencyKey]: 'slow' })
  const first = send()
  await expect.poll(() => db.idempotency.findFirst()?.state).toBe('in_flight')
  const concurrent = await send()
  expect(concurrent.status).toBe(409)
  expect((await problemOf(concurrent)).code).toBe('idempotency_key_in_flight')
  release()
  expect((await first).status).toBe(201)
  expect(route.executions()).toBe(1)
})

test('a 422 maps every field path to its catalogue keys', async () => {
  const AddressBodySchema = z.object({
    name: z.string().min(1, 'validation.name.required'),
    address: z.object({ postcode: z.string().min(1, 'validation.postcode.required') }),
  })
  server.use(
    http.post(
      apiUrl('/test/address'),
      handle(async ({ request }): Reply<z.infer<typeof AddressBodySchema>> => {
        const body = await parseBody(request, AddressBodySchema)
        return body.ok ? json(AddressBodySchema, body.data) : body.response
      }),
    ),
  )
  const response = await post('/test/address', JSON.stringify({ name: '', address: { postcode: '' } }))
  expect(response.status).toBe(422)
  const body = await problemOf(response)
  expect(body.code).toBe('validation_failed')
  expect(body.errors).toEqual({
    name: ['validation.name.required'],
    'address.postcode': ['validation.postcode.required'],
  })

})

test('__proto__ and constructor keys are dropped and never pollute Object.prototype', async () => {
  let received: unknown
  const EchoSchema = z.object({ item: z.string() })
  server.use(
    http.post(
      apiUrl('/test/echo'),
      handle(async ({ request }): Reply<z.infer<typeof EchoSchema>> => {
        const body = await parseBody(request, EchoSchema)
        if (!body.ok) return body.response
        received = body.data
        return json(EchoSchema, body.data)
      }),
    ),
  )
  const hostile =
    '{"item":"a","userId":"someone-else","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'
  expect((await post('/test/echo', hostile)).status).toBe(200)
  expect(received).toEqual({ item: 'a' })
  expect(Object.keys(received ?? {})).toEqual(['item'])
  expect(Reflect.get({}, 'polluted')).toBeUndefined()
  expect(Reflect.get(Object.prototype, 'polluted')).toBeUndefined()

})

test('fault scenarios answer as named, once or for good', async () => {
  createSession(email)
  server.use(scenarioHandler('serverError', endpoints.account.me, { once: true }))
  const failed = await fetch(new URL(`${base}/me`))
  expect(failed.status).toBe(500)
  expect((await problemOf(failed)).code).toBe('server_error')
  expect((await fetch(new URL(`${base}/me`))).status).toBe(200)

  server.use(scenarioHandler('rateLimited', endpoints.account.me))
  const limited = await fetch(new URL(`${base}/me`))
  expect(limited.headers.get(headers.retryAfter)).toBe('30')

  server.use(...scenarioHandlersFor('networkFailure'))
  await expect(fetch(new URL(`${base}/session`))).rejects.toThrow(TypeError)

  server.resetHandlers(...scenarioHandlersFor('sessionExpired'))
  expect((await problemOf(await fetch(new URL(`${base}/me`)))).code).toBe('unauthenticated')
})
