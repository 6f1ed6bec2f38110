import { z } from 'zod'

import { mockClock } from './clock'
import { persistedTables, settleWrites } from './db'
import { sessionCookie } from './sessions'
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
    if (rows) await table.restore(rows)
  }
  sessionCookie.set(state.data.currentSessionId)
  mockClock.restore(state.data.clock)
  mockSettings.set(state.data.settings)
}

export function savePersistedState(): void {
  const state: PersistedState = {
    version: 1,
    tables: Object.fromEntries(persistedTables.map((table) => [table.name, table.snapshot()])),
    currentSessionId: sessionCookie.get(),
    clock: mockClock.snapshot(),
    settings: mockSettings.get(),
  }
  storage()?.setItem(storageKey, JSON.stringify(state))
}

export function clearPersistedState(): void {
  storage()?.removeItem(storageKey)
}
