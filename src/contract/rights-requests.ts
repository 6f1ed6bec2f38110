import * as z from 'zod/mini'

import { CountSchema, DateSchema, IdSchema, LocalizedTextSchema, TimestampSchema } from './common'
import { DataCategoryIdSchema, PurposeIdSchema } from './register'

/*
 * GDPR rights requests (Art. 15-21): filed by the account holder, answered by the operator's privacy team
 * within one month of receipt, extendable by two further months with reasons given within the first month
 * (Art. 12(3)). The server owns every date: the client never computes a due date or a status.
 */

/** The rights a person can exercise here. A complaint to the CNIL (Art. 77) is not a request to the operator. */
export const RightsRequestKindSchema = z.enum(
  ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'],
  'validation.rightsRequest.kind.required',
)
export type RightsRequestKind = z.infer<typeof RightsRequestKindSchema>

/**
 * Where a request stands. `extended` is still open (Art. 12(3) extension); `completed`, `refused` and
 * `cancelled` are final. Overdue is not a status: it is `isOverdue`, a fact about an open request and the clock.
 */
export const RightsRequestStatusSchema = z.enum([
  'received',
  'in-progress',
  'extended',
  'completed',
  'refused',
  'cancelled',
])
export type RightsRequestStatus = z.infer<typeof RightsRequestStatusSchema>

/** What happened to a request, in order: the timeline the person follows. */
export const RightsRequestEventKindSchema = z.enum([
  'received',
  'identity-confirmed',
  'in-progress',
  'extended',
  'completed',
  'refused',
  'cancelled',
])
export type RightsRequestEventKind = z.infer<typeof RightsRequestEventKindSchema>

export const RightsRequestEventSchema = z.object({
  kind: RightsRequestEventKindSchema,
  at: TimestampSchema,
  /** `extended`: why more time is needed (Art. 12(3)); `refused`: the reasons (Art. 12(4)). */
  reason: z.optional(LocalizedTextSchema),
  /** `extended`: the new date by which the answer is due. */
  newDueDate: z.optional(DateSchema),
})
export type RightsRequestEvent = z.infer<typeof RightsRequestEventSchema>

/** A message from the privacy team about this request. */
export const RightsRequestMessageSchema = z.object({
  id: IdSchema,
  sentAt: TimestampSchema,
  body: LocalizedTextSchema,
})

/** The purposes based on legitimate interest (register, policy point B): the ones Art. 21(1) lets a person object to. */
export const ObjectionPurposeIdSchema = z.enum(
  [
    'group-administration',
    'security',
    'merger-or-acquisition',
    'tailored-advertising',
    'analytics',
    'legal-claims',
    'service-quality-training',
  ],
  'validation.rightsRequest.purposeId.required',
)
export type ObjectionPurposeId = z.infer<typeof ObjectionPurposeIdSchema>

/**
 * Direct marketing (Art. 21(2)-(3)): the objection is absolute, takes effect at once and needs no grounds.
 * The register lists tailored advertising under legitimate interests; it is direct marketing.
 */
export const directMarketingPurposeId = 'tailored-advertising' satisfies ObjectionPurposeId

/** The Art. 18(1) grounds for restricting processing. */
export const RestrictionGroundSchema = z.enum(
  ['accuracy-contested', 'unlawful-keep', 'legal-claim', 'objection-pending'],
  'validation.rightsRequest.ground.required',
)
export type RestrictionGround = z.infer<typeof RestrictionGroundSchema>

/** Whether a request covers everything held or chosen categories only. */
export const RequestScopeSchema = z.enum(['all', 'categories'], 'validation.rightsRequest.scope.required')
export type RequestScope = z.infer<typeof RequestScopeSchema>

/** Erasure may also name chosen records of My data ("items"), one by one. */
export const ErasureScopeSchema = z.enum(['all', 'categories', 'items'], 'validation.rightsRequest.scope.required')
export type ErasureScope = z.infer<typeof ErasureScopeSchema>

/** One record of My data, by its category and id (`GET /me/data/categories/:categoryId/records/:recordId`). */
export const RecordRefSchema = z.object({ categoryId: DataCategoryIdSchema, recordId: IdSchema })
export type RecordRef = z.infer<typeof RecordRefSchema>

/** A record as the person recognises it in My data: its kind and its date. */
export const RecordLabelSchema = z.object({
  ...RecordRefSchema.shape,
  kindLabel: LocalizedTextSchema,
  recordedAt: TimestampSchema,
})
export type RecordLabel = z.infer<typeof RecordLabelSchema>

/** The most records one erasure request may name; beyond that, categories say it better. */
const erasureItemsMax = 50

/** Free-text limit, in code points as elsewhere in the contract. */
export const rightsRequestTextMaxCharacters = 2000

function text(requiredKey: string, tooLongKey: string) {
  return z
    .string(requiredKey)
    .check(
      z.trim(),
      z.normalize('NFC'),
      z.minLength(1, requiredKey),
      z.maxLength(rightsRequestTextMaxCharacters, tooLongKey),
    )
}

function optionalText(tooLongKey: string) {
  return z.optional(
    z.string().check(z.trim(), z.normalize('NFC'), z.maxLength(rightsRequestTextMaxCharacters, tooLongKey)),
  )
}

const CategoriesSchema = z.array(DataCategoryIdSchema)

/** Chosen categories are needed exactly when the scope is "categories". */
function hasCategoriesWhenScoped(value: {
  scope: RequestScope | ErasureScope
  categories: readonly string[]
}): boolean {
  return value.scope !== 'categories' || value.categories.length > 0
}
const categoriesRequired = { path: ['categories'], error: 'validation.rightsRequest.categories.required' }

export const AccessRequestBodySchema = z
  .object({
    kind: z.literal('access'),
    scope: RequestScopeSchema,
    categories: CategoriesSchema,
  })
  .check(z.refine(hasCategoriesWhenScoped, categoriesRequired))

/** Art. 16: the correct value, and optionally a supplementary statement to complete incomplete data. */
export const RectificationRequestBodySchema = z.object({
  kind: z.literal('rectification'),
  categoryId: DataCategoryIdSchema,
  recordId: IdSchema,
  field: z
    .string('validation.rightsRequest.item.required')
    .check(z.minLength(1, 'validation.rightsRequest.item.required')),
  correctValue: text('validation.rightsRequest.correctValue.required', 'validation.rightsRequest.correctValue.tooLong'),
  statement: optionalText('validation.rightsRequest.statement.tooLong'),
})

/**
 * Art. 17: the whole account ("all"), chosen categories, or chosen records of My data ("items"). The
 * server checks each record is the person's own and still held (422 on `items` otherwise).
 */
export const ErasureRequestBodySchema = z
  .object({
    kind: z.literal('erasure'),
    scope: ErasureScopeSchema,
    categories: CategoriesSchema,
    items: z.optional(
      z.array(RecordRefSchema).check(z.maxLength(erasureItemsMax, 'validation.rightsRequest.items.tooMany')),
    ),
    reason: optionalText('validation.rightsRequest.reason.tooLong'),
  })
  .check(
    z.refine(hasCategoriesWhenScoped, categoriesRequired),
    z.refine((value) => value.scope !== 'items' || (value.items ?? []).length > 0, {
      path: ['items'],
      error: 'validation.rightsRequest.items.required',
    }),
  )

export const RestrictionRequestBodySchema = z
  .object({
    kind: z.literal('restriction'),
    ground: RestrictionGroundSchema,
    scope: RequestScopeSchema,
    categories: CategoriesSchema,
    details: optionalText('validation.rightsRequest.details.tooLong'),
  })
  .check(z.refine(hasCategoriesWhenScoped, categoriesRequired))

/** Art. 21: grounds relating to the person's situation, except for direct marketing, which needs none. */
export const ObjectionRequestBodySchema = z
  .object({
    kind: z.literal('objection'),
    purposeId: ObjectionPurposeIdSchema,
    grounds: optionalText('validation.rightsRequest.grounds.tooLong'),
  })
  .check(
    z.refine((value) => value.purposeId === directMarketingPurposeId || (value.grounds ?? '').length > 0, {
      path: ['grounds'],
      error: 'validation.rightsRequest.grounds.required',
    }),
  )

/** Art. 20: the data the person provided, as a machine-readable file. */
export const PortabilityRequestBodySchema = z.object({
  kind: z.literal('portability'),
})

/**
 * The body of `POST /me/rights-requests`. The requester is the session's account, never a field; unknown
 * keys are stripped (ASVS5 8.2.3: no mass assignment). The same schemas drive the flow's forms and the mock server.
 */
export const CreateRightsRequestBodySchema = z.discriminatedUnion('kind', [
  AccessRequestBodySchema,
  RectificationRequestBodySchema,
  ErasureRequestBodySchema,
  RestrictionRequestBodySchema,
  ObjectionRequestBodySchema,
  PortabilityRequestBodySchema,
])
export type CreateRightsRequestBody = z.infer<typeof CreateRightsRequestBodySchema>

/** One line of an erasure statement: a category or one record of it, and (when kept) why and until when. */
export const ErasureItemSchema = z.object({
  categoryId: DataCategoryIdSchema,
  /** An erasure of items: the record this line is about. */
  record: z.optional(RecordLabelSchema),
  /** Kept: the purpose that still needs it (a legal obligation, legal claims). */
  keptFor: z.optional(PurposeIdSchema),
  /** Kept: the retention rule in words, e.g. "10 years after the transaction". */
  retention: z.optional(LocalizedTextSchema),
  /** Kept: the date the last item kept will be deleted, when it can be known. */
  keptUntil: z.optional(DateSchema),
})
export type ErasureItem = z.infer<typeof ErasureItemSchema>

/** What an erasure will delete and keep (Art. 17(3)), shown before confirming and in the outcome. */
export const ErasurePreviewSchema = z.object({
  deleted: z.array(ErasureItemSchema),
  kept: z.array(ErasureItemSchema),
  /** Erasing the account category closes the account. */
  closesAccount: z.boolean(),
})
export type ErasurePreview = z.infer<typeof ErasurePreviewSchema>

export const ErasurePreviewParamsSchema = z.object({
  scope: ErasureScopeSchema,
  /** Comma-separated category ids when the scope is "categories". */
  categories: z.optional(z.string()),
  /** Comma-separated `categoryId:recordId` pairs when the scope is "items". */
  items: z.optional(z.string()),
})

/** The answer to a completed request, by kind. */
export const RightsRequestOutcomeSchema = z.discriminatedUnion('kind', [
  /** Access and portability: a copy to download (`GET …/copy`). */
  z.object({ kind: z.literal('copy'), format: z.literal('application/json') }),
  z.object({ kind: z.literal('erasure'), statement: ErasurePreviewSchema }),
  z.object({ kind: z.literal('rectification'), field: z.string(), newValue: z.string() }),
  /** Restriction or objection applied: what now happens to the data. */
  z.object({ kind: z.literal('applied'), summary: LocalizedTextSchema }),
])

/** The request in the list: what it is and where it stands against the clock. */
export const RightsRequestSummarySchema = z.object({
  id: IdSchema,
  /** The human reference quoted by the team, e.g. "DRT-2026-000012". */
  reference: z.string().check(z.regex(/^DRT-\d{4}-\d{6}$/)),
  kind: RightsRequestKindSchema,
  status: RightsRequestStatusSchema,
  receivedAt: TimestampSchema,
  /**
   * The statutory due date (GDPR Art. 12(3)): one calendar month after receipt, or the extended date once
   * extended (at most two further months). A calendar date in UTC.
   */
  dueDate: DateSchema,
  /** The original one-month date, kept when an extension moved `dueDate`. */
  initialDueDate: DateSchema,
  /** Days from the server's today to `dueDate` (negative once overdue); meaningful while open. */
  daysLeft: z.int(),
  /** Open and past its due date: the person may complain to the CNIL (Art. 77). */
  isOverdue: z.boolean(),
  /** When the answer came (completed, refused or cancelled). */
  closedAt: z.nullable(TimestampSchema),
})
export type RightsRequestSummary = z.infer<typeof RightsRequestSummarySchema>

/** The request's page: the summary, what was asked (without the free text), the timeline, messages and outcome. */
export const RightsRequestSchema = z.object({
  ...RightsRequestSummarySchema.shape,
  /** The server's time when it answered, so the clock is drawn against the server's today. */
  asOf: TimestampSchema,
  /** Access, erasure and restriction: the categories concerned (empty = everything). */
  categories: z.array(DataCategoryIdSchema),
  /** An erasure of items: the records named, as My data shows them. */
  records: z.optional(z.array(RecordLabelSchema)),
  purposeId: z.optional(ObjectionPurposeIdSchema),
  ground: z.optional(RestrictionGroundSchema),
  events: z.array(RightsRequestEventSchema),
  messages: z.array(RightsRequestMessageSchema),
  outcome: z.nullable(RightsRequestOutcomeSchema),
  /** A pending request can be cancelled; one the team has started can not. */
  canCancel: z.boolean(),
})
export type RightsRequest = z.infer<typeof RightsRequestSchema>

export const RightsRequestListSchema = z.object({
  asOf: TimestampSchema,
  requests: z.array(RightsRequestSummarySchema),
  openCount: CountSchema,
})

/** The copy given for an access or portability request (Art. 15(3), 20(1)): structured, machine-readable. */
export const RightsRequestCopySchema = z.object({
  reference: z.string(),
  generatedAt: TimestampSchema,
  categories: z.array(
    z.object({
      categoryId: DataCategoryIdSchema,
      records: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    }),
  ),
})
export type RightsRequestCopy = z.infer<typeof RightsRequestCopySchema>
