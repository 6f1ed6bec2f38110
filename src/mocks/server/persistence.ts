import { z } from 'zod'

import { sessionCookie } from '../session/session-store'

import { mockClock } from './clock'
import { persistedTables, settleWrites } from './db'
import { MockSettingsSchema, mockSettings } from './settings'

/**
 * The fake server's disk. Exists only in mock builds (dev server, demo build): production has no
 * mock code at all. It holds what a real server would keep in its database, including demo session
 * ids and CSRF tokens, so browser tests that scan web storage for tokens (QUALITY check 1) must skip
 * keys starting with `mockStoragePrefix`: this is the simulated server, not the app.
 *
 * Only what can change is stored (the small collections, this browser's session id, the clock's
 * offset, dev settings); the large deterministic history is regenerated on load, so the value stays
 * far below localStorage's ~5 MB.
 */
export const mockStoragePrefix = 'privacy-centre.mock.'
const storageKey = `${mockStoragePrefix}state`

const PersistedStateSchema = z.object({
  version: z.literal(1),
  tables: z.record(z.string(), z.array(z.unknown())),
  currentSessionId: z.string().nullable(),
  clock: z.object({ offsetMs: z.number() }),
  settings: MockSettingsSchema,
})
type PersistedState = z.infer<typeof PersistedStateSchema>

function storage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage
}

/** Restores the last saved state over the fresh seed. Anything unreadable is discarded, not trusted. */
export async function loadPersistedState(): Promise<void> {
  const raw = storage()?.getItem(storageKey)
  if (!raw) return
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    parsed = null
  }
  const state = PersistedStateSchema.safeParse(parsed)
  if (!state.success) {
    clearPersistedState()
    return
  }
  await settleWrites()
  for (const table of persistedTables) {
    const rows = state.data.tables[table.name]
    // A table saved just as it was seeded (most of them, most of the time) is already right: re-creating its
    // rows, each validated again, would only delay the first page.
    if (rows && JSON.stringify(rows) !== JSON.stringify(table.snapshot())) await table.restore(rows)
  }
  sessionCookie.set(state.data.currentSessionId)
  mockClock.restore(state.data.clock)
  mockSettings.set(state.data.settings)
}

/** A save waiting for the page to settle (see `saveSoon`), or null. */
let pendingSave: ReturnType<typeof setTimeout> | null = null
const settleDelayMs = 1_000

/** Writes the state now (after any request that may change data, and from the dev panel). */
export function savePersistedState(): void {
  if (pendingSave !== null) clearTimeout(pendingSave)
  pendingSave = null
  const state: PersistedState = {
    version: 1,
    tables: Object.fromEntries(persistedTables.map((table) => [table.name, table.snapshot()])),
    currentSessionId: sessionCookie.get(),
    clock: mockClock.snapshot(),
    settings: mockSettings.get(),
  }
  storage()?.setItem(storageKey, JSON.stringify(state))
}

/**
 * After a read (GET, HEAD): all a read changes is the session's idle expiry, so the write waits for the page to
 * settle, and many reads (pages loading while a long list scrolls) share one write instead of one each.
 */
export function saveSoon(): void {
  pendingSave ??= setTimeout(savePersistedState, settleDelayMs)
}

/** Writes a waiting save at once (when the page goes away); nothing to do when none waits. */
export function savePendingState(): void {
  if (pendingSave !== null) savePersistedState()
}

export function clearPersistedState(): void {
  if (pendingSave !== null) clearTimeout(pendingSave)
  pendingSave = null
  storage()?.removeItem(storageKey)
}
