import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { DataCategoryIdSchema } from '#src/contract/register'
import { myDataQueries } from '#src/features/my-data/api/my-data-queries'
import { RecordView } from '#src/features/my-data/components/record-view'
import { useI18n } from '#src/lib/i18n/i18n-context'

/** `/my-data/:categoryId/:recordId`: one record, every field, and until when it is kept. */
export function MyDataRecordRoute() {
  const { t, localize, formatDateTime } = useI18n()
  const params = useParams()
  const categoryId = DataCategoryIdSchema.safeParse(params.categoryId).data ?? 'account'
  const recordId = params.recordId ?? ''
  const record = useQuery(myDataQueries.record(categoryId, recordId))
  const title = record.data
    ? t('myData.record.title', { kind: localize(record.data.kindLabel), date: formatDateTime(record.data.recordedAt) })
    : t('myData.record.titleLoading')
  return (
    <Page title={title}>
      <RecordView categoryId={categoryId} recordId={recordId} />
    </Page>
  )
}
