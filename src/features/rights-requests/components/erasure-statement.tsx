import { Heading, type HeadingLevel } from '#src/components/ui/heading'
import type { ErasureItem, ErasurePreview } from '#src/contract/rights-requests'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { useRecordLabelText } from './erasure-items'
import { categoryLabelKeys, keptForLabelKeys } from './labels'

export type ErasureStatementProps = {
  statement: ErasurePreview
  /** Before confirming: "will be"; in the outcome: "was". */
  tense: 'future' | 'past'
  headingLevel?: HeadingLevel
}

/**
 * What an erasure deletes and what it keeps, why and until when (GDPR Art. 17(3)), in
 * words: the consequence never relies on colour.
 */
export function ErasureStatement({ statement, tense, headingLevel = 2 }: ErasureStatementProps) {
  const { t, localize, formatDate } = useI18n()
  const recordLabel = useRecordLabelText()
  const sub = headingLevel === 2 ? 3 : 4
  // A line names a whole category, or one record of it (an erasure of items).
  const nameOf = (item: ErasureItem) => (item.record ? recordLabel(item.record) : t(categoryLabelKeys[item.categoryId]))
  const keyOf = (item: ErasureItem) => (item.record ? `${item.categoryId}:${item.record.recordId}` : item.categoryId)
  return (
    <div className="flex flex-col gap-4">
      <section className="flex flex-col gap-2">
        <Heading level={headingLevel} className="text-xl font-bold">
          {tense === 'future' ? t('rightsRequests.erasure.deleted.future') : t('rightsRequests.erasure.deleted.past')}
        </Heading>
        {statement.deleted.length === 0 ? (
          <p>{t('rightsRequests.erasure.deleted.none')}</p>
        ) : (
          <ul className="list-disc ps-6">
            {statement.deleted.map((item) => (
              <li key={keyOf(item)}>{nameOf(item)}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="flex flex-col gap-2">
        <Heading level={headingLevel} className="text-xl font-bold">
          {tense === 'future' ? t('rightsRequests.erasure.kept.future') : t('rightsRequests.erasure.kept.past')}
        </Heading>
        {statement.kept.length === 0 ? (
          <p>{t('rightsRequests.erasure.kept.none')}</p>
        ) : (
          statement.kept.map((item) => {
            const reasonKey = item.keptFor === undefined ? undefined : keptForLabelKeys[item.keptFor]
            return (
              <div key={keyOf(item)} className="border-l-4 border-border ps-4">
                <Heading level={sub} className="font-bold">
                  {nameOf(item)}
                </Heading>
                {reasonKey ? <p>{t('rightsRequests.erasure.kept.why', { reason: t(reasonKey) })}</p> : null}
                {item.retention ? (
                  <p>{t('rightsRequests.erasure.kept.how', { rule: localize(item.retention) })}</p>
                ) : null}
                {item.keptUntil ? (
                  <p>
                    {t('rightsRequests.erasure.kept.until', {
                      date: formatDate(item.keptUntil, { dateStyle: 'long', timeZone: 'UTC' }),
                    })}
                  </p>
                ) : null}
              </div>
            )
          })
        )}
      </section>
      {statement.closesAccount ? (
        <p className="font-bold">
          {tense === 'future'
            ? t('rightsRequests.erasure.closesAccount.future')
            : t('rightsRequests.erasure.closesAccount.past')}
        </p>
      ) : null}
    </div>
  )
}
