import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useRef } from 'react'
import { Link } from 'react-router'

import { paths } from '#src/config/paths'
import type { DataRecord, RecordSort } from '#src/contract/profile'
import type { DataCategory } from '#src/contract/register'
import { cn } from '#src/lib/cn'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { FieldValueText } from './field-value-text'
import { tableFieldKeys } from './labels'

/** Every row is one line of this height, so the virtualiser never measures: scrolling stays cheap. */
const rowHeight = 44
const fallbackRect = { width: 960, height: rowHeight * 12 }
/** Ask for the next page this many rows before the loaded ones run out. */
const prefetchRows = 60

export type RecordsTableProps = {
  category: DataCategory
  records: readonly DataRecord[]
  total: number
  sort: RecordSort
  onSortChange: (sort: RecordSort) => void
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => void
}

/**
 * A category's records as a real table that renders only the rows in view (100,000 rows stay smooth). Rows
 * above and below the window are stood in for by two spacer rows; `aria-rowcount` and `aria-rowindex` tell
 * screen readers where they are in the whole list. The date column is the row header and links to the record.
 */
export function RecordsTable({
  category,
  records,
  total,
  sort,
  onSortChange,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: RecordsTableProps) {
  const { t, localize, formatDateTime, formatDate } = useI18n()
  const captionId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const fieldKeys: readonly string[] = tableFieldKeys[category.id]
  const columns = fieldKeys.flatMap((key) => category.fields.filter((field) => field.key === key))

  const virtualizer = useVirtualizer({
    count: records.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 15,
    // Before layout, and where there is none (a hidden tab, jsdom), assume a screenful so rows still render.
    initialRect: fallbackRect,
    observeElementRect: (instance, onChange) =>
      observeElementRect(instance, (rect) => onChange(rect.height > 0 ? rect : fallbackRect)),
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? 0

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= records.length - prefetchRows) fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, lastIndex, records.length, fetchNextPage])

  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const columnCount = columns.length + 2
  const nextSort: RecordSort = sort === 'newest' ? 'oldest' : 'newest'

  return (
    <div
      ref={scrollRef}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="max-h-[70vh] overflow-auto border-2 border-border"
    >
      <table className="w-full border-collapse text-start" aria-rowcount={total + 1}>
        <caption id={captionId} className="sr-only">
          {t('myData.records.caption', {
            category: localize(category.name),
            order: t(sort === 'newest' ? 'myData.records.newestFirst' : 'myData.records.oldestFirst'),
          })}
        </caption>
        <thead className="sticky top-0 z-10 bg-surface">
          <tr aria-rowindex={1}>
            <th scope="col" aria-sort={sort === 'newest' ? 'descending' : 'ascending'} className={headerClass}>
              <button
                type="button"
                onClick={() => onSortChange(nextSort)}
                className="inline-flex min-h-11 items-center gap-1 font-bold text-link underline"
              >
                {t('myData.records.date')}
                <span aria-hidden="true">{sort === 'newest' ? '▼' : '▲'}</span>
                <span className="sr-only">
                  {t(nextSort === 'newest' ? 'myData.records.sortNewest' : 'myData.records.sortOldest')}
                </span>
              </button>
            </th>
            {columns.map((field) => (
              <th key={field.key} scope="col" className={cn(headerClass, field.key === 'amount' && 'text-end')}>
                {localize(field.label)}
              </th>
            ))}
            <th scope="col" className={headerClass}>
              {t('myData.records.keptUntil')}
            </th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const record = records[item.index]
            if (!record) {
              return (
                <tr key="loading" aria-rowindex={item.index + 2} style={{ height: rowHeight }}>
                  <td colSpan={columnCount} className={cellClass}>
                    {t('myData.records.loadingMore')}
                  </td>
                </tr>
              )
            }
            return (
              <tr key={record.id} aria-rowindex={item.index + 2} style={{ height: rowHeight }}>
                <th scope="row" className={cn(cellClass, 'font-normal')}>
                  <Link
                    to={paths.dataRecord.getHref(category.id, record.id)}
                    className="text-link underline underline-offset-2"
                  >
                    {formatDateTime(record.recordedAt)}
                  </Link>
                </th>
                {columns.map((field) => {
                  const value = record.fields.find((entry) => entry.key === field.key)?.value
                  return (
                    <td
                      key={field.key}
                      className={cn(cellClass, field.key === 'amount' && 'text-end tabular-nums')}
                    >
                      {value ? <FieldValueText value={value} /> : null}
                    </td>
                  )
                })}
                <td className={cellClass}>
                  {record.deletionOn ? formatDate(record.deletionOn) : t(noDateKeys[record.retention.kind])}
                </td>
              </tr>
            )
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}

const headerClass = 'border-b-2 border-ink px-2 py-1 text-start font-bold whitespace-nowrap'
const cellClass = 'max-w-64 truncate border-b border-border px-2 py-0 text-start whitespace-nowrap'

const noDateKeys = {
  fixed: 'myData.value.none',
  'until-account-deleted': 'myData.records.untilAccountDeleted',
  'not-stated': 'myData.records.notStated',
} as const
