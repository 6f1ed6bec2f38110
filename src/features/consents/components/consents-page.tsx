import { useState } from 'react'

import { StatusMessage } from '#src/components/ui/status-message'
import { useT } from '#src/lib/i18n/i18n-context'

import { ConsentLedger } from './consent-ledger'
import { ConsentList } from './consent-list'
import { DirectMarketingObjection } from './direct-marketing-objection'

/**
 * The consents page: the consents, the objection to direct marketing apart, then the ledger. Each part
 * loads and fails on its own, so a failure stays local. Confirmations go to one polite live region that is in
 * the page from the start, so they are announced without moving focus (WCAG 4.1.3).
 */
export function ConsentsPage() {
  const t = useT()
  const [announcement, setAnnouncement] = useState('')

  return (
    <>
      <p className="max-w-prose text-lg">{t('consents.page.intro')}</p>
      <p className="mt-4 max-w-prose border-l-8 border-info bg-surface-muted p-4">{t('consents.page.lawful')}</p>
      <StatusMessage className="mt-4 font-semibold">{announcement}</StatusMessage>
      <ConsentList onSaved={setAnnouncement} />
      <DirectMarketingObjection onSaved={setAnnouncement} />
      <ConsentLedger />
    </>
  )
}
