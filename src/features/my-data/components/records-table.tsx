import { memo, useEffect, useId, useState } from 'react'
import { Link } from 'react-router'

import { paths } from '#src/config/paths'
import type { DataRecord, RecordSort } from '#src/contract/profile'
import type { DataCategory } from '#src/contract/register'
import { cn } from '#src/lib/cn'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { FieldValueText } from './field-value-text'
import { tableFieldKeys } from './labels'
import { useRowWindow } from './use-row-window'

/** Every row is one line of this height, so the virtualiser never measures: scrolling stays cheap. */
const rowHeight = 44
/**
 * Ask for the next page this many rows before the loaded ones run out: most of a page (200 rows), so even a
 * fast fling (a screenful a frame) finds the next rows loaded instead of a "loading" row. While fewer rows are
 * loaded (the small first page), half of them: the first screen alone asks for nothing more.
 */
const prefetchRows = 150
/** Room for the header row, which may wrap to two lines, and the borders. */
const headerAllowance = 60

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
  // Reads the row window, a mutable object, during render: see useRowWindow.
  'use no memo'
  const { t, localize } = useI18n()
  const captionId = useId()
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null)
  const fieldKeys: readonly string[] = tableFieldKeys[category.id]
  const columns = fieldKeys.flatMap((key) => category.fields.filter((field) => field.key === key))
  const columnKeys = fieldKeys.join(' ')

  const virtualizer = useRowWindow({
    count: records.length + (hasNextPage ? 1 : 0),
    rowHeight,
    scrollElement,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? 0

  useEffect(() => {
    const ahead = Math.min(prefetchRows, Math.floor(records.length / 2))
    if (hasNextPage && !isFetchingNextPage && lastIndex >= records.length - ahead) fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, lastIndex, records.length, fetchNextPage])

  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const columnCount = columns.length + 2
  const nextSort: RecordSort = sort === 'newest' ? 'oldest' : 'newest'

  return (
    <div
      ref={setScrollElement}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      // A set height lets `contain: strict` keep every scroll's layout inside the table, not the whole page.
      style={{ height: `min(70vh, ${String((total + 1) * rowHeight + headerAllowance)}px)` }}
      // An opaque background lets the browser scroll the region on the compositor instead of repainting it.
      className="overflow-auto border-2 border-border bg-surface [contain:strict]"
    >
      {/* Fixed layout: the browser sizes columns once instead of measuring every row as rows come and go. */}
      <table className="w-full min-w-[44rem] table-fixed border-collapse text-start" aria-rowcount={total + 1}>
        <caption id={captionId} className="sr-only">
          {t('myData.records.caption', {
            category: localize(category.name),
            order: t(sort === 'newest' ? 'myData.records.newestFirst' : 'myData.records.oldestFirst'),
          })}
        </caption>
        <colgroup>
          <col className="w-52" />
          {columns.map((field) => (
            <col key={field.key} />
          ))}
          <col className="w-44" />
        </colgroup>
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
              <RecordRow
                key={record.id}
                record={record}
                rowIndex={item.index + 2}
                columnKeys={columnKeys}
                categoryId={category.id}
              />
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

type RecordRowProps = {
  record: DataRecord
  rowIndex: number
  /** The field keys shown, space-separated: a string, so a row that stays in view is not drawn again. */
  columnKeys: string
  categoryId: DataCategory['id']
}

/** One row; memoised, so scrolling only draws the rows that come into view. */
const RecordRow = memo(function RecordRow({ record, rowIndex, columnKeys, categoryId }: RecordRowProps) {
  const { t, formatDateTime, formatDate } = useI18n()
  return (
    <tr aria-rowindex={rowIndex} style={{ height: rowHeight }}>
      <th scope="row" className={rowHeaderClass}>
        <Link to={paths.dataRecord.getHref(categoryId, record.id)} className={linkClass}>
          {formatDateTime(record.recordedAt)}
        </Link>
      </th>
      {columnKeys.split(' ').map((key) => {
        const value = record.fields.find((entry) => entry.key === key)?.value
        return (
          <td key={key} className={key === 'amount' ? amountCellClass : cellClass}>
            {value ? <FieldValueText value={value} /> : null}
          </td>
        )
      })}
      <td className={cellClass}>
        {record.deletionOn ? formatDate(record.deletionOn) : t(noDateKeys[record.retention.kind])}
      </td>
    </tr>
  )
})

const headerClass = 'border-b-2 border-ink px-2 py-1 text-start font-bold whitespace-nowrap'
const cellClass = 'max-w-64 truncate border-b border-border px-2 py-0 text-start whitespace-nowrap'
// Row classes are fixed strings, not cn() calls: a fling draws hundreds of cells a second.
const rowHeaderClass = cn(cellClass, 'font-normal')
const amountCellClass = cn(cellClass, 'text-end tabular-nums')
const linkClass = 'text-link underline underline-offset-2'

const noDateKeys = {
  fixed: 'myData.value.none',
  'until-account-deleted': 'myData.records.untilAccountDeleted',
  'not-stated': 'myData.records.notStated',
} as const
