import type { Endpoint } from '#src/contract/endpoints'

import { worker } from './browser'
import { resetDemoWorld } from './seed'
import { mockClock, type ClockStep } from './server/clock'
import { db } from './server/db'
import { clearPersistedState, savePersistedState } from './server/persistence'
import type { OutboxMessageRecord } from './server/records'
import { endpointKey, allEndpoints, scenarioHandler, scenarioHandlersFromSearch, type ScenarioName } from './server/scenarios'
import { mockSettings, type LatencySetting } from './server/settings'

/**
 * What the dev panel may do to the mock server in the browser. Every change is saved at once so it
 * survives a reload like the rest of the server's state.
 */

/** Scenarios from `?scenario=` apply for this page load only; the dev panel's choices persist. */
let urlScenarioSearch = ''

/** Rebuilds the override list: URL scenarios first, then the per-endpoint choices of the dev panel. */
export function applyScenarios(search = urlScenarioSearch): void {
  urlScenarioSearch = search
  const chosen = mockSettings.get().scenarios
  const overrides = allEndpoints.flatMap((endpoint: Endpoint) => {
    const name = chosen[endpointKey(endpoint)]
    return name ? [scenarioHandler(name, endpoint)] : []
  })
  worker.resetHandlers()
  worker.use(...scenarioHandlersFromSearch(search), ...overrides)
}

export function setEndpointScenario(key: string, name: ScenarioName | null): void {
  const current = mockSettings.get().scenarios
  const scenarios =
    name === null
      ? Object.fromEntries(Object.entries(current).filter(([endpoint]) => endpoint !== key))
      : { ...current, [key]: name }
  mockSettings.set({ ...mockSettings.get(), scenarios })
  applyScenarios()
  savePersistedState()
}

export function setLatency(latency: LatencySetting): void {
  mockSettings.set({ ...mockSettings.get(), latency })
  savePersistedState()
}

export function advanceClock(step: ClockStep): void {
  mockClock.advance(step)
  savePersistedState()
}

export function listOutbox(): OutboxMessageRecord[] {
  return db.outbox.findMany(undefined, { orderBy: { sentAt: 'desc' } }).map((message) => ({ ...message }))
}

/** Back to the seed: data, session, clock and dev settings. The caller reloads the page afterwards. */
export async function resetDemoData(): Promise<void> {
  clearPersistedState()
  mockSettings.reset()
  await resetDemoWorld()
  applyScenarios()
}
