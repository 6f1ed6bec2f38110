import { isApiError } from '#src/lib/api-error'

import type { ErrorStateKind } from './error-state'

/** Picks the ErrorState wording for a failed query; anything unexpected reads as a server problem. */
export function getErrorStateKind(error: unknown): ErrorStateKind {
  if (!isApiError(error)) return 'server'
  if (error.kind === 'network') return 'network'
  if (error.kind === 'timeout') return 'timeout'
  if (error.kind === 'contract') return 'contract'
  if (error.status === 429 || error.code === 'rate_limited') return 'rateLimited'
  return 'server'
}
