import { useT } from '#src/lib/i18n/i18n-context'

import { privacyContact } from './privacy-contact'

/**
 * The privacy team's e-mail and phone. The address itself is the link text, because a `mailto:` link is
 * useless to someone without a mail program set up: they must be able to read and copy the address.
 */
export function PrivacyTeamContact() {
  const t = useT()
  return (
    <ul className="space-y-1">
      <li>
        {t('shell.footer.emailLabel')}{' '}
        <a href={`mailto:${privacyContact.email}`} className="hover:decoration-2">
          {privacyContact.email}
        </a>
      </li>
      <li>
        {t('shell.footer.phoneLabel')}{' '}
        <a href={`tel:${privacyContact.phone}`} className="whitespace-nowrap hover:decoration-2">
          {privacyContact.phoneDisplay}
        </a>
      </li>
    </ul>
  )
}
