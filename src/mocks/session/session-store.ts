import { SessionSchema, type Session } from '#src/contract/session'

import { addToDate, mockClock } from '../server/clock'
import { db, onClearDb, trackWrite } from '../server/db'
import { randomToken } from '../server/prng'

import type { SessionRecord, UserRecord } from './records'

/** OWASP Session Management CS: 15–30 min idle for low-risk apps. */
export const idleTimeoutSeconds = 30 * 60
/** ASVS5 7.3.2: an absolute lifetime regardless of activity. */
export const absoluteTimeoutSeconds = 12 * 60 * 60

/*
 * "This browser's session cookie". A real server would set an HttpOnly cookie; the mock does not use
 * Set-Cookie because msw 2.x copies mocked cookies into document.cookie and persists them in
 * localStorage ("__msw-cookie-store__", msw/lib/core/utils/cookieStore.mjs), which would put a session
 * token in web storage that page scripts can read (ASVS5 14.3.3, QUALITY check 1). Instead the mock keeps
 * the cookie jar as its own state: exactly one session id per browser (per Node process in tests),
 * which the client never sees, just like an HttpOnly cookie.
 */
let currentSessionId: string | null = null

export const sessionCookie = {
  get: (): string | null => currentSessionId,
  set(id: string | null): void {
    currentSessionId = id
  },
}

onClearDb(() => sessionCookie.set(null))

export type Auth = { session: SessionRecord; user: UserRecord }

function iso(date: Date): string {
  return date.toISOString()
}

/** The moment the session ends: the idle expiry, capped by the absolute one. */
export function sessionExpiresAt(session: SessionRecord): string {
  return session.idleExpiresAt < session.absoluteExpiresAt ? session.idleExpiresAt : session.absoluteExpiresAt
}

export function toSession({ session, user }: Auth): Session {
  return SessionSchema.parse({
    user: { id: user.id, name: user.name, email: user.email },
    csrfToken: session.csrfToken,
    authenticatedAt: session.authenticatedAt,
    expiresAt: sessionExpiresAt(session),
    serverTime: iso(mockClock.now()),
  })
}

function dropCurrentSession(): void {
  const id = sessionCookie.get()
  if (id !== null) db.sessions.delete((q) => q.where({ id }))
  sessionCookie.set(null)
}

/**
 * Starts a fresh session for a person who just proved who they are. The previous session of this
 * browser is destroyed and the id and CSRF token are new, so a planted id is useless (session
 * fixation, ASVS5 7.2.4). Synchronous so tests can sign in without awaiting; the write is tracked.
 * `keepAbsoluteExpiryOf` carries the original absolute limit through a re-authentication.
 */
export function startSession(user: UserRecord, keepAbsoluteExpiryOf?: SessionRecord): SessionRecord {
  dropCurrentSession()
  const now = mockClock.now()
  const session: SessionRecord = {
    id: `ses_${randomToken(16)}`,
    userId: user.id,
    csrfToken: randomToken(24),
    createdAt: keepAbsoluteExpiryOf?.createdAt ?? iso(now),
    authenticatedAt: iso(now),
    idleExpiresAt: iso(addToDate(now, { seconds: idleTimeoutSeconds })),
    absoluteExpiresAt:
      keepAbsoluteExpiryOf?.absoluteExpiresAt ?? iso(addToDate(now, { seconds: absoluteTimeoutSeconds })),
  }
  trackWrite(db.sessions.create(session))
  sessionCookie.set(session.id)
  return session
}

export function endCurrentSession(): void {
  dropCurrentSession()
}

/**
 * The live session of this browser, or null. An expired session is deleted (ASVS5 7.4.1: it can never
 * be used again). A live one has its idle expiry pushed back: each authenticated request is activity.
 */
export async function resumeSession(): Promise<Auth | null> {
  const id = sessionCookie.get()
  if (id === null) return null
  const session = db.sessions.findFirst((q) => q.where({ id }))
  const now = iso(mockClock.now())
  if (!session || sessionExpiresAt(session) <= now) {
    dropCurrentSession()
    return null
  }
  const user = db.users.findFirst((q) => q.where({ id: session.userId }))
  if (!user) {
    dropCurrentSession()
    return null
  }
  const refreshed = await db.sessions.update(session, {
    data(draft) {
      draft.idleExpiresAt = iso(addToDate(mockClock.now(), { seconds: idleTimeoutSeconds }))
    },
  })
  return { session: refreshed ?? session, user }
}
