import * as z from 'zod/mini'

import { CountSchema, DateSchema, IdSchema, LocalizedTextSchema, TimestampSchema } from './common'
import { DataCategoryIdSchema, RetentionRuleSchema } from './register'

/*
 * The person's own data, category by category (GDPR Art. 15): a summary of what is held and the records
 * themselves, each with the date it will be deleted, computed by the server from the register's rule.
 */

/**
 * A field's value, typed so the client formats it in the reader's language: amounts and dates are never
 * pre-formatted strings, and coded values (a transaction's kind) come in both languages.
 */
export const FieldValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), value: z.string() }),
  z.object({ type: z.literal('label'), value: LocalizedTextSchema }),
  z.object({ type: z.literal('money'), amountMinor: z.int(), currency: z.string().check(z.length(3)) }),
  z.object({ type: z.literal('datetime'), value: TimestampSchema }),
  z.object({ type: z.literal('duration'), seconds: CountSchema }),
  /** Held as "not recorded" (a text dialogue has no duration). */
  z.object({ type: z.literal('none') }),
])
export type FieldValue = z.infer<typeof FieldValueSchema>

export const RecordFieldSchema = z.object({
  /** A key of the category's `fields` in the register, which gives its label. */
  key: z.string().check(z.minLength(1)),
  value: FieldValueSchema,
  /** When a rectification changed this value; null if it is as first recorded. */
  correctedAt: z.nullable(TimestampSchema),
})
export type RecordField = z.infer<typeof RecordFieldSchema>

export const DataRecordSchema = z.object({
  id: IdSchema,
  categoryId: DataCategoryIdSchema,
  /** The record's kind within its category ("voice-recording"); it picks the retention rule. */
  kind: z.string().check(z.minLength(1)),
  kindLabel: LocalizedTextSchema,
  recordedAt: TimestampSchema,
  fields: z.array(RecordFieldSchema),
  /** The rule this record follows, and the calendar date it will be deleted (null: no date can be given). */
  retention: RetentionRuleSchema,
  deletionOn: z.nullable(DateSchema),
  /** A voice recording can be listened to until it is deleted. */
  audio: z.nullable(z.object({ durationSeconds: CountSchema })),
})
export type DataRecord = z.infer<typeof DataRecordSchema>

export const DataRecordPageSchema = z.object({
  items: z.array(DataRecordSchema),
  /** Opaque; null on the last page. */
  nextCursor: z.nullable(z.string()),
  /** How many records match the filters, over all pages. */
  total: CountSchema,
})
export type DataRecordPage = z.infer<typeof DataRecordPageSchema>

export const CategorySummarySchema = z.object({
  categoryId: DataCategoryIdSchema,
  count: CountSchema,
  oldestAt: z.nullable(TimestampSchema),
  newestAt: z.nullable(TimestampSchema),
  /** The date the next record of this category will be deleted, and how many go that day. */
  nextDeletionOn: z.nullable(DateSchema),
  nextDeletionCount: CountSchema,
  /** When the oldest record goes: with `oldestAt`, the span the retention timeline draws. */
  oldestDeletionOn: z.nullable(DateSchema),
})
export type CategorySummary = z.infer<typeof CategorySummarySchema>

/** GET /me/data: one line per category of the register, empty ones included. */
export const DataSummarySchema = z.object({
  /** The server's time when it counted: deletion dates are relative to it, not to the device's clock. */
  asOf: TimestampSchema,
  categories: z.array(CategorySummarySchema),
})
export type DataSummary = z.infer<typeof DataSummarySchema>

export const recordSortValues = ['newest', 'oldest'] as const
export const RecordSortSchema = z.enum(recordSortValues)
export type RecordSort = z.infer<typeof RecordSortSchema>

export const recordSearchMaxLength = 100
export const recordPageMaxSize = 500

/** The filters of a category's records; the server applies them, so 100,000 records never travel. */
export const RecordFiltersSchema = z
  .object({
    from: z.optional(z.iso.date('validation.myData.from.format')),
    to: z.optional(z.iso.date('validation.myData.to.format')),
    q: z.optional(z.string().check(z.trim(), z.maxLength(recordSearchMaxLength, 'validation.myData.q.tooLong'))),
    sort: z.optional(RecordSortSchema),
  })
  .check(
    z.refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
      error: 'validation.myData.to.beforeFrom',
      path: ['to'],
    }),
  )
export type RecordFilters = z.infer<typeof RecordFiltersSchema>

/** GET /me/data/:categoryId/records query: the filters, plus the page asked for. */
export const RecordPageQuerySchema = z.object({
  ...RecordFiltersSchema.shape,
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(recordPageMaxSize))),
})

const optionalDay = (message: string) => z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, message))

/**
 * The filter form's values: empty strings stand for "no filter". Same rules and message keys as the query,
 * so the form and the server word an error the same way.
 */
export const RecordFiltersFormSchema = z
  .object({
    from: optionalDay('validation.myData.from.format'),
    to: optionalDay('validation.myData.to.format'),
    q: z.string().check(z.trim(), z.maxLength(recordSearchMaxLength, 'validation.myData.q.tooLong')),
  })
  .check(
    z.refine((filters) => filters.from === '' || filters.to === '' || filters.from <= filters.to, {
      error: 'validation.myData.to.beforeFrom',
      path: ['to'],
    }),
  )
export type RecordFiltersForm = z.infer<typeof RecordFiltersFormSchema>
