import { useParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { ConsentReceiptView } from '#src/features/consents/components/consent-receipt-view'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/consents/receipts/:eventId`: one consent event's receipt, to read, print or download. */
export function ConsentReceiptRoute() {
  const t = useT()
  const { eventId = '' } = useParams()
  return (
    <Page title={t('consents.receipt.title')}>
      <ConsentReceiptView key={eventId} eventId={eventId} />
    </Page>
  )
}
