/**
 * Temporary stand-in for test/setup.ts while the mock backend it imports is being written:
 * `npx vitest run test/components --setupFiles test/components/local-setup.ts`.
 * It keeps the same rules: jest-dom matchers, cleanup, console errors/warnings fail the test.
 */
import '@testing-library/jest-dom/vitest'
import './jsdom-gaps'

import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

let consoleError: MockInstance<typeof console.error>
let consoleWarn: MockInstance<typeof console.warn>

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
  consoleWarn = vi.spyOn(console, 'warn')
})

afterEach(() => {
  cleanup()
  document.title = ''
  const messages = [...consoleError.mock.calls, ...consoleWarn.mock.calls].map((args) => args.map(String).join(' '))
  if (messages.length > 0) throw new Error(`Console errors or warnings:\n${messages.join('\n')}`)
})
