import { z } from 'zod'

import { createChangeListeners } from '#src/lib/change-listeners'

import { ScenarioNameSchema } from './scenarios'

/**
 * Dev-panel settings of the mock server. They matter only in the browser; Node ignores latency
 * and applies scenarios through `server.use()` in each test.
 */
export const LatencySettingSchema = z.union([z.literal('realistic'), z.literal(0), z.literal(500), z.literal(2000)])
export type LatencySetting = z.infer<typeof LatencySettingSchema>

export const MockSettingsSchema = z.object({
  latency: LatencySettingSchema,
  /** Endpoint key ("POST /session") → the fault scenario switched on for it. */
  scenarios: z.record(z.string(), ScenarioNameSchema),
})
export type MockSettings = z.infer<typeof MockSettingsSchema>

export type MockRuntime = 'node' | 'browser'

const defaults: MockSettings = { latency: 'realistic', scenarios: {} }

let runtime: MockRuntime = 'node'
let settings: MockSettings = defaults
const changes = createChangeListeners()

export const mockSettings = {
  runtime: (): MockRuntime => runtime,
  /** Called once by enableMocking(): switches latency on. Node never calls it. */
  setRuntime(next: MockRuntime): void {
    runtime = next
  },
  get: (): MockSettings => settings,
  set(next: MockSettings): void {
    settings = next
    changes.notify()
  },
  reset(): void {
    mockSettings.set(defaults)
  },
  subscribe: changes.subscribe,
}
