import { useParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { RightsRequestKindSchema } from '#src/contract/rights-requests'
import { kindLabelKeys } from '#src/features/rights-requests/components/labels'
import { RequestFlow } from '#src/features/rights-requests/components/request-flow'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/requests/new/:kind`: the questions of one right (the loader has refused unknown kinds). */
export function RequestFlowRoute() {
  const t = useT()
  const kind = RightsRequestKindSchema.parse(useParams().kind)
  const title = t(kindLabelKeys[kind])
  return (
    <Page title={title}>
      <RequestFlow kind={kind} title={title} />
    </Page>
  )
}
