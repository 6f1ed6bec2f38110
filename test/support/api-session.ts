import { env } from '#src/config/env'
import { endpoints } from '#src/contract/endpoints'
import { SessionSchema, type Session } from '#src/contract/session'
import { createApiClient, type ApiClient } from '#src/lib/api-client'
import { demoAccount, type Person } from '#test/support/demo-people'

/*
 * API clients for tests that talk HTTP only, so they run both against the in-process mock (the default) and
 * against a real API (`API_BASE_URL=… npm run test:api`). A browser keeps the session cookie by itself; Node's
 * fetch does not, so each signed-in client carries a small cookie jar: it stores what `Set-Cookie` sets and sends
 * it back as `Cookie`. (The mock keeps its session server-side instead, one per process, and sets no cookie:
 * signing in again there replaces the previous client's session, so tests sign people in one after another.)
 */

const timeoutMs = 5_000

/** Path of a request under the API base, as the client builds it ("/session", "/me"). */
export function apiPath(path: string): URL {
  return new URL(`${env.apiBaseUrl.replace(/\/+$/, '')}${path}`)
}

type Fetch = (url: URL, init?: RequestInit) => Promise<Response>

/** RFC 6265 in miniature: name=value pairs by name; an empty value or Max-Age≤0 removes the cookie. */
function createCookieJar(): Fetch {
  const cookies = new Map<string, string>()
  const store = (setCookie: string) => {
    const [pair = '', ...attributes] = setCookie.split(';')
    const separator = pair.indexOf('=')
    if (separator <= 0) return
    const name = pair.slice(0, separator).trim()
    const value = pair.slice(separator + 1).trim()
    const maxAge = attributes.map((attribute) => /^\s*max-age=(-?\d+)/i.exec(attribute)?.[1]).find(Boolean)
    if (value === '' || (maxAge !== undefined && Number(maxAge) <= 0)) cookies.delete(name)
    else cookies.set(name, value)
  }
  return async (url, init = {}) => {
    const headers = new Headers(init.headers)
    if (cookies.size > 0) headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '))
    // The global fetch is read at each call: MSW replaces it once the test server listens.
    const response = await globalThis.fetch(url, { ...init, headers })
    for (const setCookie of response.headers.getSetCookie()) store(setCookie)
    return response
  }
}

/** A client with no session: every protected endpoint must answer 401. */
export function anonymousClient(): ApiClient {
  return createApiClient({ baseUrl: env.apiBaseUrl, timeoutMs, getCsrfToken: () => null, fetch: createCookieJar() })
}

/** Plain `fetch` of a path under the API base, without a session: for headers and raw bodies. */
export function anonymousFetch(path: string, init?: RequestInit): Promise<Response> {
  return createCookieJar()(apiPath(path), init)
}

type SignInOptions = {
  /** False sends mutations without the CSRF header, to test that the server refuses them. */
  csrf?: boolean
}

export type SignedIn = {
  /** The session the sign-in answered with: its CSRF token is the one the contract gives. */
  session: Session
  client: ApiClient
  /** Plain `fetch` of a path under the API base, with this person's cookies: for headers and raw bodies. */
  fetch: (path: string, init?: RequestInit) => Promise<Response>
}

/** Signs a demo person in over HTTP (POST /session with their e-mail and password), as the sign-in page does. */
export async function signIn(person: Person = 'typical', { csrf = true }: SignInOptions = {}): Promise<SignedIn> {
  const send = createCookieJar()
  const { email, password } = demoAccount(person)
  const session = await createApiClient({ baseUrl: env.apiBaseUrl, timeoutMs, getCsrfToken: () => null, fetch: send })
    .request(endpoints.session.signIn, { schema: SessionSchema, body: { email, password } })
  const client = createApiClient({
    baseUrl: env.apiBaseUrl,
    timeoutMs,
    getCsrfToken: () => (csrf ? session.csrfToken : null),
    fetch: send,
  })
  return { session, client, fetch: (path, init) => send(apiPath(path), init) }
}
