import { Page } from '#src/components/layout/page'
import { ConsentsPage } from '#src/features/consents/components/consents-page'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/consents`: give and withdraw each consent, object to direct marketing, read the ledger. */
export function ConsentsRoute() {
  const t = useT()
  return (
    <Page title={t('consents.page.title')}>
      <ConsentsPage />
    </Page>
  )
}
