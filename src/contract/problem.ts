import * as z from 'zod/mini'

/**
 * The one error body of the API: RFC 9457 problem details, plus a machine-readable `code`
 * and, for 422, `errors` mapping a field path ("address.postcode") to catalogue message keys.
 */
export const ProblemCodeSchema = z.enum([
  'unauthenticated',
  'invalid_credentials',
  'insufficient_user_authentication',
  'csrf_failed',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_failed',
  'validation_failed',
  'idempotency_key_reused',
  'idempotency_key_in_flight',
  'rate_limited',
  'server_error',
])
export type ProblemCode = z.infer<typeof ProblemCodeSchema>

export const FieldErrorsSchema = z.record(z.string(), z.array(z.string()).check(z.minLength(1)))
export type FieldErrors = z.infer<typeof FieldErrorsSchema>

export const ProblemSchema = z.object({
  /** RFC 9457: absent means "about:blank". */
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  code: z.optional(ProblemCodeSchema),
  errors: z.optional(FieldErrorsSchema),
})
export type Problem = z.infer<typeof ProblemSchema>

export const problemContentType = 'application/problem+json'
