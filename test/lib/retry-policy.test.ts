import { expect, test } from 'vitest'

import { ApiError } from '#src/lib/api-error'
import { parseRetryAfter } from '#src/lib/retry-after'
import { retryDelay, shouldRetryQuery } from '#src/lib/retry-policy'

test.each([408, 429, 500, 502, 503])('a %i is retried, at most twice', (status) => {
  const error = new ApiError({ kind: 'http', status })
  expect(shouldRetryQuery(0, error)).toBe(true)
  expect(shouldRetryQuery(1, error)).toBe(true)
  expect(shouldRetryQuery(2, error)).toBe(false)
})

test.each([400, 401, 403, 404, 409, 410, 412, 422])('a %i is never retried', (status) => {
  expect(shouldRetryQuery(0, new ApiError({ kind: 'http', status }))).toBe(false)
})

test.each(['network', 'timeout'] as const)('a %s failure is retried', (kind) => {
  expect(shouldRetryQuery(0, new ApiError({ kind }))).toBe(true)
})

test('a response that breaks the contract is not retried: asking again gives the same bug', () => {
  expect(shouldRetryQuery(0, new ApiError({ kind: 'contract', status: 200 }))).toBe(false)
})

test('the delay honours Retry-After, and otherwise backs off up to 30 seconds', () => {
  expect(retryDelay(0, new ApiError({ kind: 'http', status: 429, retryAfterSeconds: 7 }))).toBe(7000)
  expect(retryDelay(1, new ApiError({ kind: 'http', status: 503 }))).toBe(2000)
  expect(retryDelay(10, new ApiError({ kind: 'network' }))).toBe(30_000)
})

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = new Date('2026-11-28T10:00:00Z')
  expect(parseRetryAfter('30', now)).toBe(30)
  expect(parseRetryAfter('Sat, 28 Nov 2026 10:01:00 GMT', now)).toBe(60)
  expect(parseRetryAfter('Sat, 28 Nov 2026 09:00:00 GMT', now)).toBe(0)
  expect(parseRetryAfter('soon', now)).toBeUndefined()
  expect(parseRetryAfter(null, now)).toBeUndefined()
})
