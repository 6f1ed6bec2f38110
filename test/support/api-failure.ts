import { ApiError } from '#src/lib/api-error'

/** The ApiError a request ended with; fails the test if it succeeded or threw something else. */
export async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  )
  if (!(reason instanceof ApiError)) throw new Error('expected the request to fail with an ApiError')
  return reason
}
