import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { RightsRequestKindSchema } from '#src/contract/rights-requests'
import { useT } from '#src/lib/i18n/i18n-context'

import { kindDescriptionKeys, kindLabelKeys } from './labels'

/** Every right, each explained in one plain sentence (GDPR Art. 12(1)-(2)), and where to complain. */
export function ChooseRight() {
  const t = useT()
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>{t('rightsRequests.choose.intro')}</p>
      <ul className="flex flex-col gap-4">
        {RightsRequestKindSchema.options.map((kind) => (
          <li key={kind} className="border-b border-border pb-4">
            <h2 className="text-xl font-bold">
              <TextLink to={paths.requestFlow.getHref(kind)}>{t(kindLabelKeys[kind])}</TextLink>
            </h2>
            <p className="mt-1">{t(kindDescriptionKeys[kind])}</p>
          </li>
        ))}
        <li>
          <h2 className="text-xl font-bold">
            <TextLink to={paths.requestComplaint.getHref()}>{t('rightsRequests.complaint.title')}</TextLink>
          </h2>
          <p className="mt-1">{t('rightsRequests.complaint.description')}</p>
        </li>
      </ul>
    </div>
  )
}
