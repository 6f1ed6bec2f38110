import { isApiError } from './api-error'
import { authInterrupts } from './auth-interrupts'

/**
 * Runs a request; if the API answers that the session expired or that it wants a fresh authentication
 * (RFC 9470), asks the person in place and sends the same request once more. The caller's closure keeps
 * the same Idempotency-Key, so the retry can never create a second record.
 */
export async function withReauthentication<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    if (!isApiError(error) || !(error.isStepUpRequired || error.isSessionExpired)) throw error
    await authInterrupts.request(error.isStepUpRequired ? 'step-up' : 'sign-in')
    return send()
  }
}
