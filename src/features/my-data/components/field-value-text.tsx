import type { FieldValue } from '#src/contract/profile'
import { useI18n } from '#src/lib/i18n/i18n-context'

/** One value of a record, formatted in the reader's language. */
export function FieldValueText({ value }: { value: FieldValue }) {
  const { t, localize, formatDateTime, formatNumber } = useI18n()
  switch (value.type) {
    case 'text':
      return <bdi>{value.value}</bdi>
    case 'label':
      return <>{localize(value.value)}</>
    case 'money':
      return <>{formatNumber(value.amountMinor / 100, { style: 'currency', currency: value.currency })}</>
    case 'datetime':
      return <>{formatDateTime(value.value)}</>
    case 'duration':
      return (
        <>
          {t('myData.duration', {
            minutes: Math.floor(value.seconds / 60),
            seconds: String(value.seconds % 60).padStart(2, '0'),
          })}
        </>
      )
    case 'none':
      return <>{t('myData.value.none')}</>
  }
}
