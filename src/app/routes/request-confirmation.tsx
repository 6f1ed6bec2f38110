import { useParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { RequestConfirmation } from '#src/features/rights-requests/components/request-confirmation'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/requests/:requestId/confirmation`: the receipt of a request just filed. */
export function RequestConfirmationRoute() {
  const t = useT()
  return (
    <Page title={t('rightsRequests.confirmation.title')}>
      <RequestConfirmation requestId={useParams().requestId ?? ''} />
    </Page>
  )
}
