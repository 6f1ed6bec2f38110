import { useSearchParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { ConfirmNewEmail } from '#src/features/contact-preferences/components/confirm-new-email'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/settings/confirm-email?token=…`: the link sent to a new sign-in email address. */
export function ConfirmEmailRoute() {
  const t = useT()
  const [searchParams] = useSearchParams()
  return (
    <Page title={t('contactPreferences.confirmEmail.title')}>
      <ConfirmNewEmail token={searchParams.get('token')} />
    </Page>
  )
}
