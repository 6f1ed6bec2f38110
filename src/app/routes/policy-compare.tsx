import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { consentQueries } from '#src/features/consents/api/consent-queries'
import { myDataQueries } from '#src/features/my-data/api/my-data-queries'
import { PolicyComparisonView } from '#src/features/policy/components/policy-comparison'
import type { PersonalContextState } from '#src/features/policy/personal-impact'
import { useT } from '#src/lib/i18n/i18n-context'
import { sessionQueries } from '#src/lib/session'

/**
 * What "what this means for you" needs to know about the signed-in person, from the features that own it:
 * their consents, the register, and which categories they have data in. Composed here, in the app layer,
 * because features never read each other's data.
 */
function usePersonalContext(): PersonalContextState {
  const { data: session } = useQuery(sessionQueries.current())
  const isSignedIn = Boolean(session)
  const consents = useQuery({ ...consentQueries.list(), enabled: isSignedIn })
  const register = useQuery({ ...myDataQueries.register(), enabled: isSignedIn })
  const summary = useQuery({ ...myDataQueries.summary(), enabled: isSignedIn })
  if (!isSignedIn) return { status: 'signed-out' }
  const queries = [consents, register, summary]
  const failed = queries.find((query) => query.isError)
  if (failed) {
    return {
      status: 'error',
      error: failed.error,
      onRetry: () => {
        for (const query of queries) if (query.isError) void query.refetch()
      },
      isRetrying: queries.some((query) => query.isFetching),
    }
  }
  if (!consents.data || !register.data || !summary.data) return { status: 'pending' }
  return {
    status: 'ready',
    context: {
      consents: consents.data.consents,
      purposes: register.data.purposes,
      categories: register.data.categories,
      categoryIdsWithData: new Set(
        summary.data.categories.filter((line) => line.count > 0).map((line) => line.categoryId),
      ),
    },
  }
}

/** `/policy/compare?from=&to=`: any two versions side by side, and what the changes mean for the person. */
export function PolicyCompareRoute() {
  const t = useT()
  const [searchParams] = useSearchParams()
  const from = searchParams.get('from')
  const to = searchParams.get('to')
  const personal = usePersonalContext()
  return (
    <Page title={from && to ? t('policy.compare.titleVersions', { from, to }) : t('policy.compare.title')}>
      <PolicyComparisonView from={from} to={to} personal={personal} />
    </Page>
  )
}
