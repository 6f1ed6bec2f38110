import { privacyContact } from '#src/components/layout/privacy-contact'
import { PrivacyTeamContact } from '#src/components/layout/privacy-team-contact'
import { ExternalLink } from '#src/components/ui/external-link'
import { Heading, type HeadingLevel } from '#src/components/ui/heading'
import { useT } from '#src/lib/i18n/i18n-context'

/** Where to turn when something here looks wrong: the operator's privacy team, then the CNIL (GDPR Art. 77). */
export function ComplaintInfo({ headingLevel = 2 }: { headingLevel?: HeadingLevel }) {
  const t = useT()
  return (
    <section aria-labelledby="my-data-complaint" className="max-w-prose space-y-3">
      <Heading level={headingLevel} id="my-data-complaint" className="text-xl font-bold">
        {t('myData.complaint.title')}
      </Heading>
      <p>{t('myData.complaint.team')}</p>
      <PrivacyTeamContact />
      <p>{t('myData.complaint.authority')}</p>
      <p>
        <ExternalLink href={privacyContact.complaintUrl}>{t('myData.complaint.authorityLink')}</ExternalLink>
      </p>
    </section>
  )
}
