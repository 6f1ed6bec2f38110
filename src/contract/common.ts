import * as z from 'zod/mini'

/*
 * The contract uses zod's tree-shakable "mini" build: the classic build's method chains cost about 18 KiB
 * gzip on the first load, over the sign-in page's budget. Same schemas, same types, functional checks.
 */

/** Server-issued identifiers are opaque strings; clients never build them (OWASP IDOR prevention). */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128))

/** Timestamps travel as ISO 8601 strings with an offset and are formatted for display, never transformed here. */
export const TimestampSchema = z.iso.datetime({ offset: true })

/** A calendar date without time (retention deadlines, due dates). */
export const DateSchema = z.iso.date()

/** Counts and sizes are finite, whole and never negative, so a broken response is refused, not shown. */
export const CountSchema = z.int().check(z.nonnegative())

export const NoContentSchema = z.undefined()

/**
 * Text the operator writes (the processing register, consent wording, policy excerpts) travels in both
 * languages the centre speaks, so a language switch never refetches and a record can quote the exact
 * wording shown. Components show it with `useI18n().localize(text)`.
 */
export const LocalizedTextSchema = z.object({ fr: z.string(), en: z.string() })
export type LocalizedText = z.infer<typeof LocalizedTextSchema>
