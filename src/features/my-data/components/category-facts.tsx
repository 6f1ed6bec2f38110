import { useI18n } from '#src/lib/i18n/i18n-context'

import type { CategoryRow } from './category-rows'
import { useDescribeRetention } from './use-describe-retention'

/** A category's counts and dates for this person: how many, since when, and when the next one goes. */
export function CategoryFacts({ row }: { row: CategoryRow }) {
  const { t, formatDate } = useI18n()
  const describeRetention = useDescribeRetention()
  const { summary, category } = row
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 [&>dt]:font-bold">
      <dt>{t('myData.facts.count')}</dt>
      <dd>{t('myData.count', { count: summary.count })}</dd>
      {summary.oldestAt && summary.newestAt ? (
        <>
          <dt>{t('myData.facts.period')}</dt>
          <dd>
            {t('myData.facts.periodValue', { from: formatDate(summary.oldestAt), to: formatDate(summary.newestAt) })}
          </dd>
        </>
      ) : null}
      <dt>{t('myData.facts.nextDeletion')}</dt>
      <dd>
        {summary.nextDeletionOn
          ? t('myData.facts.nextDeletionValue', {
              date: formatDate(summary.nextDeletionOn),
              items: t('myData.count', { count: summary.nextDeletionCount }),
            })
          : summary.count === 0
            ? t('myData.value.none')
            : describeRetention(category.retention)}
      </dd>
    </dl>
  )
}
