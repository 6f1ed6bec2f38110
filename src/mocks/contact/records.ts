import { z } from 'zod'

import { IdSchema } from '#src/contract/common'
import { PrivacyMessageSchema, PrivacyMessageTextSchema } from '#src/contract/privacy-messages'

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
