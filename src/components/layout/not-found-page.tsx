import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useT } from '#src/lib/i18n/i18n-context'

import { Page } from './page'
import { PrivacyTeamContact } from './privacy-team-contact'

/**
 * The GOV.UK "Page not found" pattern: what to check, who can help, and a way home. Shared by the
 * catch-all route and the error boundary (a loader that answers 404).
 */
export function NotFoundPage() {
  const t = useT()
  return (
    <Page title={t('shell.notFound.title')}>
      <div className="max-w-prose space-y-4">
        <p>{t('shell.notFound.typed')}</p>
        <p>{t('shell.notFound.pasted')}</p>
        <p>{t('shell.notFound.contact')}</p>
        <PrivacyTeamContact />
        <p>
          <TextLink to={paths.overview.getHref()}>{t('shell.notFound.homeLink')}</TextLink>
        </p>
      </div>
    </Page>
  )
}
