import { safeParse, type $ZodType, type output } from 'zod/v4/core'

import { env } from '#src/config/env'
import { toPath, type Endpoint, type PathParams } from '#src/contract/endpoints'
import { headers, stepUpChallengeError } from '#src/contract/headers'
import { ProblemSchema } from '#src/contract/problem'

import { ApiError } from './api-error'
import { getCsrfToken } from './csrf-token'
import { parseRetryAfter } from './retry-after'

export type RequestOptions<S extends $ZodType> = {
  /** Every response is parsed with its schema: a body that breaks the contract becomes an ApiError. */
  schema: S
  params?: PathParams
  query?: Readonly<Record<string, string | number | undefined>>
  body?: unknown
  signal?: AbortSignal
  /** One key per logical submission, reused for its retries (draft-ietf-httpapi-idempotency-key-header). */
  idempotencyKey?: string
  ifMatch?: string
}

type ApiClientConfig = {
  baseUrl: string
  timeoutMs: number
  getCsrfToken: () => string | null
  /**
   * Sends the request; the global `fetch` (read at each call) when absent. Only Node callers need another: a
   * browser keeps the session cookie itself, Node's fetch does not.
   */
  fetch?: (url: URL, init: RequestInit) => Promise<Response>
}

function buildUrl(baseUrl: string, endpoint: Endpoint, options: RequestOptions<$ZodType>): URL {
  const url = new URL(baseUrl.replace(/\/$/, '') + toPath(endpoint.path, options.params))
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value))
  }
  return url
}

function buildHeaders(config: ApiClientConfig, endpoint: Endpoint, options: RequestOptions<$ZodType>): Headers {
  const result = new Headers({ Accept: 'application/json' })
  if (options.body !== undefined) result.set('Content-Type', 'application/json')
  if (endpoint.method !== 'GET') {
    const token = config.getCsrfToken()
    if (token) result.set(headers.csrf, token)
  }
  if (options.idempotencyKey) result.set(headers.idempotencyKey, options.idempotencyKey)
  if (options.ifMatch) result.set(headers.ifMatch, options.ifMatch)
  return result
}

/** RFC 9470 challenge: `Bearer error="insufficient_user_authentication", max_age=300`. */
function readStepUpChallenge(response: Response): { isStepUp: boolean; maxAgeSeconds?: number } {
  const challenge = response.headers.get(headers.wwwAuthenticate) ?? ''
  if (!challenge.includes(`error="${stepUpChallengeError}"`)) return { isStepUp: false }
  const maxAge = /max_age="?(\d+)"?/.exec(challenge)?.[1]
  return { isStepUp: true, ...(maxAge ? { maxAgeSeconds: Number(maxAge) } : {}) }
}

async function toHttpError(response: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get(headers.retryAfter))
  const { isStepUp, maxAgeSeconds } = readStepUpChallenge(response)
  const body: unknown = await response.json().catch(() => undefined)
  const problem = ProblemSchema.safeParse(body)
  const parsed = problem.success ? problem.data : undefined
  return new ApiError({
    kind: 'http',
    status: response.status,
    code: isStepUp ? 'insufficient_user_authentication' : parsed?.code,
    // Only the status is kept in the message: a body may hold stack traces or personal data (ASVS5 16.5.1).
    title: `HTTP ${response.status}`,
    ...(parsed?.errors ? { fieldErrors: parsed.errors } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
  })
}

async function parseSuccess<S extends $ZodType>(response: Response, schema: S): Promise<output<S>> {
  let body: unknown = undefined
  if (response.status !== 204) {
    const text = await response.text()
    if (text !== '') {
      try {
        body = JSON.parse(text)
      } catch {
        throw new ApiError({ kind: 'contract', status: response.status, title: 'Response is not JSON' })
      }
    }
  }
  const result = safeParse(schema, body)
  if (!result.success) {
    throw new ApiError({ kind: 'contract', status: response.status, title: 'Response breaks the contract' })
  }
  return result.data
}

export function createApiClient(config: ApiClientConfig) {
  async function request<S extends $ZodType>(endpoint: Endpoint, options: RequestOptions<S>): Promise<output<S>> {
    const timeout = AbortSignal.timeout(config.timeoutMs)
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
    let response: Response
    try {
      const send = config.fetch ?? fetch
      response = await send(buildUrl(config.baseUrl, endpoint, options), {
        method: endpoint.method,
        headers: buildHeaders(config, endpoint, options),
        body: options.body === undefined ? null : JSON.stringify(options.body),
        credentials: 'include',
        signal,
      })
    } catch (error) {
      // A caller's abort (TanStack Query cancelling) is not a failure; let it through untouched.
      if (options.signal?.aborted) throw error
      throw new ApiError({ kind: timeout.aborted ? 'timeout' : 'network' })
    }
    if (!response.ok) throw await toHttpError(response)
    return parseSuccess(response, options.schema)
  }

  return { request }
}

export type ApiClient = ReturnType<typeof createApiClient>

/** The app's client: absolute URLs from the configured base, cookies sent, CSRF header on mutations. */
export const api: ApiClient = createApiClient({
  baseUrl: env.apiBaseUrl,
  timeoutMs: env.requestTimeoutMs,
  getCsrfToken,
})
