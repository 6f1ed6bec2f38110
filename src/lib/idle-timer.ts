import type { Session } from '#src/contract/session'

import { createChangeListeners } from './change-listeners'

/**
 * When the server will end the session for inactivity, on this browser's clock (WCAG 2.2.1: warn in time).
 *
 * The browser's clock and the server's may disagree by any amount, so an `expiresAt` is never compared
 * with `Date.now()`. Only durations cross over: the session response gives the timeout's length
 * (`expiresAt - serverTime`, both on the server's clock), and each successful API response, which
 * refreshed the server's idle timer, restarts it on the browser's clock. The query client reports
 * responses; the session module reports session answers. React reads the deadline through
 * `useSyncExternalStore`.
 *
 * The response's arrival is a little later than the moment the server refreshed its timer, so the local
 * deadline errs late by the request's latency; the warning leaves minutes for that.
 */
let timeoutMs: number | null = null
let lastActivityAt: number | null = null
const { subscribe, notify } = createChangeListeners()

export const idleTimer = {
  subscribe,

  /** The local time (ms) at which the session ends if nothing happens, or null when there is no session. */
  getDeadline: (): number | null => (timeoutMs === null || lastActivityAt === null ? null : lastActivityAt + timeoutMs),

  /** The timeout's full length in ms, or null when there is no session. */
  getTimeoutMs: (): number | null => timeoutMs,

  /** A session answer: it gives the timeout's length and, being a request, refreshed the timer. */
  sessionReceived: (session: Session): void => {
    timeoutMs = Math.max(0, Date.parse(session.expiresAt) - Date.parse(session.serverTime))
    lastActivityAt = Date.now()
    notify()
  },

  /** Any successful API response: the server counted it as activity. */
  activity: (): void => {
    if (timeoutMs === null) return
    lastActivityAt = Date.now()
    notify()
  },

  /** Signed out, or the session ended: nothing to count down. */
  clear: (): void => {
    timeoutMs = null
    lastActivityAt = null
    notify()
  },
}
