import { privacyContact } from '#src/components/layout/privacy-contact'
import { ExternalLink } from '#src/components/ui/external-link'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useT } from '#src/lib/i18n/i18n-context'

/** Where and how to complain to the supervisory authority (GDPR Art. 77): information, not a request. */
export function ComplaintInfo() {
  const t = useT()
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <p>{t('rightsRequests.complaint.intro')}</p>
      <h2 className="text-2xl font-bold">{t('rightsRequests.complaint.when.title')}</h2>
      <ul className="list-disc ps-6">
        <li>{t('rightsRequests.complaint.when.noAnswer')}</li>
        <li>{t('rightsRequests.complaint.when.refused')}</li>
        <li>{t('rightsRequests.complaint.when.unsatisfied')}</li>
      </ul>
      <h2 className="text-2xl font-bold">{t('rightsRequests.complaint.how.title')}</h2>
      <ol className="list-decimal ps-6">
        <li>{t('rightsRequests.complaint.how.first')}</li>
        <li>{t('rightsRequests.complaint.how.online')}</li>
        <li>{t('rightsRequests.complaint.how.post')}</li>
      </ol>
      <p>
        <ExternalLink href={privacyContact.complaintUrl}>{t('rightsRequests.complaint.cnilLink')}</ExternalLink>
      </p>
      <p>{t('rightsRequests.complaint.court')}</p>
      <p>
        <TextLink to={paths.requests.getHref()}>{t('rightsRequests.detail.backToList')}</TextLink>
      </p>
    </div>
  )
}
