import { z } from 'zod'

import { AccountSchema } from '#src/contract/account'
import { IdSchema, TimestampSchema } from '#src/contract/common'

/*
 * What the server stores about who is signed in: the people (users), their server-side sessions and the
 * failed sign-ins counted for rate limiting. Every other area keys its records by a user's id.
 */

export const UserRecordSchema = z.object({
  ...AccountSchema.shape,
  /** Plain text on purpose: this is a demo server whose passwords are printed in the dev panel. */
  password: z.string().min(1),
  /** Seeds the deterministic history of this person (transactions, usage, customer service). */
  historySeed: z.string().min(1),
  /**
   * When the current session's sign-in happened. `lastSignInAt`, which the account shows, is the sign-in
   * before it, so a person can spot a sign-in that was not theirs.
   */
  currentSignInAt: z.optional(TimestampSchema),
})
export type UserRecord = z.infer<typeof UserRecordSchema>

/**
 * A server-side session: what a real server keys by the HttpOnly session cookie.
 * The timeouts follow OWASP session management (idle) and ASVS 7.3.2 (absolute).
 */
export const SessionRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  csrfToken: z.string().min(16),
  createdAt: TimestampSchema,
  authenticatedAt: TimestampSchema,
  idleExpiresAt: TimestampSchema,
  absoluteExpiresAt: TimestampSchema,
})
export type SessionRecord = z.infer<typeof SessionRecordSchema>

/** One failed sign-in or re-authentication, counted per normalised email for rate limiting. */
export const SignInAttemptRecordSchema = z.object({
  id: IdSchema,
  email: z.string(),
  at: TimestampSchema,
})
