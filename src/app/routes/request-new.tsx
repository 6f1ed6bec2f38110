import { Page } from '#src/components/layout/page'
import { ChooseRight } from '#src/features/rights-requests/components/choose-right'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/requests/new`: choose the right to exercise. */
export function RequestNewRoute() {
  const t = useT()
  return (
    <Page title={t('rightsRequests.choose.title')}>
      <ChooseRight />
    </Page>
  )
}
