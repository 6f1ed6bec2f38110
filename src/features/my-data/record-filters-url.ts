import { RecordSortSchema, type RecordFilters, type RecordFiltersForm, type RecordSort } from '#src/contract/profile'

/*
 * A category page's filters live in the URL (`?from=2025-01-01&to=…&q=…&sort=oldest`), so Back, a reload or a
 * shared link show the same view. The server validates them again: a hand-edited URL gets its 422.
 */

export function readRecordFilters(params: URLSearchParams): RecordFiltersForm {
  return { from: params.get('from') ?? '', to: params.get('to') ?? '', q: params.get('q') ?? '' }
}

/** The query sent to the server: only the filters present. */
export function toRecordFilters(params: URLSearchParams): RecordFilters {
  const { from, to, q } = readRecordFilters(params)
  const sort = RecordSortSchema.safeParse(params.get('sort')).data
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(sort ? { sort } : {}),
  }
}

export function writeRecordFilters(
  current: URLSearchParams,
  values: RecordFiltersForm & { sort?: RecordSort },
): URLSearchParams {
  const next = new URLSearchParams()
  const sort = values.sort ?? RecordSortSchema.safeParse(current.get('sort')).data
  if (values.from) next.set('from', values.from)
  if (values.to) next.set('to', values.to)
  if (values.q.trim()) next.set('q', values.q.trim())
  if (sort && sort !== 'newest') next.set('sort', sort)
  return next
}
