import { Page } from '#src/components/layout/page'
import { ComplaintInfo } from '#src/features/rights-requests/components/complaint-info'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/requests/complaint`: how to complain to the CNIL (information, not a request). */
export function RequestComplaintRoute() {
  const t = useT()
  return (
    <Page title={t('rightsRequests.complaint.title')}>
      <ComplaintInfo />
    </Page>
  )
}
