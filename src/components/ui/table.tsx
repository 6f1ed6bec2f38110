import { useId, type ReactNode } from 'react'

import { cn } from '#src/lib/cn'

export type TableColumn<Row> = {
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  /** The cell that names the row (usually the first) becomes `<th scope="row">`. */
  isRowHeader?: boolean
  /** Numbers align to the end so digits line up. */
  isNumeric?: boolean
}

export type TableProps<Row> = {
  /** Required: it names the table for screen readers (WCAG 1.3.1). */
  caption: ReactNode
  isCaptionVisuallyHidden?: boolean
  columns: ReadonlyArray<TableColumn<Row>>
  rows: ReadonlyArray<Row>
  getRowKey: (row: Row) => string
  className?: string
}

/**
 * A data table with a caption and `scope` on every header. On narrow screens (320px, WCAG 1.4.10)
 * the table scrolls inside its own region; that region is focusable and named by the caption so
 * keyboard users can scroll it too (axe `scrollable-region-focusable`).
 */
export function Table<Row>({
  caption,
  isCaptionVisuallyHidden = false,
  columns,
  rows,
  getRowKey,
  className,
}: TableProps<Row>) {
  const captionId = useId()
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={cn('max-w-full overflow-x-auto', className)}>
      <table className="w-full border-collapse text-start">
        <caption
          id={captionId}
          className={cn('mb-2 text-start text-lg font-bold', isCaptionVisuallyHidden && 'sr-only')}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cn(
                  'border-b-2 border-ink px-2 py-2 font-bold',
                  column.isNumeric ? 'text-end' : 'text-start',
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={getRowKey(row)}>
              {columns.map((column) => {
                const cellClassName = cn(
                  'border-b border-border px-2 py-2 align-top',
                  column.isNumeric ? 'text-end tabular-nums' : 'text-start',
                )
                return column.isRowHeader ? (
                  <th key={column.key} scope="row" className={cn(cellClassName, 'font-semibold')}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={cellClassName}>
                    {column.cell(row)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
