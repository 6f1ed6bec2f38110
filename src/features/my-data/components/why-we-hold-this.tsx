import type { DataCategory, Purpose } from '#src/contract/register'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { legalBasisKeys, sourceKindKeys } from './labels'
import { useDescribeRetention } from './use-describe-retention'

export type WhyWeHoldThisProps = {
  category: DataCategory
  /** The register's purposes; the category lists the ids of its own. */
  purposes: readonly Purpose[]
  /** Also list the fields the category contains (the printable view and the category page do). */
  showFields?: boolean
}

/**
 * Everything GDPR Art. 13-15 asks to tell about one category: purposes each with its legal
 * basis and, for legitimate interests, the interest itself; source; recipients; transfers and safeguards;
 * retention; whether it is required; automated decisions. As a description list, so each answer is named.
 */
export function WhyWeHoldThis({ category, purposes, showFields = false }: WhyWeHoldThisProps) {
  const { t, localize } = useI18n()
  const describeRetention = useDescribeRetention()
  const own = category.purposeIds.flatMap((id) => purposes.filter((purpose) => purpose.id === id))

  return (
    <dl className="grid gap-1 [&>dd]:mb-4 [&>dt]:font-bold">
      {showFields ? (
        <>
          <dt>{t('myData.why.fields')}</dt>
          <dd>
            <ul className="list-disc ps-6">
              {category.fields.map((field) => (
                <li key={field.key}>
                  {field.description
                    ? t('myData.labelled', { label: localize(field.label), text: localize(field.description) })
                    : localize(field.label)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      <dt>{t('myData.why.purposes')}</dt>
      <dd>
        <ul className="space-y-2">
          {own.map((purpose) => (
            <li key={purpose.id}>
              <span className="block">
                <span className="font-semibold">{localize(purpose.name)}</span>
                {' – '}
                {t(legalBasisKeys[purpose.legalBasis])}
              </span>
              <span className="block">{localize(purpose.description)}</span>
              {purpose.legitimateInterest ? (
                <span className="block">
                  {t('myData.why.interest', { interest: localize(purpose.legitimateInterest) })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('myData.why.source')}</dt>
      <dd>
        {t(sourceKindKeys[category.source.kind])} {localize(category.source.description)}
      </dd>
      <dt>{t('myData.why.recipients')}</dt>
      <dd>
        {category.recipients.length === 0 ? (
          t('myData.why.noRecipients')
        ) : (
          <ul className="list-disc ps-6">
            {category.recipients.map((recipient) => (
              <li key={recipient.fr}>{localize(recipient)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('myData.why.transfers')}</dt>
      <dd>
        {category.transfers.outsideEea ? (
          <>
            <p>{localize(category.transfers.description)}</p>
            <p>{localize(category.transfers.safeguards)}</p>
          </>
        ) : (
          t('myData.why.noTransfers')
        )}
      </dd>
      <dt>{t('myData.why.retention')}</dt>
      <dd>
        {category.retentionByKind.length === 0 ? (
          describeRetention(category.retention)
        ) : (
          <ul className="list-disc ps-6">
            {category.retentionByKind.map((entry) => (
              <li key={entry.kind}>
                {t('myData.labelled', { label: localize(entry.label), text: describeRetention(entry.retention) })}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('myData.why.required')}</dt>
      <dd>
        {t(category.required.isRequired ? 'myData.why.required.yes' : 'myData.why.required.no')}{' '}
        {localize(category.required.consequence)}
      </dd>
      <dt>{t('myData.why.automated')}</dt>
      <dd>{localize(category.automatedDecisionMaking.description)}</dd>
    </dl>
  )
}
