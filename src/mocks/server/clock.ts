/**
 * The mock server's one clock. Every date the mock computes (session expiry, rate-limit windows,
 * due dates, retention) reads `mockClock.now()`, so the dev panel and tests can move time forward
 * instead of waiting.
 *
 * Two modes:
 * - `frozen` (default, Node/Vitest): time stands still at a fixed instant and moves only through
 *   `advance()`, so every test sees the same dates.
 * - `ticking` (the browser, switched on by `enableMocking`): real time plus an offset, so a demo
 *   session idles out like a real one. Only the offset is persisted, so "+7 days" survives a reload.
 */

import { createChangeListeners } from '#src/lib/change-listeners'

/** The instant the deterministic demo history ends and the frozen clock starts. */
export const clockStart = new Date('2026-11-28T09:00:00.000Z')

type ClockMode = 'frozen' | 'ticking'

export type ClockState = { offsetMs: number }

let mode: ClockMode = 'frozen'
let offsetMs = 0
const { subscribe, notify } = createChangeListeners()

function baseNow(): number {
  return mode === 'frozen' ? clockStart.getTime() : Date.now()
}

/** Calendar months: Jan 31 + 1 month is the last day of February, as statutory deadlines count. */
function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

export type ClockStep = { days?: number; months?: number; seconds?: number }

export const mockClock = {
  now(): Date {
    return new Date(baseNow() + offsetMs)
  },
  /** Moves the server's time forward; time never goes backwards except through `reset()`. */
  advance({ days = 0, months = 0, seconds = 0 }: ClockStep): void {
    const from = mockClock.now()
    const to = addMonths(new Date(from.getTime() + days * 86_400_000 + seconds * 1000), months)
    offsetMs += Math.max(0, to.getTime() - from.getTime())
    notify()
  },
  reset(): void {
    offsetMs = 0
    notify()
  },
  /** The browser runtime calls this once; Node stays frozen for deterministic tests. */
  useRealTime(): void {
    mode = 'ticking'
    notify()
  },
  snapshot(): ClockState {
    return { offsetMs }
  },
  restore(state: ClockState): void {
    offsetMs = Math.max(0, state.offsetMs)
    notify()
  },
  subscribe,
}

/** Adds whole days or calendar months to an instant (used by business rules such as due dates). */
export function addToDate(date: Date, { days = 0, months = 0, seconds = 0 }: ClockStep): Date {
  return addMonths(new Date(date.getTime() + days * 86_400_000 + seconds * 1000), months)
}
