import { z } from 'zod'

import { IdSchema, TimestampSchema } from '#src/contract/common'
import { DataCategoryIdSchema } from '#src/contract/register'

import { CustomerServiceRecordSchema } from './server/records'

/*
 * What the mock stores for "My data" besides the generated history (seed/history.ts): the small per-person
 * records (cookies, data received from third parties, recent customer-service contacts) and the corrections
 * that completed rectification requests applied.
 */

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
