import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { DataCategoryIdSchema } from '#src/contract/register'
import { myDataQueries } from '#src/features/my-data/api/my-data-queries'
import { CategoryView } from '#src/features/my-data/components/category-view'
import { useI18n } from '#src/lib/i18n/i18n-context'

/** `/my-data/:categoryId`: one category's records (the loader has already turned unknown ids into a 404). */
export function MyDataCategoryRoute() {
  const { t, localize } = useI18n()
  const categoryId = DataCategoryIdSchema.safeParse(useParams().categoryId).data ?? 'account'
  const register = useQuery(myDataQueries.register())
  const category = register.data?.categories.find((entry) => entry.id === categoryId)
  return (
    <Page title={category ? localize(category.name) : t('myData.page.title')}>
      <CategoryView categoryId={categoryId} />
    </Page>
  )
}
