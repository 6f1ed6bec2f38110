import { Page } from '#src/components/layout/page'
import { RequestList } from '#src/features/rights-requests/components/request-list'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/requests`: the person's rights requests against their legal clock. */
export function RequestsRoute() {
  const t = useT()
  return (
    <Page title={t('rightsRequests.list.title')}>
      <RequestList />
    </Page>
  )
}
