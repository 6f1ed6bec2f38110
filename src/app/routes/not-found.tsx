import { Page } from '#src/components/layout/page'
import { PrivacyTeamContact } from '#src/components/layout/privacy-team-contact'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useT } from '#src/lib/i18n/i18n-context'

/** The GOV.UK "Page not found" pattern: say what to check, who can help, and offer a way home. */
export function NotFoundRoute() {
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
