import '@testing-library/jest-dom/vitest'
import './support/jsdom-gaps'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi, type MockInstance } from 'vitest'

import { authInterrupts } from '#src/lib/auth-interrupts'
import { setCsrfToken } from '#src/lib/csrf-token'
import { localeStorageKey } from '#src/lib/i18n/locale-preference'
import { idleTimer } from '#src/lib/idle-timer'
import { server } from '#src/mocks/node'
import { resetDemoWorld, seedDemoWorld } from '#src/mocks/seed'

/** The only keys the app may write to web storage: non-personal preferences (ASVS5 14.3.3). */
const allowedStorageKeys = new Set([localeStorageKey])

let consoleError: MockInstance<typeof console.error>
let consoleWarn: MockInstance<typeof console.warn>
let storageWrites: MockInstance<Storage['setItem']>

// A route's lazy chunk can take over a second to transform on a loaded 2-core CI machine; a person
// would wait that long too. Assertions still fail fast when the text never appears.
configure({ asyncUtilTimeout: 5_000 })

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  // The db starts empty: the first test must find the demo world, as every later one does after a reset.
  await seedDemoWorld()
})

beforeEach(() => {
  // Epic Stack's rule: a console error or warning is a bug, so it fails the test that caused it.
  consoleError = vi.spyOn(console, 'error')
  consoleWarn = vi.spyOn(console, 'warn')
  storageWrites = vi.spyOn(Storage.prototype, 'setItem')
})

afterEach(async () => {
  cleanup()
  server.resetHandlers()
  await resetDemoWorld()
  authInterrupts.cancel()
  setCsrfToken(null)
  idleTimer.clear()
  const messages = [...consoleError.mock.calls, ...consoleWarn.mock.calls].map((args) => args.map(String).join(' '))
  const forbiddenKeys = storageWrites.mock.calls.map(([key]) => key).filter((key) => !allowedStorageKeys.has(key))
  localStorage.clear()
  sessionStorage.clear()
  document.title = ''
  if (messages.length > 0) throw new Error(`Console errors or warnings:\n${messages.join('\n')}`)
  if (forbiddenKeys.length > 0)
    throw new Error(`Web storage written outside the allowlist: ${forbiddenKeys.join(', ')}`)
})

afterAll(() => {
  server.close()
})
