import { Page } from '#src/components/layout/page'
import { ContactPrivacyTeam } from '#src/features/privacy-messages/components/contact-privacy-team'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/contact`: write to the privacy team (GDPR Art. 38(4)), then see the receipt. */
export function ContactRoute() {
  const t = useT()
  return (
    <Page title={t('privacyMessages.page.title')}>
      <ContactPrivacyTeam />
    </Page>
  )
}
