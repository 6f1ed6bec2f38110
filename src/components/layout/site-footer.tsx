import { Link } from 'react-router'

import { paths } from '#src/config/paths'
import { useT } from '#src/lib/i18n/i18n-context'

import { privacyContact } from './privacy-contact'
import { PrivacyTeamContact } from './privacy-team-contact'

/**
 * Help sits in the footer of every page, after the main content, so it is always in the same relative
 * order (WCAG 3.2.6 consistent help).
 */
export function SiteFooter() {
  const t = useT()
  return (
    <footer className="mt-12 border-t-4 border-link bg-surface-muted print:hidden">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8">
        <h2 className="text-lg font-bold">{t('shell.footer.contactHeading')}</h2>
        <PrivacyTeamContact />
        <div>
          <p>
            <a href={privacyContact.complaintUrl} hrefLang="fr" className="hover:decoration-2">
              {t('shell.footer.complainLink')}
            </a>
          </p>
          <p className="mt-1 text-sm">{t('shell.footer.complainHint')}</p>
        </div>
        <p>
          <Link to={paths.policy.getHref()} className="hover:decoration-2">
            {t('policy.link.footer')}
          </Link>
        </p>
        <p className="text-sm">{t('shell.footer.operator')}</p>
      </div>
    </footer>
  )
}
