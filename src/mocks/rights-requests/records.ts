import { z } from 'zod'

import { DateSchema, IdSchema, LocalizedTextSchema, TimestampSchema } from '#src/contract/common'
import {
  CreateRightsRequestBodySchema,
  ErasurePreviewSchema,
  RightsRequestEventKindSchema,
  RightsRequestEventSchema,
  RightsRequestKindSchema,
  RightsRequestMessageSchema,
  RightsRequestOutcomeSchema,
  RightsRequestSummarySchema,
} from '#src/contract/rights-requests'

/**
 * A step the privacy team will take at a known time: the mock's stand-in for the back office. When the
 * clock passes `at`, the step becomes an event on the timeline (and a message, an outcome…).
 */
export const PlannedStepSchema = z.object({
  kind: RightsRequestEventKindSchema,
  at: TimestampSchema,
  reason: z.optional(LocalizedTextSchema),
  newDueDate: z.optional(DateSchema),
  /** A message from the team sent with this step. */
  message: z.optional(LocalizedTextSchema),
  /** The answer given with a `completed` step; access, portability and erasure answers are built then. */
  outcome: z.optional(RightsRequestOutcomeSchema),
})
export type PlannedStep = z.infer<typeof PlannedStepSchema>

/**
 * What the server stores for a rights request: identity and dates, what was asked (free text included, which
 * no response and no e-mail ever echoes), what has happened, and the plan of what will.
 */
export const RightsRequestRecordSchema = z.object({
  id: IdSchema,
  reference: RightsRequestSummarySchema.shape.reference,
  userId: IdSchema,
  kind: RightsRequestKindSchema,
  receivedAt: TimestampSchema,
  initialDueDate: DateSchema,
  body: CreateRightsRequestBodySchema,
  /** Erasure: what the request deletes and keeps, computed when it was filed (the statement given at the end). */
  erasureStatement: z.nullable(ErasurePreviewSchema),
  events: z.array(RightsRequestEventSchema),
  messages: z.array(RightsRequestMessageSchema),
  plan: z.array(PlannedStepSchema),
  outcome: z.nullable(RightsRequestOutcomeSchema),
})
export type RightsRequestRecord = z.infer<typeof RightsRequestRecordSchema>
