import { delay, HttpResponse, type DefaultBodyType } from 'msw'
import { parse, type $ZodType, type output } from 'zod/v4/core'

import { headers, stepUpChallengeError } from '#src/contract/headers'
import { ProblemSchema, type Problem } from '#src/contract/problem'

import { resumeSession, type Auth } from '../session/session-store'

import { mockClock } from './clock'
import { db, settleWrites } from './db'
import { randomToken } from './prng'
import type { IdempotencyRecord } from './records'
import { baseHeaders, problem, serverError, unauthenticated } from './responses'
import { mockSettings } from './settings'

/**
 * Higher-order resolvers. A handler is a resolver wrapped from the outside in:
 * `handle(withSession(withCsrf(withFreshAuth(300)(withIdempotency(Schema)(resolver)))))`.
 * Each wrapper may answer early with a problem, or add to the info the next one receives.
 */
export type Resolver<I, R extends DefaultBodyType> = (info: I) => Promise<HttpResponse<R>> | HttpResponse<R>

/**
 * The return type to annotate on a resolver that answers with a success body or a problem:
 * TypeScript cannot infer the union from two different `HttpResponse<…>` returns by itself.
 */
export type Reply<T extends DefaultBodyType> = Promise<HttpResponse<T | Problem>>

type RequestInfo = { request: Request }
export type AuthInfo = RequestInfo & { auth: Auth }

/**
 * Latency of every mocked response: none in Node (tests stay fast), MSW's realistic 100–400 ms in
 * the browser, or the fixed value chosen in the dev panel (0 included).
 */
export async function mockLatency(): Promise<void> {
  if (mockSettings.runtime() === 'node') return
  const { latency } = mockSettings.get()
  if (latency === 'realistic') await delay()
  else if (latency > 0) await delay(latency)
}

/**
 * The outermost wrapper of every handler: waits for pending db writes, applies latency, makes sure
 * the personal-data headers are present, and fails securely: an unexpected exception becomes a
 * generic 500 problem, never a stack trace (ASVS5 16.5.1, 16.5.3).
 */
export function handle<I extends RequestInfo, R extends DefaultBodyType>(
  next: Resolver<I, R>,
): (info: I) => Promise<HttpResponse<R | Problem>> {
  return async (info) => {
    await settleWrites()
    await mockLatency()
    try {
      const response = await next(info)
      for (const [name, value] of baseHeaders()) if (!response.headers.has(name)) response.headers.set(name, value)
      return response
    } catch {
      return serverError()
    }
  }
}

/** 401 `unauthenticated` unless this browser has a live session; refreshes the idle expiry. */
export function withSession<I extends RequestInfo, R extends DefaultBodyType>(
  next: Resolver<I & { auth: Auth }, R>,
): Resolver<I, R | Problem> {
  return async (info) => {
    const auth = await resumeSession()
    if (!auth) return unauthenticated()
    return next({ ...info, auth })
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Compares without an early exit, as a real server must, so timing reveals nothing about the token. */
function tokensMatch(expected: string, actual: string): boolean {
  if (expected.length !== actual.length) return false
  let difference = 0
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ actual.charCodeAt(i)
  return difference === 0
}

/**
 * Anti-CSRF on every state-changing method (ASVS5 3.5.1, QUALITY check 3): the X-CSRF-Token header must
 * equal the session's token. A custom header also forces a CORS preflight for cross-site callers.
 */
export function withCsrf<I extends AuthInfo, R extends DefaultBodyType>(
  next: Resolver<I, R>,
): Resolver<I, R | Problem> {
  return (info) => {
    if (safeMethods.has(info.request.method.toUpperCase())) return next(info)
    const sent = info.request.headers.get(headers.csrf)
    if (sent === null || !tokensMatch(info.auth.session.csrfToken, sent)) {
      return problem({ status: 403, code: 'csrf_failed', title: 'The request could not be verified' })
    }
    return next(info)
  }
}

/**
 * Step-up (RFC 9470): sensitive actions need an authentication no older than `maxAgeSeconds`.
 * Within that window the person is not asked again (GitHub's sudo mode); past it the answer is a
 * 401 challenge that the client answers with POST /session/reauthenticate, then replays the request.
 */
export function withFreshAuth(maxAgeSeconds: number) {
  return <I extends AuthInfo, R extends DefaultBodyType>(next: Resolver<I, R>): Resolver<I, R | Problem> =>
    (info) => {
      const ageMs = mockClock.now().getTime() - new Date(info.auth.session.authenticatedAt).getTime()
      if (ageMs <= maxAgeSeconds * 1000) return next(info)
      return problem({
        status: 401,
        code: 'insufficient_user_authentication',
        title: 'Confirm it is you',
        headers: {
          [headers.wwwAuthenticate]: `Bearer error="${stepUpChallengeError}", error_description="A more recent authentication is required", max_age=${maxAgeSeconds}`,
        },
      })
    }
}

/** Keys live at least 24 hours (Stripe prunes after 24 h), then the slot is free again. */
const idempotencyRetentionMs = 24 * 60 * 60 * 1000
/**
 * Outcomes that mean "the request was refused before it ran": not stored, so the client may fix the
 * request and retry with the same key (Stripe: results are saved only once execution began).
 */
const unstoredStatuses = new Set([400, 401, 403, 409, 412, 415, 422, 428, 429])

/**
 * Requests running right now, by person and key. Checked and set synchronously, before any await,
 * so two concurrent requests with one key cannot both start.
 */
const running = new Set<string>()

async function fingerprintOf(request: Request): Promise<string> {
  const url = new URL(request.url)
  const body = await request.clone().text()
  const data = new TextEncoder().encode(`${request.method.toUpperCase()} ${url.pathname}\n${body}`)
  const digest = await crypto.subtle.digest('SHA-256', data)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

function replay<S extends $ZodType<Record<string, unknown> | undefined>>(
  schema: S,
  record: IdempotencyRecord,
): HttpResponse<output<S> | Problem> {
  const status = record.status ?? 500
  const init = { status, headers: baseHeaders({ ...record.headers, 'Idempotent-Replayed': 'true' }) }
  if (record.body === null) return new HttpResponse<output<S> | Problem>(null, init)
  const stored: unknown = JSON.parse(record.body)
  // The stored body was produced by this server; parsing it again keeps the replay inside the contract.
  if (status >= 400) return HttpResponse.json(ProblemSchema.parse(stored), init)
  return HttpResponse.json(parse(schema, stored), init)
}

/**
 * Idempotency-Key (draft-ietf-httpapi-idempotency-key-header, Stripe): the first outcome for a
 * (person, key) is stored, 5xx included, and a retry gets it back instead of running twice.
 * Missing key → 400; same key with another method, path or body → 422; same key still running → 409.
 * `schema` is the route's success schema, used to re-validate replayed bodies.
 */
export function withIdempotency<S extends $ZodType<Record<string, unknown> | undefined>>(schema: S) {
  type Body = output<S> | Problem

  async function runOnce<I extends AuthInfo>(
    info: I,
    key: string,
    next: Resolver<I, Body>,
  ): Promise<HttpResponse<Body>> {
    const userId = info.auth.user.id
    const fingerprint = await fingerprintOf(info.request)
    const now = mockClock.now()
    const existing = db.idempotency.findFirst((q) => q.where({ userId, key }))
    // An in-flight record nobody is running was abandoned (the page reloaded mid-request): free the key.
    const isStale =
      existing !== undefined &&
      (existing.state === 'in_flight' ||
        now.getTime() - new Date(existing.createdAt).getTime() > idempotencyRetentionMs)
    if (existing && isStale) {
      db.idempotency.delete(existing)
    } else if (existing) {
      if (existing.fingerprint !== fingerprint) {
        return problem({
          status: 422,
          code: 'idempotency_key_reused',
          title: 'This key was used for a different request',
        })
      }
      return replay(schema, existing)
    }

    const record = await db.idempotency.create({
      id: `idem_${randomToken(8)}`,
      userId,
      key,
      fingerprint,
      state: 'in_flight',
      status: null,
      body: null,
      headers: {},
      createdAt: now.toISOString(),
    })
    let response: HttpResponse<Body>
    try {
      response = await next(info)
    } catch {
      response = serverError()
    }
    if (unstoredStatuses.has(response.status)) {
      db.idempotency.delete(record)
      return response
    }
    const text = await response.clone().text()
    const storedHeaders: Record<string, string> = {}
    for (const [name, value] of response.headers) {
      if (name.toLowerCase() !== 'date') storedHeaders[name] = value
    }
    await db.idempotency.update(record, {
      data(draft) {
        draft.state = 'completed'
        draft.status = response.status
        draft.body = text.length > 0 ? text : null
        draft.headers = storedHeaders
      },
    })
    return response
  }

  return <I extends AuthInfo>(next: Resolver<I, Body>): Resolver<I, Body> =>
    async (info) => {
      const key = info.request.headers.get(headers.idempotencyKey)
      if (key === null || key.trim().length === 0 || key.length > 255) {
        return problem({ status: 400, title: `Send an ${headers.idempotencyKey} header (1 to 255 characters)` })
      }
      const slot = `${info.auth.user.id}\u0000${key}`
      if (running.has(slot)) {
        return problem({
          status: 409,
          code: 'idempotency_key_in_flight',
          title: 'This request is already being processed',
        })
      }
      running.add(slot)
      try {
        return await runOnce(info, key, next)
      } finally {
        running.delete(slot)
      }
    }
}
