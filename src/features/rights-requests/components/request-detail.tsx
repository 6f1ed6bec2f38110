import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'

import { privacyContact } from '#src/components/layout/privacy-contact'
import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import { ConfirmDialog } from '#src/components/ui/confirm-dialog'
import { ErrorState } from '#src/components/ui/error-state'
import { ExternalLink } from '#src/components/ui/external-link'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { RightsRequest } from '#src/contract/rights-requests'
import { downloadJson } from '#src/lib/download-json'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { rightsRequestMutations } from '../api/rights-request-mutations'
import { rightsRequestQueries } from '../api/rights-request-queries'

import { RecordsConcerned } from './erasure-items'
import { ErasureStatement } from './erasure-statement'
import {
  categoryLabelKeys,
  eventLabelKeys,
  groundLabelKeys,
  kindLabelKeys,
  purposeLabelKeys,
  statusLabelKeys,
} from './labels'
import { LegalClock } from './legal-clock'

function Timeline({ request }: { request: RightsRequest }) {
  const { t, localize, formatDateTime, formatDate } = useI18n()
  return (
    <section aria-labelledby="request-timeline" className="flex flex-col gap-3">
      <h2 id="request-timeline" className="text-2xl font-bold">
        {t('rightsRequests.detail.timeline')}
      </h2>
      <ol className="flex flex-col gap-4 border-l-4 border-border ps-4">
        {request.events.map((event, index) => (
          <li key={`${event.kind}-${String(index)}`}>
            <p className="font-bold">{t(eventLabelKeys[event.kind])}</p>
            <p className="text-ink-muted">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            </p>
            {event.newDueDate ? (
              <p>
                {t('rightsRequests.detail.newDueDate', {
                  date: formatDate(event.newDueDate, { dateStyle: 'long', timeZone: 'UTC' }),
                })}
              </p>
            ) : null}
            {event.reason ? (
              <p>
                <span className="font-semibold">
                  {event.kind === 'refused'
                    ? t('rightsRequests.detail.refusalReasons')
                    : t('rightsRequests.detail.extensionReason')}
                </span>{' '}
                {localize(event.reason)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

function Messages({ request }: { request: RightsRequest }) {
  const { t, localize, formatDateTime } = useI18n()
  return (
    <section aria-labelledby="request-messages" className="flex flex-col gap-3">
      <h2 id="request-messages" className="text-2xl font-bold">
        {t('rightsRequests.detail.messages')}
      </h2>
      {request.messages.length === 0 ? (
        <p>{t('rightsRequests.detail.messages.none')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {request.messages.map((message) => (
            <li key={message.id} className="border-l-4 border-info bg-surface-muted p-4">
              <p className="text-ink-muted">
                {t('rightsRequests.detail.messages.from')} ·{' '}
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
              </p>
              <p className="mt-1">{localize(message.body)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Downloads the copy as a JSON file, built in memory from the API's answer (never stored). */
function CopyDownload({ request }: { request: RightsRequest }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [state, setState] = useState<'idle' | 'pending' | 'failed' | 'done'>('idle')

  async function handleDownload() {
    setState('pending')
    try {
      const copy = await queryClient.query(rightsRequestQueries.copy(request.id))
      downloadJson(`${request.reference}.json`, copy)
      setState('done')
    } catch {
      setState('failed')
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <p>
        {t(request.kind === 'portability' ? 'rightsRequests.outcome.portability' : 'rightsRequests.outcome.access')}
      </p>
      <div>
        <Button
          onClick={() => void handleDownload()}
          isPending={state === 'pending'}
          pendingLabel={t('rightsRequests.outcome.downloading')}
        >
          {t('rightsRequests.outcome.download')}
        </Button>
      </div>
      <StatusMessage>{state === 'done' ? t('rightsRequests.outcome.downloaded') : null}</StatusMessage>
      {state === 'failed' ? <Alert variant="error">{t('rightsRequests.outcome.downloadFailed')}</Alert> : null}
    </div>
  )
}

function Outcome({ request }: { request: RightsRequest }) {
  const { t, localize } = useI18n()
  const refusal = request.events.find((event) => event.kind === 'refused')
  if (request.status === 'refused') {
    return (
      <section aria-labelledby="request-outcome" className="flex flex-col gap-3">
        <h2 id="request-outcome" className="text-2xl font-bold">
          {t('rightsRequests.outcome.refused.title')}
        </h2>
        {refusal?.reason ? <p>{localize(refusal.reason)}</p> : null}
        <p>{t('rightsRequests.outcome.refused.rights')}</p>
        <p>
          <ExternalLink href={privacyContact.complaintUrl}>{t('rightsRequests.complaint.cnilLink')}</ExternalLink>
        </p>
      </section>
    )
  }
  const { outcome } = request
  if (!outcome) return null
  return (
    <section aria-labelledby="request-outcome" className="flex flex-col gap-3">
      <h2 id="request-outcome" className="text-2xl font-bold">
        {t('rightsRequests.outcome.title')}
      </h2>
      {outcome.kind === 'copy' ? <CopyDownload request={request} /> : null}
      {outcome.kind === 'erasure' ? (
        <ErasureStatement statement={outcome.statement} tense="past" headingLevel={3} />
      ) : null}
      {outcome.kind === 'rectification' ? (
        <p>
          {t('rightsRequests.outcome.rectification', { value: outcome.newValue })}{' '}
          <TextLink to={paths.myData.getHref()}>{t('rightsRequests.outcome.rectification.myData')}</TextLink>
        </p>
      ) : null}
      {outcome.kind === 'applied' ? <p>{localize(outcome.summary)}</p> : null}
    </section>
  )
}

function CancelRequest({ request }: { request: RightsRequest }) {
  const { t } = useI18n()
  const [isOpen, setIsOpen] = useState(false)
  const mutation = useMutation(rightsRequestMutations.cancel())
  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button variant="secondary" onClick={() => setIsOpen(true)}>
          {t('rightsRequests.cancel.button')}
        </Button>
      </div>
      {mutation.isError ? <Alert variant="error">{t('rightsRequests.cancel.failed')}</Alert> : null}
      <ConfirmDialog
        isOpen={isOpen}
        title={t('rightsRequests.cancel.title')}
        confirmLabel={t('rightsRequests.cancel.confirm')}
        cancelLabel={t('rightsRequests.cancel.keep')}
        confirmVariant="warning"
        isPending={mutation.isPending}
        onCancel={() => setIsOpen(false)}
        onConfirm={() =>
          mutation.mutate(request.id, {
            onSettled: () => setIsOpen(false),
          })
        }
      >
        <p>{t('rightsRequests.cancel.body', { reference: request.reference })}</p>
      </ConfirmDialog>
    </div>
  )
}

/** One request: where it stands, its clock, its timeline, the team's messages and the answer. */
export function RequestDetail({ requestId }: { requestId: string }) {
  const { t, formatDate } = useI18n()
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
  const request = query.data
  const isOpen = request.closedAt === null
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <StatusMessage isVisuallyHidden>
        {request.status === 'cancelled' ? t('rightsRequests.cancel.done', { reference: request.reference }) : null}
      </StatusMessage>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 border-y border-border py-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('rightsRequests.detail.reference')}</dt>
        <dd>{request.reference}</dd>
        <dt className="font-semibold">{t('rightsRequests.detail.status')}</dt>
        <dd>
          <strong>{t(statusLabelKeys[request.status])}</strong>
          {request.isOverdue ? <strong> · {t('rightsRequests.status.overdue')}</strong> : null}
        </dd>
        <dt className="font-semibold">{t('rightsRequests.detail.receivedAt')}</dt>
        <dd>{formatDate(request.receivedAt, { dateStyle: 'long' })}</dd>
        <dt className="font-semibold">{t('rightsRequests.detail.dueDate')}</dt>
        <dd>{formatDate(request.dueDate, { dateStyle: 'long', timeZone: 'UTC' })}</dd>
        {request.categories.length > 0 ? (
          <>
            <dt className="font-semibold">{t('rightsRequests.detail.categories')}</dt>
            <dd>{request.categories.map((id) => t(categoryLabelKeys[id])).join(', ')}</dd>
          </>
        ) : null}
        <RecordsConcerned records={request.records} />
        {request.purposeId ? (
          <>
            <dt className="font-semibold">{t('rightsRequests.check.purpose')}</dt>
            <dd>{t(purposeLabelKeys[request.purposeId])}</dd>
          </>
        ) : null}
        {request.ground ? (
          <>
            <dt className="font-semibold">{t('rightsRequests.check.ground')}</dt>
            <dd>{t(groundLabelKeys[request.ground])}</dd>
          </>
        ) : null}
      </dl>
      {isOpen ? <LegalClock request={request} /> : null}
      {request.canCancel ? <CancelRequest request={request} /> : null}
      <Outcome request={request} />
      <Timeline request={request} />
      <Messages request={request} />
      <p>
        <TextLink to={paths.requests.getHref()}>{t('rightsRequests.detail.backToList')}</TextLink>
      </p>
    </div>
  )
}

export function useRequestTitle(requestId: string): string {
  const { t } = useI18n()
  const { data } = useQuery(rightsRequestQueries.detail(requestId))
  return data
    ? t('rightsRequests.detail.title', { kind: t(kindLabelKeys[data.kind]) })
    : t('rightsRequests.detail.titleLoading')
}
