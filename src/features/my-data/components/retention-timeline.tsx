import { useId } from 'react'

import { Table } from '#src/components/ui/table'
import { useI18n } from '#src/lib/i18n/i18n-context'

import type { CategoryRow } from './category-rows'
import { useDescribeRetention } from './use-describe-retention'

const width = 720
const labelHeight = 16
const barHeight = 14
const rowHeight = labelHeight + barHeight + 14
const axisHeight = 28

const toTime = (iso: string) => new Date(iso).getTime()

/**
 * For each category held: from its oldest record to the day that record is deleted, with today marked. Data
 * with no end date (kept until the account is deleted, or no period stated) runs off the right edge, dashed.
 * The picture is decorative for assistive technology; the table under it says the same (WCAG 1.1.1).
 */
export function RetentionTimeline({ rows, today }: { rows: readonly CategoryRow[]; today: string }) {
  const { t, localize, formatDate, formatNumber } = useI18n()
  const describeRetention = useDescribeRetention()
  const titleId = useId()
  const held = rows.filter((row) => row.summary.oldestAt !== null)

  const todayTime = toTime(today)
  const starts = held.map((row) => toTime(row.summary.oldestAt ?? today))
  const ends = held.map((row) => toTime(row.summary.oldestDeletionOn ?? today))
  const min = Math.min(todayTime, ...starts)
  // A year past the last end (or today) so open-ended bars visibly continue.
  const max = Math.max(todayTime, ...ends) + 365 * 86_400_000
  const x = (time: number) => ((time - min) / (max - min)) * width
  const firstYear = new Date(min).getUTCFullYear() + 1
  const lastYear = new Date(max).getUTCFullYear()
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8))
  const years = Array.from({ length: Math.floor((lastYear - firstYear) / step) + 1 }, (_, i) => firstYear + i * step)
  const height = axisHeight + held.length * rowHeight

  return (
    <div className="space-y-4">
      {held.length > 0 ? (
        <div className="overflow-x-auto">
          <svg
            viewBox={`0 0 ${width} ${height}`}
            className="min-w-[36rem] text-ink"
            role="img"
            aria-labelledby={titleId}
          >
            <title id={titleId}>{t('myData.timeline.imageTitle')}</title>
            {years.map((year) => {
              const at = x(Date.UTC(year, 0, 1))
              return (
                <g key={year}>
                  <line x1={at} x2={at} y1={axisHeight - 6} y2={height} className="stroke-border" strokeWidth={1} />
                  <text x={at + 2} y={14} fontSize={12} className="fill-current">
                    {year}
                  </text>
                </g>
              )
            })}
            {held.map((row, index) => {
              const top = axisHeight + index * rowHeight
              const start = x(starts[index] ?? min)
              const isOpenEnded = row.summary.oldestDeletionOn === null
              const end = isOpenEnded ? width : x(ends[index] ?? max)
              return (
                <g key={row.category.id}>
                  <text x={0} y={top + 12} fontSize={13} className="fill-current">
                    {localize(row.category.name)}
                  </text>
                  <rect
                    x={start}
                    y={top + labelHeight}
                    width={Math.max(3, end - start)}
                    height={barHeight}
                    className={isOpenEnded ? 'fill-none stroke-link' : 'fill-link'}
                    strokeWidth={isOpenEnded ? 2 : 0}
                    strokeDasharray={isOpenEnded ? '6 4' : undefined}
                  />
                </g>
              )
            })}
            <line
              x1={x(todayTime)}
              x2={x(todayTime)}
              y1={axisHeight - 10}
              y2={height}
              className="stroke-error"
              strokeWidth={2}
            />
            <text x={x(todayTime) + 4} y={axisHeight - 2} fontSize={12} className="fill-error font-bold">
              {t('myData.timeline.today')}
            </text>
          </svg>
          <p className="text-sm text-ink-muted">{t('myData.timeline.legend')}</p>
        </div>
      ) : null}
      <Table
        caption={t('myData.timeline.tableCaption')}
        rows={rows}
        getRowKey={(row) => row.category.id}
        columns={[
          {
            key: 'category',
            header: t('myData.timeline.category'),
            isRowHeader: true,
            cell: (row) => localize(row.category.name),
          },
          {
            key: 'count',
            header: t('myData.timeline.count'),
            isNumeric: true,
            cell: (row) => formatNumber(row.summary.count),
          },
          {
            key: 'since',
            header: t('myData.timeline.since'),
            cell: (row) => (row.summary.oldestAt ? formatDate(row.summary.oldestAt) : t('myData.value.none')),
          },
          {
            key: 'rule',
            header: t('myData.timeline.rule'),
            cell: (row) =>
              row.category.retentionByKind.length > 0
                ? row.category.retentionByKind
                    .map((entry) =>
                      t('myData.labelled', { label: localize(entry.label), text: describeRetention(entry.retention) }),
                    )
                    .join(' · ')
                : describeRetention(row.category.retention),
          },
          {
            key: 'oldestGoes',
            header: t('myData.timeline.oldestGoes'),
            cell: (row) =>
              row.summary.oldestDeletionOn
                ? formatDate(row.summary.oldestDeletionOn)
                : row.summary.count === 0
                  ? t('myData.value.none')
                  : t('myData.timeline.noDate'),
          },
        ]}
      />
    </div>
  )
}
