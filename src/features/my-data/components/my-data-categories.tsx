import { useQuery } from '@tanstack/react-query'

import { ButtonLink } from '#src/components/ui/button-link'
import { Card } from '#src/components/ui/card'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { myDataQueries } from '../api/my-data-queries'

import { CategoryFacts } from './category-facts'
import { joinCategoryRows } from './category-rows'
import { ComplaintInfo } from './complaint-info'
import { QueryState } from './query-state'
import { WhyWeHoldThis } from './why-we-hold-this'

/**
 * "My data": every category the operator holds, with the person's count and why it is held. Each card's
 * details fold away (layered information), and one link shows every layer at once (EDPB 01/2022 §141-142).
 */
export function MyDataCategories() {
  const { t, localize } = useI18n()
  const register = useQuery(myDataQueries.register())
  const summary = useQuery(myDataQueries.summary())

  return (
    <div className="space-y-8">
      <p className="max-w-prose">{t('myData.page.intro')}</p>
      <p>
        <ButtonLink to={paths.myDataAll.getHref()} variant="secondary">
          {t('myData.page.showAll')}
        </ButtonLink>
      </p>
      <QueryState queries={[register, summary] as const} loadingLabel={t('myData.loading')}>
        {(registerData, summaryData) => (
          <ul className="grid gap-6">
            {joinCategoryRows(registerData, summaryData).map((row) => (
              <li key={row.category.id}>
                <article aria-label={localize(row.category.name)}>
                  <Card
                    title={
                      <TextLink to={paths.dataCategory.getHref(row.category.id)}>
                        {localize(row.category.name)}
                      </TextLink>
                    }
                  >
                    <p className="mb-3 max-w-prose">{localize(row.category.description)}</p>
                    <CategoryFacts row={row} />
                    <details className="mt-4">
                      <summary className="cursor-pointer font-bold text-link underline">
                        {t('myData.why.title')}
                      </summary>
                      <div className="mt-3">
                        <WhyWeHoldThis category={row.category} purposes={registerData.purposes} />
                      </div>
                    </details>
                  </Card>
                </article>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <ComplaintInfo />
    </div>
  )
}
