import { z } from 'zod'

import { CountSchema, IdSchema, TimestampSchema } from '#src/contract/common'
import { DataCategoryIdSchema } from '#src/contract/register'

/*
 * What the mock holds for "My data": the generated history's record shapes (generated-history.ts), the small
 * per-person records (cookies, data received from third parties, recent customer-service contacts), and what
 * completed rights requests changed: the corrections a rectification applied and the records an erasure removed.
 */

/*
 * Generated history: served by "My data". These are derived deterministically from a user's
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
const CustomerServiceRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  occurredAt: TimestampSchema,
  channel: z.enum(['call_log', 'text_dialogue', 'voice_recording']),
  topic: z.string(),
  durationSeconds: z.nullable(CountSchema),
})
export type CustomerServiceRecord = z.infer<typeof CustomerServiceRecordSchema>

/** A rectified value: it replaces the field's value in every answer about that record from then on (GDPR Art. 16). */
export const ProfileCorrectionRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  categoryId: DataCategoryIdSchema,
  recordId: IdSchema,
  field: z.string().min(1),
  value: z.string().max(500),
  correctedAt: TimestampSchema,
})
export type ProfileCorrectionRecord = z.infer<typeof ProfileCorrectionRecordSchema>

/** A cookie or similar identifier set in the person's browser. */
export const CookieRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  name: z.string().min(1),
  role: z.enum(['session', 'language', 'analytics', 'advertising']),
  setAt: TimestampSchema,
})
export type CookieRecord = z.infer<typeof CookieRecordSchema>

/** Something a third party sent about the person (policy, "Informations personnelles recueillies auprès de tiers"). */
export const ReceivedDataRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  sender: z.enum(['payment-provider', 'dialogra-product']),
  content: z.enum(['payment-authorisation', 'card-expiry-update', 'linked-profile']),
  receivedAt: TimestampSchema,
})
export type ReceivedDataRecord = z.infer<typeof ReceivedDataRecordSchema>

/**
 * Customer-service contacts recorded after the generated history ended, such as the last weeks' voice
 * recordings, which are deleted one month after they were made.
 */
export const RecentContactRecordSchema = CustomerServiceRecordSchema

/**
 * A record of My data erased by a completed erasure request (Art. 17): from then on it is no longer held,
 * so My data's answers leave it out. Kept records (a legal obligation) are never stored here.
 */
export const ErasedRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  categoryId: DataCategoryIdSchema,
  recordId: IdSchema,
  erasedAt: TimestampSchema,
  /** The request that erased it. */
  requestId: IdSchema,
})
