import { z } from 'zod'

import { IdSchema, TimestampSchema } from '#src/contract/common'
import {
  ChannelSchema,
  CommunicationLanguageSchema,
  E164PhoneSchema,
  FrequencySchema,
  PostalAddressSchema,
  PreferenceHistoryEntrySchema,
} from '#src/contract/contact-preferences'
import { PurposeIdSchema } from '#src/contract/register'

/**
 * What the mock server stores for the Settings page. The email is not here: it is the sign-in email of
 * the `users` record, so changing it changes how the person signs in.
 */
export const ContactDetailsRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  phone: z.nullable(E164PhoneSchema),
  postalAddress: PostalAddressSchema,
  language: CommunicationLanguageSchema,
  /** Goes up by one on every save; the ETag is `"<version>"`. */
  version: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
})
export type ContactDetailsRecord = z.infer<typeof ContactDetailsRecordSchema>

/**
 * A requested change of sign-in email, waiting for the link sent to the new address (QUALITY check 60:
 * single-use, time-limited). Only the token's SHA-256 digest is stored, as a real server would.
 */
export const EmailChangeRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  newEmail: z.string().min(3).max(254),
  tokenDigest: z.string().length(64),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  /** Set when the link was used, or when a newer request replaced this one. */
  closedAt: z.nullable(TimestampSchema),
})

/** The person's choice for one topic. */
export const TopicPreferenceRecordSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  topicId: PurposeIdSchema,
  channels: z.array(ChannelSchema),
  frequency: z.nullable(FrequencySchema),
})
export type TopicPreferenceRecord = z.infer<typeof TopicPreferenceRecordSchema>

export const PreferenceHistoryRecordSchema = z.object({
  ...PreferenceHistoryEntrySchema.shape,
  userId: IdSchema,
})
export type PreferenceHistoryRecord = z.infer<typeof PreferenceHistoryRecordSchema>
