import { useQuery } from '@tanstack/react-query'

import { Button } from '#src/components/ui/button'
import type { RecordLabel, RecordRef } from '#src/contract/rights-requests'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { rightsRequestQueries } from '../api/rights-request-queries'

import { categoryLabelKeys } from './labels'

/** "Transactions : Achat du 3 mars 2025": a record as the person recognises it from My data. */
export function useRecordLabelText(): (record: RecordLabel) => string {
  const { t, localize, formatDate } = useI18n()
  return (record) =>
    t('rightsRequests.erasure.item.label', {
      category: t(categoryLabelKeys[record.categoryId]),
      kind: localize(record.kindLabel),
      date: formatDate(record.recordedAt, { dateStyle: 'long' }),
    })
}

/** A chosen record's label, read from My data's record endpoint (kind and date); "not found" when it is not the person's. */
function useItemLabel(item: RecordRef): string {
  const { t } = useI18n()
  const toText = useRecordLabelText()
  const { data, isError } = useQuery({
    ...rightsRequestQueries.dataRecord(item.categoryId, item.recordId),
    retry: false,
  })
  if (data) {
    return toText({
      categoryId: item.categoryId,
      recordId: item.recordId,
      kindLabel: data.kindLabel,
      recordedAt: data.recordedAt,
    })
  }
  if (isError) return t('rightsRequests.erasure.item.unknown', { category: t(categoryLabelKeys[item.categoryId]) })
  return t(categoryLabelKeys[item.categoryId])
}

type ErasureItemEntryProps = {
  item: RecordRef
  onRemove?: ((label: string) => void) | undefined
  buttonId?: string | undefined
}

function ErasureItemEntry({ item, onRemove, buttonId }: ErasureItemEntryProps) {
  const { t } = useI18n()
  const label = useItemLabel(item)
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <span>{label}</span>
      {onRemove ? (
        <Button id={buttonId} variant="secondary" onClick={() => onRemove(label)}>
          {t('rightsRequests.erasure.item.remove')} <span className="sr-only">{label}</span>
        </Button>
      ) : null}
    </li>
  )
}

export type ErasureItemListProps = {
  items: readonly RecordRef[]
  /** In the flow: each item has a "Remove" button; the label is given back for the announcement. */
  onRemove?: (item: RecordRef, label: string) => void
  /** In the flow: the id of the first "Remove" button, or of "no item" when none is left (error and focus target). */
  targetId?: string
}

/** The records an erasure of items names, each with its kind and date. */
export function ErasureItemList({ items, onRemove, targetId }: ErasureItemListProps) {
  const { t } = useI18n()
  if (items.length === 0) {
    return (
      <p id={targetId} tabIndex={targetId === undefined ? undefined : -1}>
        {t('rightsRequests.erasure.items.none')}
      </p>
    )
  }
  return (
    <ul className="flex list-disc flex-col gap-2 ps-5">
      {items.map((item, index) => (
        <ErasureItemEntry
          key={`${item.categoryId}:${item.recordId}`}
          item={item}
          buttonId={index === 0 ? targetId : undefined}
          onRemove={onRemove ? (label) => onRemove(item, label) : undefined}
        />
      ))}
    </ul>
  )
}

/** A filed erasure of items, in the request's summary list: the records it names (a `<dt>`/`<dd>` pair). */
export function RecordsConcerned({ records }: { records: readonly RecordLabel[] | undefined }) {
  const { t } = useI18n()
  const toText = useRecordLabelText()
  if (!records || records.length === 0) return null
  return (
    <>
      <dt className="font-semibold">{t('rightsRequests.detail.records')}</dt>
      <dd>
        <ul className="list-disc ps-5">
          {records.map((record) => (
            <li key={`${record.categoryId}:${record.recordId}`}>{toText(record)}</li>
          ))}
        </ul>
      </dd>
    </>
  )
}
