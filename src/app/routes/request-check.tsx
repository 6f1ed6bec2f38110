import { useParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { RightsRequestKindSchema } from '#src/contract/rights-requests'
import { CheckAnswers } from '#src/features/rights-requests/components/check-answers'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/requests/new/:kind/check`: check your answers, then file the request. */
export function RequestCheckRoute() {
  const t = useT()
  const kind = RightsRequestKindSchema.parse(useParams().kind)
  return (
    <Page title={t('rightsRequests.check.title')}>
      <CheckAnswers kind={kind} />
    </Page>
  )
}
