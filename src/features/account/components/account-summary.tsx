import { useQuery } from '@tanstack/react-query'

import { Card } from '#src/components/ui/card'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { accountQueries } from '../api/account-queries'

/** Who the centre thinks you are: the account's identity facts, never the password itself. */
export function AccountSummary() {
  const { t, formatDate, formatDateTime } = useI18n()
  const account = useQuery(accountQueries.me())

  return (
    <Card title={t('account.summary.title')}>
      {account.isPending ? <Spinner label={t('account.summary.loading')} /> : null}
      {account.isError ? (
        <ErrorState
          kind={getErrorStateKind(account.error)}
          headingLevel={3}
          onRetry={() => void account.refetch()}
          isRetrying={account.isFetching}
        />
      ) : null}
      {account.data ? (
        <dl className="grid gap-1 [&>dd]:mb-3">
          <dt className="font-bold">{t('account.summary.name')}</dt>
          <dd>
            <bdi>{account.data.name}</bdi>
          </dd>
          <dt className="font-bold">{t('account.summary.email')}</dt>
          <dd className="break-all">{account.data.email}</dd>
          <dt className="font-bold">{t('account.summary.createdAt')}</dt>
          <dd>{formatDate(account.data.createdAt)}</dd>
          <dt className="font-bold">{t('account.summary.lastSignInAt')}</dt>
          <dd>
            {account.data.lastSignInAt ? formatDateTime(account.data.lastSignInAt) : t('account.summary.firstSignIn')}
          </dd>
          <dt className="font-bold">{t('account.summary.passwordChangedAt')}</dt>
          <dd>{formatDate(account.data.passwordChangedAt)}</dd>
        </dl>
      ) : null}
    </Card>
  )
}
