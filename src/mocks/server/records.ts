import { z } from 'zod'

import { CountSchema, IdSchema, TimestampSchema } from '#src/contract/common'
import { PrivacyMessageSchema, PrivacyMessageTextSchema } from '#src/contract/privacy-messages'

/**
 * Record schemas: what the mock server stores. Each extends a contract schema with server-only
 * fields, so the db rejects a record that would break the contract, and `XSchema.parse(record)`
 * in a handler strips the server-only fields from the response.
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

/*
 * Generated history: served later by "My data". These are derived deterministically from a user's
 * `historySeed` and cached, never stored in a collection, so a reset and persistence stay small.
 */

/** Transaction data: kept 10 years (policy, "Données de transaction"). Amounts in minor units. */
export const TransactionRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  occurredAt: TimestampSchema,
  amountMinor: z.number().int(),
  currency: z.literal('EUR'),
  kind: z.enum(['purchase', 'subscription', 'refund']),
  description: z.string(),
  /** Purchase reference: whether the purchase followed an ad or a campaign (policy, "généré par l'utilisateur"). */
  purchaseReference: z.string().nullable(),
  paymentProvider: z.enum(['card', 'paypal', 'bank_transfer']),
})
export type TransactionRecord = z.infer<typeof TransactionRecordSchema>

/** User data: how the person uses the service, with the IP address the policy mentions. */
export const UsageEventRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  occurredAt: TimestampSchema,
  kind: z.enum(['sign_in', 'session', 'feature_used', 'ad_clicked', 'campaign_opened', 'settings_changed']),
  ipAddress: z.string(),
  durationSeconds: z.nullable(CountSchema),
})
export type UsageEventRecord = z.infer<typeof UsageEventRecordSchema>

/**
 * Customer-service data: call logs and text dialogues are kept 3 years, voice recordings 1 month
 * (policy, "Données relatives au service à la clientèle"), so older ones are never generated.
 */
export const CustomerServiceRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  occurredAt: TimestampSchema,
  channel: z.enum(['call_log', 'text_dialogue', 'voice_recording']),
  topic: z.string(),
  durationSeconds: z.nullable(CountSchema),
})
export type CustomerServiceRecord = z.infer<typeof CustomerServiceRecordSchema>

/**
 * A message to the privacy team: the contract's receipt plus the server-only fields (whose message it is,
 * and the text itself), so `PrivacyMessageSchema.parse(record)` strips the text from every response.
 */
export const PrivacyMessageRecordSchema = z.object({
  ...PrivacyMessageSchema.shape,
  userId: IdSchema,
  message: PrivacyMessageTextSchema,
})
export type PrivacyMessageRecord = z.infer<typeof PrivacyMessageRecordSchema>
