import { useParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { RequestDetail, useRequestTitle } from '#src/features/rights-requests/components/request-detail'

/** `/requests/:requestId`: one request, its clock, timeline, messages and answer. */
export function RequestDetailRoute() {
  const requestId = useParams().requestId ?? ''
  const title = useRequestTitle(requestId)
  return (
    <Page title={title}>
      <RequestDetail requestId={requestId} />
    </Page>
  )
}
