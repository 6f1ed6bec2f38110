import { useQuery } from '@tanstack/react-query'

import type { DataCategoryId } from '#src/contract/register'
import { useT } from '#src/lib/i18n/i18n-context'

import { myDataQueries } from '../api/my-data-queries'

import { CategoryRecords } from './category-records'
import { QueryState } from './query-state'

/** A category's page once the register has arrived (it names the category and says why it is held). */
export function CategoryView({ categoryId }: { categoryId: DataCategoryId }) {
  const t = useT()
  const register = useQuery(myDataQueries.register())
  return (
    <QueryState queries={[register] as const} loadingLabel={t('myData.loading')}>
      {(registerData) => {
        const category = registerData.categories.find((entry) => entry.id === categoryId)
        return category ? (
          <CategoryRecords key={category.id} category={category} purposes={registerData.purposes} />
        ) : null
      }}
    </QueryState>
  )
}
