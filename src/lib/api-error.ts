import type { FieldErrors, ProblemCode } from '#src/contract/problem'

/**
 * Why a request failed, as the UI needs to tell it apart:
 * - `http`: the server answered with an error status (problem details parsed when possible);
 * - `network`: no answer at all (offline, DNS, connection refused);
 * - `timeout`: no answer within the client's time limit, so the outcome of a mutation is unknown;
 * - `contract`: the server answered 2xx with a body that breaks the contract, a bug to surface.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'contract'

type ApiErrorInit = {
  kind: ApiErrorKind
  status?: number
  code?: ProblemCode
  title?: string
  fieldErrors?: FieldErrors
  retryAfterSeconds?: number
  /** The RFC 9470 `max_age` of a step-up challenge. */
  maxAgeSeconds?: number
}

/** The one error type every API call throws. Its message never holds response bodies (ASVS5 16.5.1, 16.2.5). */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  readonly code: ProblemCode | undefined
  readonly fieldErrors: FieldErrors
  readonly retryAfterSeconds: number | undefined
  readonly maxAgeSeconds: number | undefined

  constructor(init: ApiErrorInit) {
    super(init.title ?? `API ${init.kind} error${init.status ? ` ${init.status}` : ''}`)
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.fieldErrors = init.fieldErrors ?? {}
    this.retryAfterSeconds = init.retryAfterSeconds
    this.maxAgeSeconds = init.maxAgeSeconds
  }

  /** A plain 401: the session is gone. Not a step-up challenge, not wrong credentials. */
  get isSessionExpired(): boolean {
    return (
      this.status === 401 && this.code !== 'insufficient_user_authentication' && this.code !== 'invalid_credentials'
    )
  }

  /** RFC 9470: the API wants the person to authenticate again before this action. */
  get isStepUpRequired(): boolean {
    return this.status === 401 && this.code === 'insufficient_user_authentication'
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
