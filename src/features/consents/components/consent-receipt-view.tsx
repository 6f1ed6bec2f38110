import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { Button } from '#src/components/ui/button'
import { EmptyState } from '#src/components/ui/empty-state'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { PolicyVersionLink } from '#src/entities/policy/policy-version-link'
import { isApiError } from '#src/lib/api-error'
import { downloadJson } from '#src/lib/download-json'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { consentQueries } from '../api/consent-queries'
import { buildReceiptRecord, getReceiptFileName } from '../receipt-file'

import { actionNames, channelNames, dataCategoryNames } from './consent-labels'

/** A consent event's receipt: readable and printable here, downloadable as a 27560 JSON record. */
export function ConsentReceiptView({ eventId }: { eventId: string }) {
  const { t, localize, formatDateTime } = useI18n()
  const receipt = useQuery(consentQueries.receipt(eventId))
  const [announcement, setAnnouncement] = useState('')
  const backLink = (
    <TextLink to={paths.consents.getHref()} className="print:hidden">
      {t('consents.receipt.back')}
    </TextLink>
  )

  if (receipt.isError && isApiError(receipt.error) && receipt.error.status === 404) {
    return (
      <EmptyState title={t('consents.receipt.notFound.title')} action={backLink}>
        <p>{t('consents.receipt.notFound.body')}</p>
      </EmptyState>
    )
  }

  function handleDownload() {
    if (!receipt.data) return
    const fileName = getReceiptFileName(receipt.data)
    downloadJson(fileName, buildReceiptRecord(receipt.data))
    setAnnouncement(t('consents.receipt.downloaded', { fileName }))
  }

  const data = receipt.data
  return (
    <>
      <p className="max-w-prose">{t('consents.receipt.intro')}</p>
      {receipt.isPending ? <Spinner label={t('consents.receipt.loading')} /> : null}
      {receipt.isError ? (
        <ErrorState
          kind={getErrorStateKind(receipt.error)}
          onRetry={() => void receipt.refetch()}
          isRetrying={receipt.isFetching}
        />
      ) : null}
      {data ? (
        <>
          <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,16rem)_1fr] [&>dd]:mb-3 [&>dd]:wrap-break-word">
            <dt className="font-bold">{t('consents.receipt.eventId')}</dt>
            <dd>{data.id}</dd>
            <dt className="font-bold">{t('consents.receipt.purpose')}</dt>
            <dd>{localize(data.purposeTitle)}</dd>
            <dt className="font-bold">{t('consents.receipt.action')}</dt>
            <dd>{t(actionNames[data.action])}</dd>
            <dt className="font-bold">{t('consents.receipt.occurredAt')}</dt>
            <dd>{formatDateTime(data.occurredAt)}</dd>
            <dt className="font-bold">{t('consents.receipt.channel')}</dt>
            <dd>{t(channelNames[data.channel])}</dd>
            <dt className="font-bold">{t('consents.receipt.policyVersion')}</dt>
            <dd>
              <PolicyVersionLink versionId={data.policyVersion} />
            </dd>
            <dt className="font-bold">{t('consents.receipt.wording')}</dt>
            <dd>
              <blockquote className="border-l-4 border-border ps-3">{localize(data.wording)}</blockquote>
            </dd>
            <dt className="font-bold">{t('consents.receipt.purposeDescription')}</dt>
            <dd>{localize(data.purposeDescription)}</dd>
            <dt className="font-bold">{t('consents.receipt.dataCategories')}</dt>
            <dd>{data.dataCategories.map((category) => t(dataCategoryNames[category])).join(', ')}</dd>
            <dt className="font-bold">{t('consents.receipt.legalBasis')}</dt>
            <dd>{t('consents.receipt.legalBasis.consent')}</dd>
            <dt className="font-bold">{t('consents.receipt.controller')}</dt>
            <dd>
              {data.controller.name}, {data.controller.email}, {data.controller.phone}
            </dd>
            <dt className="font-bold">{t('consents.receipt.recordId')}</dt>
            <dd>{data.recordId}</dd>
            <dt className="font-bold">{t('consents.receipt.principalId')}</dt>
            <dd>{data.principalId}</dd>
          </dl>
          <div className="mt-6 flex flex-wrap gap-4 print:hidden">
            <Button onClick={handleDownload}>{t('consents.receipt.download')}</Button>
            <Button variant="secondary" onClick={() => window.print()}>
              {t('consents.receipt.print')}
            </Button>
          </div>
        </>
      ) : null}
      <StatusMessage className="mt-4">{announcement}</StatusMessage>
      <p className="mt-6">{backLink}</p>
    </>
  )
}
