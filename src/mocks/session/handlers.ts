import { http, type DefaultBodyType, type PathParams } from 'msw'

import { AccountSchema, type Account } from '#src/contract/account'
import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import type { Problem } from '#src/contract/problem'
import {
  ReauthenticateBodySchema,
  SessionSchema,
  SignInBodySchema,
  type ReauthenticateBody,
  type Session,
  type SignInBody,
} from '#src/contract/session'

import { apiUrl } from '../server/api-url'
import { addToDate, mockClock } from '../server/clock'
import { db } from '../server/db'
import { handle, withCsrf, withSession, type Reply } from '../server/middleware'
import { randomToken } from '../server/prng'
import { json, noContent, parseBody, problem } from '../server/responses'

import type { UserRecord } from './records'
import { endCurrentSession, resumeSession, startSession, toSession } from './session-store'
import { findUserByEmail, normaliseEmail } from './users'

/** Five failed attempts per email within fifteen minutes, then 429 (ASVS5 2.4.1 anti-automation). */
export const signInRateLimit = { maxFailures: 5, windowSeconds: 15 * 60 } as const

/**
 * One answer for an unknown email and a wrong password, so the form cannot be used to discover
 * who has an account (OWASP Authentication CS, "account enumeration").
 */
function invalidCredentials() {
  return problem({ status: 401, code: 'invalid_credentials', title: 'The email address or password is incorrect' })
}

function windowStart(): string {
  return addToDate(mockClock.now(), { seconds: -signInRateLimit.windowSeconds }).toISOString()
}

/**
 * Seconds until the email may try again, or null while under the limit. The window frees when the
 * oldest failure that still counts towards the limit leaves it.
 */
export function secondsUntilSignInAllowed(email: string): number | null {
  const since = windowStart()
  const failures = db.signInAttempts
    .findMany((q) => q.where({ email: normaliseEmail(email), at: (at) => at > since }))
    .map((attempt) => attempt.at)
    .sort()
  if (failures.length < signInRateLimit.maxFailures) return null
  const blocking = failures[failures.length - signInRateLimit.maxFailures]
  if (blocking === undefined) return null
  const freesAt = new Date(blocking).getTime() + signInRateLimit.windowSeconds * 1000
  return Math.max(1, Math.ceil((freesAt - mockClock.now().getTime()) / 1000))
}

function rateLimited(retryAfterSeconds: number) {
  return problem({
    status: 429,
    code: 'rate_limited',
    title: 'Too many attempts',
    headers: { [headers.retryAfter]: String(retryAfterSeconds) },
  })
}

async function recordFailure(email: string): Promise<void> {
  await db.signInAttempts.create({
    id: `att_${randomToken(8)}`,
    email: normaliseEmail(email),
    at: mockClock.now().toISOString(),
  })
}

function clearFailures(email: string): void {
  db.signInAttempts.deleteMany((q) => q.where({ email: normaliseEmail(email) }))
}

/** Constant-time comparison, as a real password check (on hashes) would be. */
function passwordMatches(user: UserRecord | undefined, password: string): boolean {
  const expected = user?.password ?? 'no-such-account'
  let difference = expected.length ^ password.length
  for (let i = 0; i < Math.max(expected.length, password.length); i++) {
    difference |= (expected.charCodeAt(i) || 0) ^ (password.charCodeAt(i) || 0)
  }
  return user !== undefined && difference === 0
}

/** Sign-out: ends the session and asks the browser to drop everything of this origin (ASVS5 14.3.1). */
function signedOut() {
  return noContent({ headers: { [headers.clearSiteData]: '"cache", "cookies", "storage"' } })
}

/** Signing in and out, step-up, and the signed-in person's account (GET /me). */
export const sessionHandlers = [
  // AccountSchema.parse drops the password and every other server-only field of the user record.
  http.get<PathParams, DefaultBodyType, Account | Problem>(
    apiUrl(endpoints.account.me.path),
    handle(withSession(({ auth }) => json(AccountSchema, auth.user))),
  ),

  http.get<PathParams, DefaultBodyType, Session | Problem>(
    apiUrl(endpoints.session.current.path),
    handle(withSession(({ auth }) => json(SessionSchema, toSession(auth)))),
  ),

  // No session and so no CSRF token yet: sign-in is protected by JSON-only bodies and the rate limit.
  http.post<PathParams, SignInBody, Session | Problem>(
    apiUrl(endpoints.session.signIn.path),
    handle(async ({ request }): Reply<Session> => {
      const body = await parseBody(request, SignInBodySchema)
      if (!body.ok) return body.response
      const { email, password } = body.data
      const wait = secondsUntilSignInAllowed(email)
      if (wait !== null) return rateLimited(wait)
      const user = findUserByEmail(email)
      if (!user || !passwordMatches(user, password)) {
        await recordFailure(email)
        return invalidCredentials()
      }
      clearFailures(email)
      const signedInUser =
        (await db.users.update(user, {
          data(draft) {
            draft.lastSignInAt = draft.currentSignInAt ?? draft.lastSignInAt
            draft.currentSignInAt = mockClock.now().toISOString()
          },
        })) ?? user
      const session = startSession(signedInUser)
      return json(SessionSchema, toSession({ session, user: signedInUser }), { status: 201 })
    }),
  ),

  http.delete<PathParams, DefaultBodyType, undefined | Problem>(
    apiUrl(endpoints.session.signOut.path),
    handle(async (info) => {
      const auth = await resumeSession()
      // Signing out without a session is already done: answer as if it succeeded, clearing the client.
      if (!auth) return signedOut()
      return withCsrf(() => {
        endCurrentSession()
        return signedOut()
      })({ ...info, auth })
    }),
  ),

  /**
   * Step-up: the person types their password again. The session gets a new id and CSRF token
   * (ASVS5 7.2.4) and a fresh `authenticatedAt`; the absolute expiry stays that of the first sign-in.
   */
  http.post<PathParams, ReauthenticateBody, Session | Problem>(
    apiUrl(endpoints.session.reauthenticate.path),
    handle(
      withSession(
        withCsrf(async ({ request, auth }): Reply<Session> => {
          const body = await parseBody(request, ReauthenticateBodySchema)
          if (!body.ok) return body.response
          const wait = secondsUntilSignInAllowed(auth.user.email)
          if (wait !== null) return rateLimited(wait)
          if (!passwordMatches(auth.user, body.data.password)) {
            await recordFailure(auth.user.email)
            return invalidCredentials()
          }
          clearFailures(auth.user.email)
          const session = startSession(auth.user, auth.session)
          return json(SessionSchema, toSession({ session, user: auth.user }))
        }),
      ),
    ),
  ),
]
