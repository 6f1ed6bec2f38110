import { delay, http, HttpResponse, type HttpHandler, type HttpRequestHandler, type RequestHandlerOptions } from 'msw'
import { z } from 'zod'

import { endpoints, type Endpoint, type HttpMethod } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'

import { apiUrl } from './api-url'
import { problem, serverError, unauthenticated } from './responses'

/**
 * Named faults, one per failure the UI must survive (QUALITY Part 3, "Fault kit"). The same handler
 * objects serve tests (`server.use(scenarioHandler('serverError', endpoints.account.me))`) and the
 * browser (`worker.use(...)`, the dev panel, or `?scenario=serverError:GET /me` in the page URL).
 */
export const ScenarioNameSchema = z.enum(['serverError', 'networkFailure', 'slow', 'sessionExpired', 'rateLimited'])
export type ScenarioName = z.infer<typeof ScenarioNameSchema>
export const scenarioNames = ScenarioNameSchema.options

/** How long the `slow` scenario holds a response before the real handler answers. */
export const slowScenarioMs = 3_000
/** The `rateLimited` scenario's Retry-After, in seconds. */
export const rateLimitedRetryAfterSeconds = 30

const register: Readonly<Record<HttpMethod, HttpRequestHandler>> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
}

/** "POST /session": how the dev panel, settings and `?scenario=` name an endpoint. */
export function endpointKey(endpoint: Endpoint): string {
  return `${endpoint.method} ${endpoint.path}`
}

/** Every endpoint of the contract, read from `endpoints` so a new endpoint appears here by itself. */
export const allEndpoints: readonly Endpoint[] = Object.values(endpoints).flatMap((group) =>
  Object.values<Endpoint>(group),
)

function respond(name: ScenarioName) {
  return async (): Promise<Response | undefined> => {
    switch (name) {
      case 'serverError':
        return serverError()
      case 'networkFailure':
        // What a dropped connection, DNS failure or offline tab looks like to fetch: a TypeError.
        return HttpResponse.error()
      case 'slow':
        await delay(slowScenarioMs)
        // Falling through lets the real handler answer, late.
        return undefined
      case 'sessionExpired':
        return unauthenticated()
      case 'rateLimited':
        return problem({
          status: 429,
          code: 'rate_limited',
          title: 'Too many requests',
          headers: { [headers.retryAfter]: String(rateLimitedRetryAfterSeconds) },
        })
    }
  }
}

/** One endpoint under one fault. Pass `{ once: true }` for a one-time fault (a retry then succeeds). */
export function scenarioHandler(name: ScenarioName, endpoint: Endpoint, options?: RequestHandlerOptions): HttpHandler {
  return register[endpoint.method](apiUrl(endpoint.path), respond(name), options)
}

/** The fault on every endpoint of the contract. */
export function scenarioHandlersFor(name: ScenarioName, options?: RequestHandlerOptions): HttpHandler[] {
  return allEndpoints.map((endpoint) => scenarioHandler(name, endpoint, options))
}

/**
 * Reads `?scenario=serverError` (every endpoint) or `?scenario=serverError:POST /session` (one).
 * Several may be given (`?scenario=a&scenario=b`). Unknown names and endpoints are ignored.
 */
export function scenarioHandlersFromSearch(search: string): HttpHandler[] {
  const handlers: HttpHandler[] = []
  for (const value of new URLSearchParams(search).getAll('scenario')) {
    const separator = value.indexOf(':')
    const name = ScenarioNameSchema.safeParse(separator === -1 ? value : value.slice(0, separator))
    if (!name.success) continue
    if (separator === -1) {
      handlers.push(...scenarioHandlersFor(name.data))
      continue
    }
    const key = value
      .slice(separator + 1)
      .trim()
      .replace(/\s+/, ' ')
    const endpoint = allEndpoints.find((candidate) => endpointKey(candidate).toUpperCase() === key.toUpperCase())
    if (endpoint) handlers.push(scenarioHandler(name.data, endpoint))
  }
  return handlers
}
