import type { Session } from '#src/contract/session'

import { addToDate, mockClock } from '../server/clock'
import { db, trackWriteAfterPending } from '../server/db'

import { sessionCookie, startSession, toSession } from './session-store'
import { findUserByEmail } from './users'

/*
 * What tests do to this browser's session without the UI: sign in, age the authentication, expire it.
 * They change the server's state directly, so only tests that run against this mock may use them.
 */

/**
 * Signs `email` in without the UI and makes it this browser's session, as a session
 * cookie would. Synchronous; the db write lands before the next request is handled.
 */
export function createSession(email: string): Session {
  const user = findUserByEmail(email)
  if (!user) throw new Error(`createSession: no demo user with email ${email}`)
  const session = startSession(user)
  return toSession({ session, user })
}

function updateCurrentSession(
  change: (draft: { authenticatedAt: string; idleExpiresAt: string }) => void,
): Promise<void> {
  const id = sessionCookie.get()
  if (id === null) throw new Error('There is no current session')
  return trackWriteAfterPending(async () => {
    const session = db.sessions.findFirst((q) => q.where({ id }))
    if (session) await db.sessions.update(session, { data: change })
  })
}

/** Pretends the person last proved who they are `seconds` earlier, to trigger step-up. */
export function ageCurrentAuthentication(seconds: number): Promise<void> {
  return updateCurrentSession((draft) => {
    draft.authenticatedAt = addToDate(new Date(draft.authenticatedAt), { seconds: -seconds }).toISOString()
  })
}

/** Ends the current session on the server side, as an idle timeout would. */
export function expireCurrentSession(): Promise<void> {
  return updateCurrentSession((draft) => {
    draft.idleExpiresAt = addToDate(mockClock.now(), { seconds: -1 }).toISOString()
  })
}
