import { useQuery } from '@tanstack/react-query'

import { Page } from '#src/components/layout/page'
import { AccountSummary } from '#src/features/account/components/account-summary'
import { ConsentsSummary } from '#src/features/consents/components/consents-summary'
import { DataOverview } from '#src/features/my-data/components/data-overview'
import { OpenRequestsSummary } from '#src/features/rights-requests/components/open-requests-summary'
import { useT } from '#src/lib/i18n/i18n-context'
import { sessionQueries } from '#src/lib/session'

/** The signed-in home. Each feature brings its own summary; the overview is not a feature itself. */
export function OverviewRoute() {
  const t = useT()
  const { data: session } = useQuery(sessionQueries.current())
  return (
    <Page title={t('account.overview.title')}>
      {session ? <p className="text-lg">{t('account.overview.greeting', { name: session.user.name })}</p> : null}
      <p className="mt-2 max-w-prose">{t('account.overview.intro')}</p>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <AccountSummary />
        <OpenRequestsSummary />
        <ConsentsSummary />
      </div>
      <DataOverview />
    </Page>
  )
}
