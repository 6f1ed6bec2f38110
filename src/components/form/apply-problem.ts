import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'

import { isApiError } from '#src/lib/api-error'
import type { MessageKey } from '#src/lib/i18n/catalogue'

/** Catalogue keys for failures that belong to the whole form rather than to one field. */
function getRootMessage(error: unknown): MessageKey {
  if (!isApiError(error)) return 'forms.problem.server'
  if (error.kind === 'network') return 'forms.problem.network'
  if (error.kind === 'timeout') return 'forms.problem.timeout'
  if (error.status === 429 || error.code === 'rate_limited') return 'forms.problem.rateLimited'
  return 'forms.problem.server'
}

/**
 * Shows a failed submission in the form's error summary (GOV.UK: server errors show like client ones).
 * Each entry of a 422 problem's `errors` goes to its field as a `server` error; the message is
 * the contract's catalogue key, translated when rendered, so client and server wording match.
 * Anything else (server error, offline, timeout, rate limit, contract break) becomes one
 * `root.server` error with a catalogue key describing the failure. Values are left as typed
 * (WCAG 3.3.7). Returns true when at least one field error was set.
 */
export function applyProblemToForm<TFieldValues extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<TFieldValues>,
): boolean {
  const fieldEntries = isApiError(error) ? Object.entries(error.fieldErrors) : []
  let hasFieldError = false
  for (const [path, messages] of fieldEntries) {
    const [message] = messages
    if (message === undefined) continue
    // GOV.UK shows one message per field: the first is the most basic problem.
    // The path comes from the contract's own schema, so it names a field of this form.
    setError(path as Path<TFieldValues>, { type: 'server', message })
    hasFieldError = true
  }
  if (!hasFieldError) setError('root.server', { type: 'server', message: getRootMessage(error) })
  return hasFieldError
}
