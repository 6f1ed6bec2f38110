import { env } from '#src/config/env'
import { createApiClient } from '#src/lib/api-client'
import { createSession } from '#src/mocks/session/test-controls'
import { demoAccount, type Person } from '#test/support/render-app'

interface SignedInClientOptions {
  /** False sends mutations without the CSRF header, to test that the server refuses them. */
  csrf?: boolean
}

/** An API client signed in as a demo person, outside the UI, with the mock session it holds. */
export function signedInClient(person: Person = 'typical', { csrf = true }: SignedInClientOptions = {}) {
  const session = createSession(demoAccount(person).email)
  const client = createApiClient({
    baseUrl: env.apiBaseUrl,
    timeoutMs: 5000,
    getCsrfToken: () => (csrf ? session.csrfToken : null),
  })
  return { session, client }
}
