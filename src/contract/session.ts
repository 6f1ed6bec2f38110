import * as z from 'zod/mini'

import { IdSchema, TimestampSchema } from './common'

/**
 * The sign-in email: trimmed, at most 254 characters (GOV.UK email pattern, OWASP input validation).
 * Messages are catalogue keys, so the form and the server show the same words.
 */
export const SignInEmailSchema = z.pipe(
  z
    .string('validation.email.required')
    .check(z.trim(), z.minLength(1, 'validation.email.required'), z.maxLength(254, 'validation.email.tooLong')),
  z.email('validation.email.format'),
)

export const SignInBodySchema = z.object({
  email: SignInEmailSchema,
  // Never trimmed or constrained beyond presence: a password manager's value must pass untouched (WCAG 3.3.8).
  password: z
    .string('validation.password.required')
    .check(z.minLength(1, 'validation.password.required'), z.maxLength(1024)),
})
export type SignInBody = z.infer<typeof SignInBodySchema>

export const ReauthenticateBodySchema = z.pick(SignInBodySchema, { password: true })
export type ReauthenticateBody = z.infer<typeof ReauthenticateBodySchema>

export const SessionUserSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
})
export type SessionUser = z.infer<typeof SessionUserSchema>

export const SessionSchema = z.object({
  user: SessionUserSchema,
  /** Sent back in the X-CSRF-Token header on every mutation; held in memory only. */
  csrfToken: z.string().check(z.minLength(16)),
  /** When the person last proved who they are; step-up compares it with the endpoint's max_age. */
  authenticatedAt: TimestampSchema,
  /** When the session ends if nothing happens (idle timeout), on the server's clock. */
  expiresAt: TimestampSchema,
  /**
   * The server's clock when it answered, so the client can measure the idle timeout
   * (`expiresAt - serverTime`) without trusting its own clock.
   */
  serverTime: TimestampSchema,
})
export type Session = z.infer<typeof SessionSchema>
