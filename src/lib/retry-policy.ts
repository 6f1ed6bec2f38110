import { isApiError } from './api-error'

/** Two retries after the first try: enough to ride out a blip, few enough not to storm a struggling server. */
const maxRetries = 2

function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  const status = error.status ?? 0
  return status === 408 || status === 429 || status >= 500
}

/**
 * Queries retry only network errors, timeouts, 5xx, 408 and 429, never another 4xx:
 * a 401, 403, 404 or 422 will not change by asking again.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && isRetryable(error)
}

/** Honours Retry-After when the server gives one; otherwise capped exponential backoff. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) return error.retryAfterSeconds * 1000
  return Math.min(1000 * 2 ** failureCount, 30_000)
}
