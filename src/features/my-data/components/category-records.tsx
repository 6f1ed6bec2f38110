import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'

import { EmptyState } from '#src/components/ui/empty-state'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Heading } from '#src/components/ui/heading'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import type { RecordFiltersForm } from '#src/contract/profile'
import type { DataCategory, Purpose } from '#src/contract/register'
import { isApiError } from '#src/lib/api-error'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { myDataQueries } from '../api/my-data-queries'
import { readRecordFilters, toRecordFilters, writeRecordFilters } from '../record-filters-url'

import { ActOnData } from './act-on-data'
import { CategoryFacts } from './category-facts'
import { joinCategoryRows } from './category-rows'
import { ComplaintInfo } from './complaint-info'
import { RecordFilters } from './record-filters'
import { RecordsTable } from './records-table'
import { WhyWeHoldThis } from './why-we-hold-this'

export type CategoryRecordsProps = { category: DataCategory; purposes: readonly Purpose[] }

/**
 * A category's page: the person's counts, why it is held, what they can do about it, then the records
 * themselves, filtered and sorted by the server from the URL's search parameters.
 */
export function CategoryRecords({ category, purposes }: CategoryRecordsProps) {
  const { t, localize } = useI18n()
  const [searchParams, setSearchParams] = useSearchParams()
  const form = readRecordFilters(searchParams)
  const filters = toRecordFilters(searchParams)
  const register = useQuery(myDataQueries.register())
  const records = useInfiniteQuery(myDataQueries.records(category.id, filters))
  // The counts above the table can wait for the rows, which are what the person came for.
  const summary = useQuery({ ...myDataQueries.summary(), enabled: !records.isPending })
  const loaded = records.data?.pages.flatMap((page) => page.items) ?? []
  const total = records.data?.pages[0]?.total ?? 0
  const isFiltered = form.from !== '' || form.to !== '' || form.q !== ''
  const row =
    register.data && summary.data
      ? joinCategoryRows(register.data, summary.data).find((entry) => entry.category.id === category.id)
      : undefined

  function apply(values: RecordFiltersForm) {
    setSearchParams(writeRecordFilters(searchParams, values), { replace: false })
  }

  return (
    <div className="space-y-8">
      <p className="max-w-prose">{localize(category.description)}</p>
      {row ? <CategoryFacts row={row} /> : null}
      <details>
        <summary className="cursor-pointer font-bold text-link underline">{t('myData.why.title')}</summary>
        <div className="mt-3">
          <WhyWeHoldThis category={category} purposes={purposes} showFields />
        </div>
      </details>
      <ActOnData category={category} purposes={purposes} />

      <section aria-labelledby="records-title" className="space-y-4">
        <Heading level={2} id="records-title" className="text-2xl font-bold">
          {t('myData.records.title')}
        </Heading>
        <RecordFilters
          values={form}
          onApply={apply}
          listError={isApiError(records.error) && records.error.status === 422 ? records.error : null}
        />
        <StatusMessage>
          {records.isSuccess ? t(isFiltered ? 'myData.records.found' : 'myData.records.held', { count: total }) : null}
        </StatusMessage>
        {records.isPending ? <Spinner label={t('myData.records.loading')} /> : null}
        {records.isError && !(isApiError(records.error) && records.error.status === 422) ? (
          <ErrorState
            kind={getErrorStateKind(records.error)}
            headingLevel={3}
            onRetry={() => void records.refetch()}
            isRetrying={records.isFetching}
          />
        ) : null}
        {records.isSuccess && total === 0 ? (
          <EmptyState headingLevel={3} title={t(isFiltered ? 'myData.records.noMatch' : 'myData.records.empty')}>
            <p>{t(isFiltered ? 'myData.records.noMatchHint' : 'myData.records.emptyHint')}</p>
          </EmptyState>
        ) : null}
        {records.isSuccess && total > 0 ? (
          <RecordsTable
            category={category}
            records={loaded}
            total={total}
            sort={filters.sort ?? 'newest'}
            onSortChange={(sort) => setSearchParams(writeRecordFilters(searchParams, { ...form, sort }))}
            hasNextPage={records.hasNextPage}
            isFetchingNextPage={records.isFetchingNextPage}
            fetchNextPage={() => void records.fetchNextPage()}
          />
        ) : null}
      </section>
      <ComplaintInfo />
    </div>
  )
}
