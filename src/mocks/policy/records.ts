import { z } from 'zod'

import { IdSchema } from '#src/contract/common'
import { PolicyAcknowledgementSchema } from '#src/contract/policies'

/**
 * An acknowledgement as the server stores it: the contract's record plus its owner. Append-only; it records
 * that the person read about a version's changes, and is never read as a consent.
 */
export const PolicyAcknowledgementRecordSchema = z.object({
  ...PolicyAcknowledgementSchema.shape,
  userId: IdSchema,
})
export type PolicyAcknowledgementRecord = z.infer<typeof PolicyAcknowledgementRecordSchema>
