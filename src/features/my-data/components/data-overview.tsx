import { useQuery } from '@tanstack/react-query'

import { Heading } from '#src/components/ui/heading'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { myDataQueries } from '../api/my-data-queries'

import { joinCategoryRows } from './category-rows'
import { QueryState } from './query-state'
import { RetentionTimeline } from './retention-timeline'

/** The overview's picture of the data held: categories, counts, next deletions, retention timeline. */
export function DataOverview() {
  const { t, localize, formatDate } = useI18n()
  const register = useQuery(myDataQueries.register())
  const summary = useQuery(myDataQueries.summary())

  return (
    <section aria-labelledby="data-overview-title" className="mt-10 space-y-4">
      <Heading level={2} id="data-overview-title" className="text-2xl font-bold">
        {t('myData.overview.title')}
      </Heading>
      <QueryState queries={[register, summary] as const} loadingLabel={t('myData.loading')} headingLevel={3}>
        {(registerData, summaryData) => {
          const rows = joinCategoryRows(registerData, summaryData)
          const upcoming = rows
            .filter((row) => row.summary.nextDeletionOn !== null)
            .sort((a, b) => ((a.summary.nextDeletionOn ?? '') < (b.summary.nextDeletionOn ?? '') ? -1 : 1))
          return (
            <>
              <Heading level={3} className="text-xl font-bold">
                {t('myData.overview.heldTitle')}
              </Heading>
              <ul className="grid gap-2 sm:grid-cols-2">
                {rows.map(({ category, summary: line }) => (
                  <li key={category.id}>
                    <TextLink to={paths.dataCategory.getHref(category.id)}>{localize(category.name)}</TextLink>
                    {' – '}
                    {t('myData.count', { count: line.count })}
                  </li>
                ))}
              </ul>
              <Heading level={3} className="text-xl font-bold">
                {t('myData.overview.nextTitle')}
              </Heading>
              {upcoming.length === 0 ? (
                <p>{t('myData.overview.nextNone')}</p>
              ) : (
                <ul className="list-disc space-y-1 ps-6">
                  {upcoming.map(({ category, summary: line }) => (
                    <li key={category.id}>
                      {t('myData.overview.nextLine', {
                        date: formatDate(line.nextDeletionOn ?? ''),
                        category: localize(category.name),
                        count: line.nextDeletionCount,
                        items: t('myData.count', { count: line.nextDeletionCount }),
                      })}
                    </li>
                  ))}
                </ul>
              )}
              <Heading level={3} className="text-xl font-bold">
                {t('myData.timeline.title')}
              </Heading>
              <RetentionTimeline rows={rows} today={summaryData.asOf} />
              <p>
                {t('myData.overview.asOf', { date: formatDate(summaryData.asOf) })}{' '}
                {t('myData.overview.total', { count: rows.reduce((sum, row) => sum + row.summary.count, 0) })}
              </p>
              <p>
                <TextLink to={paths.myData.getHref()}>{t('myData.overview.allLink')}</TextLink>
              </p>
            </>
          )
        }}
      </QueryState>
    </section>
  )
}
