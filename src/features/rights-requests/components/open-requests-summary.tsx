import { useQuery } from '@tanstack/react-query'

import { Card } from '#src/components/ui/card'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { rightsRequestQueries } from '../api/rights-request-queries'

import { kindLabelKeys } from './labels'

/** The overview's open rights requests and their next deadline. */
export function OpenRequestsSummary() {
  const { t, formatDate } = useI18n()
  const query = useQuery(rightsRequestQueries.list())
  const open = query.data?.requests.filter((request) => request.closedAt === null) ?? []
  // The next deadline still ahead; overdue requests are counted and said apart.
  const next = open.filter((request) => !request.isOverdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0]
  const overdue = open.filter((request) => request.isOverdue).length
  return (
    <Card title={t('rightsRequests.summary.title')}>
      {query.isPending ? <Spinner label={t('rightsRequests.loading')} /> : null}
      {query.isError ? (
        <ErrorState
          kind={getErrorStateKind(query.error)}
          headingLevel={3}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : null}
      {query.data ? (
        <div className="flex flex-col gap-3">
          <p>
            {open.length === 0
              ? t('rightsRequests.summary.none')
              : t('rightsRequests.summary.open', { count: open.length })}
          </p>
          {overdue > 0 ? <p className="font-bold">{t('rightsRequests.summary.overdue', { count: overdue })}</p> : null}
          {next ? (
            <p>
              {t('rightsRequests.summary.next', {
                kind: t(kindLabelKeys[next.kind]),
                date: formatDate(next.dueDate, { dateStyle: 'long', timeZone: 'UTC' }),
              })}
            </p>
          ) : null}
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <TextLink to={paths.requests.getHref()}>{t('rightsRequests.summary.all')}</TextLink>
            <TextLink to={paths.newRequest.getHref()}>{t('rightsRequests.summary.new')}</TextLink>
          </p>
        </div>
      ) : null}
    </Card>
  )
}
