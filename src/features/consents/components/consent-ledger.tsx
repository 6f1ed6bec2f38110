import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useSearchParams } from 'react-router'

import { EmptyState } from '#src/components/ui/empty-state'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Heading } from '#src/components/ui/heading'
import { Select } from '#src/components/ui/select'
import { Spinner } from '#src/components/ui/spinner'
import { Table, type TableColumn } from '#src/components/ui/table'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { ConsentPurposeIdSchema, type ConsentEvent } from '#src/contract/consents'
import { PolicyVersionLink } from '#src/entities/policy/policy-version-link'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { consentQueries } from '../api/consent-queries'

import { actionNames, channelNames } from './consent-labels'

/** The URL's search parameter holding the purpose filter, so a filtered ledger can be bookmarked and shared. */
const purposeParam = 'purpose'

/**
 * The ledger of every consent event (GDPR Art. 7(1)), newest first: when, what, where, under which policy
 * version and with which exact words, each with its receipt. The filter lives in the URL, so it survives a reload.
 */
export function ConsentLedger() {
  const { t, localize, formatDateTime } = useI18n()
  const filterId = useId()
  const [searchParams, setSearchParams] = useSearchParams()
  // A hand-edited or stale URL shows the whole ledger rather than an error.
  const purposeId = ConsentPurposeIdSchema.safeParse(searchParams.get(purposeParam)).data
  const events = useQuery(consentQueries.events(purposeId))
  const list = useQuery(consentQueries.list())

  function handleFilterChange(value: string) {
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        if (value === '') next.delete(purposeParam)
        else next.set(purposeParam, value)
        return next
      },
      { replace: true, preventScrollReset: true },
    )
  }

  const columns: ReadonlyArray<TableColumn<ConsentEvent>> = [
    {
      key: 'date',
      header: t('consents.ledger.column.date'),
      cell: (event) => formatDateTime(event.occurredAt),
      isRowHeader: true,
    },
    { key: 'purpose', header: t('consents.ledger.column.purpose'), cell: (event) => localize(event.purposeTitle) },
    {
      key: 'action',
      header: t('consents.ledger.column.action'),
      cell: (event) => <span className="whitespace-nowrap">{t(actionNames[event.action])}</span>,
    },
    { key: 'channel', header: t('consents.ledger.column.channel'), cell: (event) => t(channelNames[event.channel]) },
    {
      key: 'version',
      header: t('consents.ledger.column.version'),
      // Each event opens the text of the version in force when it happened.
      cell: (event) => <PolicyVersionLink versionId={event.policyVersion} className="whitespace-nowrap" />,
    },
    {
      key: 'wording',
      header: t('consents.ledger.column.wording'),
      cell: (event) => (
        <details>
          <summary className="cursor-pointer text-link underline underline-offset-2">
            {t('consents.ledger.showWording')}
          </summary>
          <blockquote className="mt-1 max-w-sm">{localize(event.wording)}</blockquote>
        </details>
      ),
    },
    {
      key: 'receipt',
      header: t('consents.ledger.column.receipt'),
      cell: (event) => (
        <TextLink
          to={paths.consentReceipt.getHref(event.id)}
          className="whitespace-nowrap"
          // Names every link apart in a list of links; it starts with the visible word (WCAG 2.5.3).
          aria-label={t('consents.ledger.receiptLabel', {
            action: t(actionNames[event.action]),
            purpose: localize(event.purposeTitle),
            date: formatDateTime(event.occurredAt),
          })}
        >
          {t('consents.ledger.receipt')}
        </TextLink>
      ),
    },
  ]

  return (
    <section aria-labelledby="consents-ledger-heading" className="mt-10">
      <Heading level={2} id="consents-ledger-heading" className="text-2xl font-bold">
        {t('consents.ledger.title')}
      </Heading>
      <p className="mt-2 max-w-prose">{t('consents.ledger.intro')}</p>
      {list.data ? (
        <div className="mt-4">
          <label htmlFor={filterId} className="mb-1 block font-semibold">
            {t('consents.ledger.filter')}
          </label>
          <Select id={filterId} value={purposeId ?? ''} onChange={(event) => handleFilterChange(event.target.value)}>
            <option value="">{t('consents.ledger.filter.all')}</option>
            {list.data.consents.map((consent) => (
              <option key={consent.purposeId} value={consent.purposeId}>
                {localize(consent.title)}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      {events.isPending ? <Spinner label={t('consents.ledger.loading')} /> : null}
      {events.isError ? (
        <ErrorState
          kind={getErrorStateKind(events.error)}
          headingLevel={3}
          onRetry={() => void events.refetch()}
          isRetrying={events.isFetching}
        />
      ) : null}
      {events.data && events.data.events.length === 0 ? (
        <EmptyState title={t('consents.ledger.empty.title')} headingLevel={3}>
          <p>{t('consents.ledger.empty.body')}</p>
        </EmptyState>
      ) : null}
      {events.data && events.data.events.length > 0 ? (
        <Table
          className="mt-4"
          caption={t('consents.ledger.caption', { count: events.data.total })}
          columns={columns}
          rows={events.data.events}
          getRowKey={(event) => event.id}
        />
      ) : null}
    </section>
  )
}
