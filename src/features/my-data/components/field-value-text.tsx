import type { FieldValue } from '#src/contract/profile'
import { useI18n } from '#src/lib/i18n/i18n-context'
import type { Locale } from '#src/lib/i18n/message'

/**
 * One Intl.NumberFormat per language and currency: building one costs far more than using it, and a table
 * being scrolled formats dozens of amounts a frame.
 */
const moneyFormats = new Map<string, Intl.NumberFormat>()
function formatMoney(locale: Locale, amountMinor: number, currency: string): string {
  const key = `${locale}:${currency}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency })
    moneyFormats.set(key, format)
  }
  return format.format(amountMinor / 100)
}

/** One value of a record, formatted in the reader's language. */
export function FieldValueText({ value }: { value: FieldValue }) {
  const { t, locale, localize, formatDateTime } = useI18n()
  switch (value.type) {
    case 'text':
      return <bdi>{value.value}</bdi>
    case 'label':
      return <>{localize(value.value)}</>
    case 'money':
      return <>{formatMoney(locale, value.amountMinor, value.currency)}</>
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
