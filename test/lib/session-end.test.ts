import { QueryClient } from '@tanstack/react-query'
import { expect, test, vi } from 'vitest'

import { forgetSession } from '#src/lib/session'
import { onSessionEnd } from '#src/lib/session-end'

test('forgetting the session tells every listener once, and a listener that stopped hears nothing', () => {
  const heard = vi.fn()
  const stopped = vi.fn()
  const stopListening = onSessionEnd(stopped)
  const unsubscribe = onSessionEnd(heard)
  stopListening()

  forgetSession(new QueryClient())

  expect(heard).toHaveBeenCalledTimes(1)
  expect(stopped).not.toHaveBeenCalled()
  unsubscribe()
})
