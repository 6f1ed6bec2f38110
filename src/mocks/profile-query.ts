import type {
  CategorySummary,
  DataRecord,
  RecordFilters,
  RecordField,
} from '#src/contract/profile'
import { retentionRuleFor, type DataCategory, type DataCategoryId } from '#src/contract/register'

import { mockClock } from './clock'
import { db } from './db'
import { categoryRows, kindLabelOf, type CategoryRows } from './profile-data'
import type { ProfileCorrectionRecord } from './profile-records'
import type { UserRecord } from './records'
import { deletionDateFor, isPastDeletion } from './rules/retention'
import { processingRegister } from './seed/register'

/*
 * Reading a category as the API serves it: only what is still held on the server's today (a record past its
 * deletion date is gone), with rectified values applied, filtered, sorted and paged. The large account's
 * lists are computed once per (rows, today, filters) and kept, so each next page costs a slice.
 */

export function categoryOf(categoryId: DataCategoryId): DataCategory {
  const category = processingRegister.categories.find((entry) => entry.id === categoryId)
  if (!category) throw new Error(`Category ${categoryId} is not in the register`)
  return category
}

function today(): string {
  return mockClock.now().toISOString().slice(0, 10)
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
function searchableText(fields: readonly RecordField[]): string {
  const parts: string[] = []
  for (const { value } of fields) {
    if (value.type === 'text') parts.push(value.value)
    else if (value.type === 'label') parts.push(value.value.fr, value.value.en)
    else if (value.type === 'money') parts.push((value.amountMinor / 100).toFixed(2), (value.amountMinor / 100).toFixed(2).replace('.', ','))
  }
  return normaliseSearch(parts.join(' '))
}

export function normaliseSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
}

type HeldView = { readonly indices: Int32Array; readonly deletionOn: (index: number) => string | null }

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

/** Indices of the rows still held today, oldest first. */
function heldView(category: DataCategory, rows: CategoryRows): HeldView {
  const day = today()
  return heldMemo(rows, day, () => {
    const dateOf = deletionDates(category)
    const order = Array.from({ length: rows.length }, (_, index) => index)
    const stamps = order.map((index) => rows.recordedAt(index))
    const isSorted = stamps.every((stamp, index) => index === 0 || (stamps[index - 1] ?? '') <= stamp)
    if (!isSorted) order.sort((a, b) => ((stamps[a] ?? '') < (stamps[b] ?? '') ? -1 : 1))
    const kept = order.filter((index) => !isPastDeletion(dateOf(rows.kind(index), stamps[index] ?? ''), day))
    return { indices: Int32Array.from(kept), deletionOn: (index) => dateOf(rows.kind(index), rows.recordedAt(index)) }
  })
}

export type RecordPageRequest = RecordFilters & { offset: number; limit: number }

export function queryRecords(user: UserRecord, categoryId: DataCategoryId, request: RecordPageRequest) {
  const category = categoryOf(categoryId)
  const rows = categoryRows(user, categoryId)
  const held = heldView(category, rows)
  const corrections = correctionsOf(user, categoryId)
  const correctionStamp = [...corrections.values()].flat().map((entry) => entry.id).join(',')
  const q = normaliseSearch(request.q?.trim() ?? '')
  const filterKey = `${today()}|${request.from ?? ''}|${request.to ?? ''}|${q}|${correctionStamp}`
  const matching = matchMemo(rows, filterKey, () => {
    const texts =
      q === ''
        ? null
        : textMemo(rows, `${today()}|${correctionStamp}`, () =>
            Array.from(held.indices, (index) => searchableText(correctedFields(rows, index, corrections))),
          )
    const result: number[] = []
    held.indices.forEach((index, position) => {
      const day = rows.recordedAt(index).slice(0, 10)
      if (request.from && day < request.from) return
      if (request.to && day > request.to) return
      if (texts && !(texts[position] ?? '').includes(q)) return
      result.push(index)
    })
    return Int32Array.from(result)
  })
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
  const held = heldView(category, rows)
  const ids = idsMemo(rows, today(), () => Array.from(held.indices, (index) => rows.id(index)))
  const position = ids.indexOf(recordId)
  return position === -1 ? null : (held.indices[position] ?? null)
}

export function getRecord(user: UserRecord, categoryId: DataCategoryId, recordId: string): DataRecord | null {
  const index = findRow(user, categoryId, recordId)
  if (index === null) return null
  const category = categoryOf(categoryId)
  const rows = categoryRows(user, categoryId)
  return toRecord(category, rows, index, heldView(category, rows).deletionOn(index), correctionsOf(user, categoryId))
}

export function summarise(user: UserRecord, categoryId: DataCategoryId): CategorySummary {
  const category = categoryOf(categoryId)
  const rows = categoryRows(user, categoryId)
  const held = heldView(category, rows)
  const first = held.indices[0]
  const last = held.indices[held.indices.length - 1]
  let nextDeletionOn: string | null = null
  let nextDeletionCount = 0
  for (const index of held.indices) {
    const date = held.deletionOn(index)
    if (date === null) continue
    if (nextDeletionOn === null || date < nextDeletionOn) {
      nextDeletionOn = date
      nextDeletionCount = 1
    } else if (date === nextDeletionOn) nextDeletionCount++
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
