import { useQuery } from '@tanstack/react-query'

import { EmptyState } from '#src/components/ui/empty-state'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { DataCategoryId } from '#src/contract/register'
import { isApiError } from '#src/lib/api-error'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { myDataQueries } from '../api/my-data-queries'

import { QueryState } from './query-state'
import { RecordDetail } from './record-detail'

/**
 * One record's page. A record that is not there (deleted at the end of its retention, or never this person's)
 * says so plainly and leads back to its category, rather than showing a generic error.
 */
export function RecordView({ categoryId, recordId }: { categoryId: DataCategoryId; recordId: string }) {
  const { t, localize } = useI18n()
  const register = useQuery(myDataQueries.register())
  const record = useQuery(myDataQueries.record(categoryId, recordId))
  const category = register.data?.categories.find((entry) => entry.id === categoryId)

  if (isApiError(record.error) && record.error.status === 404) {
    return (
      <EmptyState title={t('myData.record.goneTitle')}>
        <p>{t('myData.record.goneBody')}</p>
        <p className="mt-3">
          <TextLink to={paths.dataCategory.getHref(categoryId)}>
            {t('myData.record.back', { category: category ? localize(category.name) : t('myData.page.title') })}
          </TextLink>
        </p>
      </EmptyState>
    )
  }
  return (
    <QueryState queries={[register, record] as const} loadingLabel={t('myData.record.loading')}>
      {(registerData, recordData) => {
        const found = registerData.categories.find((entry) => entry.id === categoryId)
        return found ? <RecordDetail category={found} purposes={registerData.purposes} record={recordData} /> : null
      }}
    </QueryState>
  )
}
