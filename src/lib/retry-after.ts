/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * Returns whole seconds from `now`, never negative, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000))
}
