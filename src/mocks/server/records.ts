import { z } from 'zod'

import { IdSchema, TimestampSchema } from '#src/contract/common'

/**
 * Record schemas every area shares: the idempotency store and the outbox. Each area's own records are in its
 * folder (`<area>/records.ts`). A record schema extends a contract schema with server-only fields, so the db
 * rejects a record that would break the contract, and `XSchema.parse(record)` in a handler strips the
 * server-only fields from the response.
 */

/** The stored outcome of a request sent with an Idempotency-Key (IETF draft, Stripe's model). */
export const IdempotencyRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  key: z.string().min(1).max(255),
  /** Method + path + body digest: the same key with another payload is a client bug (422). */
  fingerprint: z.string(),
  state: z.enum(['in_flight', 'completed']),
  status: z.number().int().nullable(),
  body: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  createdAt: TimestampSchema,
})
export type IdempotencyRecord = z.infer<typeof IdempotencyRecordSchema>

/** Mail the server "sent": notifications land here instead of a mailbox (QUALITY check 12). */
export const OutboxMessageRecordSchema = z.object({
  id: IdSchema,
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: TimestampSchema,
})
export type OutboxMessageRecord = z.infer<typeof OutboxMessageRecordSchema>
