import { z } from 'zod'

import { IdSchema } from '#src/contract/common'
import { ConsentEventSchema, ObjectionEventSchema } from '#src/contract/consents'

/**
 * The consent ledger as the server stores it: the contract's event plus its owner. The current state of
 * each consent is the latest event for its purpose, so the state can never disagree with the history.
 */
export const ConsentEventRecordSchema = z.object({
  ...ConsentEventSchema.shape,
  userId: IdSchema,
})
export type ConsentEventRecord = z.infer<typeof ConsentEventRecordSchema>

/** The objection to direct marketing's history; the latest event is the current state. */
export const ObjectionEventRecordSchema = z.object({
  ...ObjectionEventSchema.shape,
  userId: IdSchema,
})
export type ObjectionEventRecord = z.infer<typeof ObjectionEventRecordSchema>
