import { Heading, type HeadingLevel } from '#src/components/ui/heading'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { DataCategory, Purpose } from '#src/contract/register'
import { useI18n } from '#src/lib/i18n/i18n-context'

export type ActOnDataProps = {
  category: DataCategory
  purposes: readonly Purpose[]
  /** When set, the links are about this one record. */
  recordId?: string
  headingLevel?: HeadingLevel
}

/**
 * The rights that apply here, as links into the request flows, pre-filled with what the person is looking
 * at (GDPR Art. 16, 17, 21). Objection is offered for every legitimate-interest purpose of the category;
 * consent-based purposes are withdrawn on the consents page instead, which needs no request.
 */
export function ActOnData({ category, purposes, recordId, headingLevel = 2 }: ActOnDataProps) {
  const { t, localize } = useI18n()
  const target: Record<string, string> = recordId ? { categoryId: category.id, recordId } : { categoryId: category.id }
  const objectable = category.purposeIds.flatMap((id) =>
    purposes.filter((purpose) => purpose.id === id && purpose.legalBasis === 'legitimate-interest'),
  )
  const hasConsentPurposes = purposes.some(
    (purpose) => category.purposeIds.includes(purpose.id) && purpose.legalBasis === 'consent',
  )

  return (
    <section aria-labelledby={`act-${category.id}`} className="space-y-3">
      <Heading level={headingLevel} id={`act-${category.id}`} className="text-xl font-bold">
        {t(recordId ? 'myData.act.titleRecord' : 'myData.act.titleCategory')}
      </Heading>
      <ul className="list-disc space-y-2 ps-6">
        <li>
          <TextLink to={paths.requestFlow.getHref('rectification', target)}>
            {t(recordId ? 'myData.act.rectifyRecord' : 'myData.act.rectifyCategory')}
          </TextLink>
        </li>
        <li>
          <TextLink to={paths.requestFlow.getHref('erasure', target)}>
            {t(recordId ? 'myData.act.eraseRecord' : 'myData.act.eraseCategory')}
          </TextLink>
        </li>
        {objectable.map((purpose) => (
          <li key={purpose.id}>
            <TextLink to={paths.requestFlow.getHref('objection', { purposeId: purpose.id })}>
              {t('myData.act.object', { purpose: localize(purpose.name) })}
            </TextLink>
          </li>
        ))}
        {hasConsentPurposes ? (
          <li>
            <TextLink to={paths.consents.getHref()}>{t('myData.act.consents')}</TextLink>
          </li>
        ) : null}
      </ul>
    </section>
  )
}
