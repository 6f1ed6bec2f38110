import { useQuery } from '@tanstack/react-query'

import { Button } from '#src/components/ui/button'
import { Heading } from '#src/components/ui/heading'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { myDataQueries } from '../api/my-data-queries'

import { CategoryFacts } from './category-facts'
import { joinCategoryRows } from './category-rows'
import { ComplaintInfo } from './complaint-info'
import { QueryState } from './query-state'
import { WhyWeHoldThis } from './why-we-hold-this'

/**
 * Every layer of "My data" on one page, for reading through or printing (EDPB 01/2022 §141-142): each
 * category with its fields, the person's counts and dates, and all that GDPR Art. 15 asks to tell about it.
 */
export function AllMyData() {
  const { t, localize, formatDateTime } = useI18n()
  const register = useQuery(myDataQueries.register())
  const summary = useQuery(myDataQueries.summary())

  return (
    <div className="space-y-8">
      <p className="max-w-prose">{t('myData.all.intro')}</p>
      <p className="print:hidden">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('myData.all.print')}
        </Button>
      </p>
      <QueryState queries={[register, summary] as const} loadingLabel={t('myData.loading')}>
        {(registerData, summaryData) => (
          <>
            <p>{t('myData.all.asOf', { date: formatDateTime(summaryData.asOf) })}</p>
            {joinCategoryRows(registerData, summaryData).map((row) => (
              <section
                key={row.category.id}
                aria-labelledby={`all-${row.category.id}`}
                className="space-y-3 border-t-2 border-border pt-6 break-inside-avoid-page"
              >
                <Heading level={2} id={`all-${row.category.id}`} className="text-2xl font-bold">
                  {localize(row.category.name)}
                </Heading>
                <p className="max-w-prose">{localize(row.category.description)}</p>
                <CategoryFacts row={row} />
                <WhyWeHoldThis category={row.category} purposes={registerData.purposes} showFields />
              </section>
            ))}
          </>
        )}
      </QueryState>
      <ComplaintInfo />
    </div>
  )
}
