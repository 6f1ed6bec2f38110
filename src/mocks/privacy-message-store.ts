import { Collection } from '@msw/data'
import { z } from 'zod'

import { IdSchema } from '#src/contract/common'
import { PrivacyMessageSchema, PrivacyMessageTextSchema } from '#src/contract/privacy-messages'

import { onResetDb } from './db'

/**
 * What the mock server stores for a message to the privacy team: the contract's receipt plus the
 * server-only fields (whose message it is, and the text itself), so `PrivacyMessageSchema.parse(record)`
 * strips the text from every response. Kept beside the db rather than in records.ts/db.ts only because
 * those belong to another owner; it resets with `resetDb()` through `onResetDb`.
 */
const PrivacyMessageRecordSchema = z.object({
  ...PrivacyMessageSchema.shape,
  userId: IdSchema,
  message: PrivacyMessageTextSchema,
})
export type PrivacyMessageRecord = z.infer<typeof PrivacyMessageRecordSchema>

export const privacyMessages = new Collection({ schema: PrivacyMessageRecordSchema })

onResetDb(() => {
  privacyMessages.clear()
})
