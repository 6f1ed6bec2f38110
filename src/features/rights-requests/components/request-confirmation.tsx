import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'

import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { RightsRequest } from '#src/contract/rights-requests'
import { useI18n } from '#src/lib/i18n/i18n-context'
import { maskEmail } from '#src/lib/mask-email'
import { sessionQueries } from '#src/lib/session'

import { rightsRequestQueries } from '../api/rights-request-queries'
import { rightsRequestDrafts, useDraftOwnerId } from '../draft-store'

import { RecordsConcerned } from './erasure-items'
import { kindLabelKeys } from './labels'

function Receipt({ request }: { request: RightsRequest }) {
  const { t, formatDate } = useI18n()
  const { data: session } = useQuery(sessionQueries.current())
  const ownerId = useDraftOwnerId()

  useEffect(() => {
    // The request is filed: its answers are no longer a draft (and cannot be sent a second time).
    if (ownerId !== undefined) rightsRequestDrafts.discard(ownerId, request.kind)
  }, [ownerId, request.kind])

  const due = formatDate(request.dueDate, { dateStyle: 'long', timeZone: 'UTC' })
  const isDone = request.closedAt !== null
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <StatusMessage isVisuallyHidden>
        {t('rightsRequests.confirmation.announcement', { reference: request.reference })}
      </StatusMessage>
      <div className="bg-success p-6 text-center text-on-primary">
        <h2 className="text-3xl font-bold">
          {isDone ? t('rightsRequests.confirmation.done') : t('rightsRequests.confirmation.received')}
        </h2>
        <p className="mt-4 text-xl">
          {t('rightsRequests.confirmation.referenceLabel')}
          <br />
          <strong className="text-2xl font-bold wrap-break-word">{request.reference}</strong>
        </p>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 border-y border-border py-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('rightsRequests.check.kind')}</dt>
        <dd>{t(kindLabelKeys[request.kind])}</dd>
        <dt className="font-semibold">{t('rightsRequests.detail.receivedAt')}</dt>
        <dd>{formatDate(request.receivedAt, { dateStyle: 'long' })}</dd>
        <dt className="font-semibold">{t('rightsRequests.detail.dueDate')}</dt>
        <dd>{due}</dd>
        <RecordsConcerned records={request.records} />
      </dl>
      <p>
        {session
          ? t('rightsRequests.confirmation.emailSent', { email: maskEmail(session.user.email) })
          : t('rightsRequests.confirmation.emailSent.accountAddress')}
      </p>
      <section aria-labelledby="request-next-steps" className="flex flex-col gap-3">
        <h2 id="request-next-steps" className="text-2xl font-bold">
          {t('rightsRequests.confirmation.next.title')}
        </h2>
        {isDone ? (
          <p>{t('rightsRequests.confirmation.next.done')}</p>
        ) : (
          <>
            <p>{t('rightsRequests.confirmation.next.answer', { date: due })}</p>
            <p>{t('rightsRequests.confirmation.next.extension')}</p>
            <p>{t('rightsRequests.confirmation.next.cancel')}</p>
          </>
        )}
      </section>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <TextLink to={paths.requestDetail.getHref(request.id)}>{t('rightsRequests.confirmation.follow')}</TextLink>
        <TextLink to={paths.requests.getHref()}>{t('rightsRequests.summary.all')}</TextLink>
      </p>
    </div>
  )
}

/** The receipt of a request just filed (GDPR Art. 12(3)): reference, dates, what happens next, masked address. */
export function RequestConfirmation({ requestId }: { requestId: string }) {
  const { t } = useI18n()
  const query = useQuery(rightsRequestQueries.detail(requestId))
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
  return <Receipt request={query.data} />
}
