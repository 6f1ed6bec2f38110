import { useQuery } from '@tanstack/react-query'

import { Card } from '#src/components/ui/card'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { consentQueries } from '../api/consent-queries'

import { actionNames } from './consent-labels'

/** The overview's consent summary: how many consents are given and the last change. */
export function ConsentsSummary() {
  const { t, localize, formatDate } = useI18n()
  const list = useQuery(consentQueries.list())
  const consents = list.data?.consents ?? []
  const givenCount = consents.filter((consent) => consent.status === 'given').length
  const lastEvent = consents
    .flatMap((consent) => (consent.lastEvent ? [consent.lastEvent] : []))
    .reduce<(typeof consents)[number]['lastEvent']>(
      (latest, event) => (latest && latest.occurredAt >= event.occurredAt ? latest : event),
      null,
    )

  return (
    <Card title={t('consents.summary.title')}>
      {list.isPending ? <Spinner label={t('consents.page.loading')} /> : null}
      {list.isError ? (
        <ErrorState
          kind={getErrorStateKind(list.error)}
          headingLevel={3}
          onRetry={() => void list.refetch()}
          isRetrying={list.isFetching}
        />
      ) : null}
      {list.data ? (
        <>
          <p className="text-lg font-semibold">
            {t('consents.summary.count', { count: givenCount, total: consents.length })}
          </p>
          <p className="mt-2">
            {lastEvent
              ? t('consents.summary.lastChange', {
                  date: formatDate(lastEvent.occurredAt),
                  purpose: localize(lastEvent.purposeTitle),
                  action: t(actionNames[lastEvent.action]).toLowerCase(),
                })
              : t('consents.summary.noChange')}
          </p>
        </>
      ) : null}
      <p className="mt-3">
        <TextLink to={paths.consents.getHref()}>{t('consents.summary.link')}</TextLink>
      </p>
    </Card>
  )
}
