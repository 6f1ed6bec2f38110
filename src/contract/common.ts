import { z } from 'zod'

/** Server-issued identifiers are opaque strings; clients never build them (QUALITY check 15). */
export const IdSchema = z.string().min(1).max(128)

/** Timestamps travel as ISO 8601 strings with an offset and are formatted for display, never transformed here. */
export const TimestampSchema = z.iso.datetime({ offset: true })

/** A calendar date without time (retention deadlines, due dates). */
export const DateSchema = z.iso.date()

/** Counts and sizes are finite, whole and never negative (QUALITY check 66). */
export const CountSchema = z.number().int().nonnegative()

export const CursorSchema = z.string().min(1).max(512)

/** A page of a cursor-paged list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: CursorSchema.nullable(),
    total: CountSchema,
  })
}

export const NoContentSchema = z.undefined()
