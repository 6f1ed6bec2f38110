import type { CategorySummary, FieldValue, DataRecord, RecordFilters, RecordField } from '#src/contract/profile'
import { retentionRuleFor, type DataCategory, type DataCategoryId, type RetentionRule } from '#src/contract/register'

import { processingRegister } from '../register/seed'
import { addToDate, mockClock } from '../server/clock'
import { db } from '../server/db'
import type { UserRecord } from '../session/records'

import { categoryRows, kindLabelOf, type CategoryRows } from './category-rows'
import type { ProfileCorrectionRecord } from './records'
import { deletionDateFor, isPastDeletion } from './retention'

/*
 * Reading a category as the API serves it: only what is still held on the server's today (a record past its
 * deletion date is gone), with rectified values applied, filtered, sorted and paged. The mock runs on the
 * page's main thread, so a page must cost little: the rows are in time order, the held ones are found by a
 * binary search on their times (no string per row), a date range is a slice of them found the same way, and
 * only the page's own rows become objects. Searched text is computed once per (rows, today, corrections).
 */

/** The ids of the person's records of one category that a completed erasure request removed (effects/erasure.ts). */
export function erasedRecordIds(userId: string, categoryId: DataCategoryId): ReadonlySet<string> {
  return new Set(db.erasedRecords.findMany((q) => q.where({ userId, categoryId })).map((entry) => entry.recordId))
}

export function categoryOf(categoryId: DataCategoryId): DataCategory {
  const category = processingRegister.categories.find((entry) => entry.id === categoryId)
  if (!category) throw new Error(`Category ${categoryId} is not in the register`)
  return category
}

function today(): string {
  return mockClock.now().toISOString().slice(0, 10)
}

/**
 * What decides which rows are held: the server's today and the records an erasure request removed. Memoised
 * results are keyed by it, so a completed erasure shows at once.
 */
function heldState(user: UserRecord, categoryId: DataCategoryId) {
  const erased = erasedRecordIds(user.id, categoryId)
  return { erased, key: `${today()}|${[...erased].join(',')}` }
}

/**
 * Deletion dates depend only on the rule and the day a record was made, so 104,000 transactions over ten
 * years need about 3,650 date computations, not 104,000.
 */
function deletionDates(category: DataCategory) {
  const memo = new Map<string, string | null>()
  return (kind: string, recordedAt: string): string | null => {
    const key = `${kind}\u0000${recordedAt.slice(0, 10)}`
    let date = memo.get(key)
    if (date === undefined) {
      date = deletionDateFor(retentionRuleFor(category, kind), recordedAt)
      memo.set(key, date)
    }
    return date
  }
}

type CorrectionIndex = ReadonlyMap<string, readonly ProfileCorrectionRecord[]>

function correctionsOf(user: UserRecord, categoryId: DataCategoryId): CorrectionIndex {
  const index = new Map<string, ProfileCorrectionRecord[]>()
  for (const correction of db.profileCorrections.findMany((q) => q.where({ userId: user.id, categoryId }))) {
    index.set(correction.recordId, [...(index.get(correction.recordId) ?? []), correction])
  }
  return index
}

function correctedFields(rows: CategoryRows, index: number, corrections: CorrectionIndex): RecordField[] {
  const applied = corrections.get(rows.id(index)) ?? []
  return rows.fields(index).map(([key, value]) => {
    const correction = applied.find((entry) => entry.field === key)
    return correction
      ? { key, value: { type: 'text', value: correction.value }, correctedAt: correction.correctedAt }
      : { key, value, correctedAt: null }
  })
}

function toRecord(
  category: DataCategory,
  rows: CategoryRows,
  index: number,
  deletionOn: string | null,
  corrections: CorrectionIndex,
): DataRecord {
  const kind = rows.kind(index)
  const fields = correctedFields(rows, index, corrections)
  return {
    id: rows.id(index),
    categoryId: category.id,
    kind,
    kindLabel: kindLabelOf(category.id, kind),
    recordedAt: rows.recordedAt(index),
    fields,
    retention: retentionRuleFor(category, kind),
    deletionOn,
    audio: rows.hasAudio(index) ? { durationSeconds: demoRecordingSeconds } : null,
  }
}

/** The demo serves a short tone in place of the call's sound: its own length, not the call's. */
export const demoRecordingSeconds = 2

/** Lower-cased, accent-free text of every value, in both languages, for the server-side search. */
function searchableText(values: readonly FieldValue[]): string {
  let text = ''
  for (const value of values) {
    if (value.type === 'text') text += ` ${value.value}`
    else if (value.type === 'label') text += ` ${value.value.fr} ${value.value.en}`
    else if (value.type === 'money') {
      const amount = (value.amountMinor / 100).toFixed(2)
      text += ` ${amount} ${amount.replace('.', ',')}`
    }
  }
  return normaliseSearch(text)
}

function searchableRow(rows: CategoryRows, index: number, corrections: CorrectionIndex): string {
  const values = corrections.has(rows.id(index))
    ? correctedFields(rows, index, corrections).map((field) => field.value)
    : rows.fields(index).map(([, value]) => value)
  return searchableText(values)
}

export function normaliseSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

type HeldView = {
  readonly indices: Int32Array
  readonly deletionOn: (index: number) => string | null
  /** One rule for every record: deletion dates then grow with the recording date. */
  readonly isUniform: boolean
}

/**
 * Results kept per rows object: the generated lists keep one rows object per person, so their results are
 * reused; the small db-backed lists get a fresh rows object per request, and their results go with it.
 */
function createMemo<T>(capacity: number) {
  const store = new WeakMap<CategoryRows, Map<string, T>>()
  return (rows: CategoryRows, key: string, compute: () => T): T => {
    const entries = store.get(rows) ?? new Map<string, T>()
    store.set(rows, entries)
    const hit = entries.get(key)
    if (hit !== undefined) return hit
    const value = compute()
    entries.set(key, value)
    const oldest = entries.keys().next().value
    if (entries.size > capacity && oldest !== undefined) entries.delete(oldest)
    return value
  }
}

const heldMemo = createMemo<HeldView>(2)
const matchMemo = createMemo<Int32Array>(8)
const textMemo = createMemo<string[]>(2)
const idsMemo = createMemo<string[]>(2)

/**
 * The first recorded day still held today under `rule`, or null when the rule never deletes on a date. The
 * deletion date only grows with the recording day, so every record from that day on is held: one string
 * comparison per record instead of a date computation.
 */
function firstHeldDay(rule: RetentionRule, day: string): string | null {
  if (rule.kind !== 'fixed') return null
  const shift = (date: string, days: number) =>
    addToDate(new Date(`${date}T00:00:00.000Z`), { days })
      .toISOString()
      .slice(0, 10)
  const isHeld = (date: string) => !isPastDeletion(deletionDateFor(rule, `${date}T00:00:00.000Z`), day)
  const { unit, count } = rule.period
  let candidate = shift(day, -(unit === 'year' ? count * 366 : unit === 'month' ? count * 31 : count))
  while (isHeld(candidate)) candidate = shift(candidate, -1)
  while (!isHeld(candidate)) candidate = shift(candidate, 1)
  return candidate
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`)
const dayMs = 86_400_000

/** The first position in `positions` (0..length) whose row time is at least `time`, for rows in time order. */
function firstAtOrAfter(length: number, timeAt: (position: number) => number, time: number): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (timeAt(middle) < time) low = middle + 1
    else high = middle
  }
  return low
}

/** Indices of the rows still held today, oldest first. */
function heldView(user: UserRecord, category: DataCategory, rows: CategoryRows): HeldView {
  const day = today()
  const { erased, key } = heldState(user, category.id)
  return heldMemo(rows, key, () => {
    const dateOf = deletionDates(category)
    const thresholds = new Map<string, number | null>()
    const thresholdFor = (kind: string) => {
      let threshold = thresholds.get(kind)
      if (threshold === undefined) {
        const first = firstHeldDay(retentionRuleFor(category, kind), day)
        threshold = first === null ? null : dayStart(first)
        thresholds.set(kind, threshold)
      }
      return threshold
    }
    // Most categories have one rule for every record: no need to read each record's kind.
    const uniform = category.retentionByKind.length === 0 ? thresholdFor('') : undefined
    const times = new Float64Array(rows.length)
    let isSorted = true
    for (let index = 0; index < rows.length; index++) {
      times[index] = rows.time(index)
      if (index > 0 && (times[index - 1] ?? 0) > (times[index] ?? 0)) isSorted = false
    }
    let indices: Int32Array
    if (isSorted && uniform !== undefined) {
      // In time order under one rule, the held rows are the newest ones: a binary search finds the first.
      const first = uniform === null ? 0 : firstAtOrAfter(times.length, (index) => times[index] ?? 0, uniform)
      indices = new Int32Array(rows.length - first).map((_, position) => first + position)
    } else {
      const order = Array.from({ length: rows.length }, (_, index) => index)
      if (!isSorted) order.sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0))
      indices = Int32Array.from(
        order.filter((index) => {
          const threshold = uniform === undefined ? thresholdFor(rows.kind(index)) : uniform
          return threshold === null || (times[index] ?? 0) >= threshold
        }),
      )
    }
    if (erased.size > 0) indices = indices.filter((index) => !erased.has(rows.id(index)))
    return {
      indices,
      deletionOn: (index) => dateOf(rows.kind(index), rows.recordedAt(index)),
      isUniform: uniform !== undefined,
    }
  })
}

export type RecordPageRequest = RecordFilters & { offset: number; limit: number }

/** The held rows recorded from `from` to `to` (calendar days, inclusive): a slice, as the held rows are in time order. */
function inDateRange(rows: CategoryRows, held: Int32Array, from: string | undefined, to: string | undefined) {
  const timeAt = (position: number) => rows.time(held[position] ?? 0)
  const start = from ? firstAtOrAfter(held.length, timeAt, dayStart(from)) : 0
  const end = to ? firstAtOrAfter(held.length, timeAt, dayStart(to) + dayMs) : held.length
  return { start, end: Math.max(start, end) }
}

export function queryRecords(user: UserRecord, categoryId: DataCategoryId, request: RecordPageRequest) {
  const category = categoryOf(categoryId)
  const rows = categoryRows(user, categoryId)
  const held = heldView(user, category, rows)
  const corrections = correctionsOf(user, categoryId)
  const q = normaliseSearch(request.q?.trim() ?? '')
  const range = inDateRange(rows, held.indices, request.from, request.to)
  let matching = held.indices.subarray(range.start, range.end)
  if (q !== '') {
    const correctionStamp = [...corrections.values()]
      .flat()
      .map((entry) => entry.id)
      .join(',')
    matching = matchMemo(
      rows,
      `${heldState(user, categoryId).key}|${request.from ?? ''}|${request.to ?? ''}|${q}|${correctionStamp}`,
      () => {
        const texts = textMemo(rows, `${heldState(user, categoryId).key}|${correctionStamp}`, () =>
          Array.from(held.indices, (index) => searchableRow(rows, index, corrections)),
        )
        const result: number[] = []
        for (let position = range.start; position < range.end; position++) {
          if ((texts[position] ?? '').includes(q)) result.push(held.indices[position] ?? 0)
        }
        return Int32Array.from(result)
      },
    )
  }
  const total = matching.length
  const items: DataRecord[] = []
  const end = Math.min(total, request.offset + request.limit)
  for (let position = request.offset; position < end; position++) {
    // "newest" reads the oldest-first list from its end.
    const index = matching[request.sort === 'oldest' ? position : total - 1 - position] ?? 0
    items.push(toRecord(category, rows, index, held.deletionOn(index), corrections))
  }
  return { items, total, hasMore: end < total }
}

/** The row of `recordId`, if it is still held; the index is looked up, then kept for the next detail view. */
export function findRow(user: UserRecord, categoryId: DataCategoryId, recordId: string): number | null {
  const category = categoryOf(categoryId)
  const rows = categoryRows(user, categoryId)
  const held = heldView(user, category, rows)
  if (rows.indexOf) {
    // The generated lists read the row from the id itself; it must still be held.
    const index = rows.indexOf(recordId)
    return index >= 0 && held.indices.includes(index) ? index : null
  }
  const ids = idsMemo(rows, heldState(user, categoryId).key, () => Array.from(held.indices, (index) => rows.id(index)))
  const position = ids.indexOf(recordId)
  return position === -1 ? null : (held.indices[position] ?? null)
}

export function getRecord(user: UserRecord, categoryId: DataCategoryId, recordId: string): DataRecord | null {
  const index = findRow(user, categoryId, recordId)
  if (index === null) return null
  const category = categoryOf(categoryId)
  const rows = categoryRows(user, categoryId)
  return toRecord(
    category,
    rows,
    index,
    heldView(user, category, rows).deletionOn(index),
    correctionsOf(user, categoryId),
  )
}

export function summarise(user: UserRecord, categoryId: DataCategoryId): CategorySummary {
  const category = categoryOf(categoryId)
  const rows = categoryRows(user, categoryId)
  const held = heldView(user, category, rows)
  const first = held.indices[0]
  const last = held.indices[held.indices.length - 1]
  let nextDeletionOn: string | null = null
  let nextDeletionCount = 0
  for (const index of held.indices) {
    const date = held.deletionOn(index)
    if (date === null) {
      // Under one rule, a record with no date means none has one.
      if (held.isUniform) break
      continue
    }
    if (nextDeletionOn === null || date < nextDeletionOn) {
      nextDeletionOn = date
      nextDeletionCount = 1
    } else if (date === nextDeletionOn) nextDeletionCount++
    // Under one rule the dates only grow: past the first date, nothing earlier can follow.
    else if (held.isUniform) break
  }
  return {
    categoryId,
    count: held.indices.length,
    oldestAt: first === undefined ? null : rows.recordedAt(first),
    newestAt: last === undefined ? null : rows.recordedAt(last),
    nextDeletionOn,
    nextDeletionCount,
    oldestDeletionOn: first === undefined ? null : held.deletionOn(first),
  }
}
