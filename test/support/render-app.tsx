import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'

import { App } from '#src/app/app'
import { createQueryClient } from '#src/app/query-client'
import { createRoutes } from '#src/app/router'
import { loadCatalogue } from '#src/lib/i18n/catalogue'
import type { Locale } from '#src/lib/i18n/message'
import { createSession } from '#src/mocks/session/test-controls'
import { demoAccount, type Person } from '#test/support/demo-people'

type RenderAppOptions = {
  url?: string
  signedInAs?: Person
  locale?: Locale
  /** With fake timers, user-event's own pauses must advance them: pass `vi.advanceTimersByTime`. */
  advanceTimers?: (ms: number) => unknown
}

/**
 * Mounts the real route table, providers and query defaults (retries off, as TanStack's testing guide
 * advises) against the mock backend. Signing in goes through the mock's own session store, as the
 * browser's cookie would.
 */
export async function renderApp({ url = '/', signedInAs, locale = 'fr', advanceTimers }: RenderAppOptions = {}) {
  if (signedInAs) createSession(demoAccount(signedInAs).email)
  const queryClient = createQueryClient({ retry: false })
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] })
  const catalogue = await loadCatalogue(locale)
  const user = userEvent.setup(advanceTimers ? { advanceTimers } : {})
  const view = render(<App queryClient={queryClient} router={router} i18n={{ locale, catalogue }} devTools={null} />)
  return { ...view, user, router, queryClient }
}
