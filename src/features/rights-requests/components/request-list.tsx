import { useQuery } from '@tanstack/react-query'

import { ButtonLink } from '#src/components/ui/button-link'
import { EmptyState } from '#src/components/ui/empty-state'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { Table } from '#src/components/ui/table'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { RightsRequestSummary } from '#src/contract/rights-requests'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { rightsRequestQueries } from '../api/rights-request-queries'

import { kindLabelKeys, statusLabelKeys } from './labels'

function DaysLeft({ request }: { request: RightsRequestSummary }) {
  const { t } = useI18n()
  if (request.closedAt !== null) return <>{t('rightsRequests.list.answered')}</>
  if (request.isOverdue) return <strong>{t('rightsRequests.list.overdue', { count: -request.daysLeft })}</strong>
  return <>{t('rightsRequests.list.daysLeft', { count: request.daysLeft })}</>
}

/** Every request of the person, newest first, against its clock. */
export function RequestList() {
  const { t, formatDate } = useI18n()
  const query = useQuery(rightsRequestQueries.list())
  const newRequest = <ButtonLink to={paths.newRequest.getHref()}>{t('rightsRequests.list.new')}</ButtonLink>
  if (query.isPending) return <Spinner label={t('rightsRequests.loading')} />
  if (query.isError) {
    return (
      <ErrorState
        kind={getErrorStateKind(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  }
  if (query.data.requests.length === 0) {
    return (
      <EmptyState title={t('rightsRequests.list.empty.title')} action={newRequest}>
        <p>{t('rightsRequests.list.empty.body')}</p>
      </EmptyState>
    )
  }
  return (
    <div className="flex flex-col gap-6">
      <div>{newRequest}</div>
      <Table
        caption={t('rightsRequests.list.caption')}
        rows={query.data.requests}
        getRowKey={(request) => request.id}
        columns={[
          {
            key: 'kind',
            header: t('rightsRequests.list.kind'),
            isRowHeader: true,
            cell: (request) => (
              <TextLink to={paths.requestDetail.getHref(request.id)}>{t(kindLabelKeys[request.kind])}</TextLink>
            ),
          },
          { key: 'reference', header: t('rightsRequests.list.reference'), cell: (request) => request.reference },
          {
            key: 'received',
            header: t('rightsRequests.list.received'),
            cell: (request) => formatDate(request.receivedAt, { dateStyle: 'medium' }),
          },
          {
            key: 'status',
            header: t('rightsRequests.list.status'),
            cell: (request) => t(statusLabelKeys[request.status]),
          },
          {
            key: 'due',
            header: t('rightsRequests.list.due'),
            cell: (request) => formatDate(request.dueDate, { dateStyle: 'medium', timeZone: 'UTC' }),
          },
          { key: 'left', header: t('rightsRequests.list.left'), cell: (request) => <DaysLeft request={request} /> },
        ]}
      />
      <p>
        <TextLink to={paths.requestComplaint.getHref()}>{t('rightsRequests.complaint.howTo')}</TextLink>
      </p>
    </div>
  )
}
