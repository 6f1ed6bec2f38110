import { useSearchParams } from 'react-router'

import { useI18n } from '#src/lib/i18n/i18n-context'
import { isLocale, type Locale } from '#src/lib/i18n/message'

/** French writes the first of a month as an ordinal: "1er septembre 2026". */
function withFrenchOrdinal(locale: Locale, formatted: string): string {
  return locale === 'fr' ? formatted.replace(/^1(?=[\s\u202f])/, '1er') : formatted
}

/** A calendar date ("2026-09-01") as a date, read in UTC so no time zone can move it to the day before. */
export function useFormatCalendarDate(): (isoDate: string) => string {
  const { locale, formatDate } = useI18n()
  return (isoDate) => withFrenchOrdinal(locale, formatDate(isoDate, { dateStyle: 'long', timeZone: 'UTC' }))
}

/** An instant, as a date and a time in the reader's time zone. */
export function useFormatInstant(): (iso: string) => string {
  const { locale, formatDateTime } = useI18n()
  return (iso) => withFrenchOrdinal(locale, formatDateTime(iso))
}

/** The URL's search parameter choosing the language of the policy's text, apart from the page's. */
export const textLanguageParam = 'text'

/**
 * The language the policy's text is shown in: the page's own, unless the URL asks for the other one
 * (`?text=fr` shows the French reference text in the English interface). URL state (STYLE §1.4), so the
 * choice survives a reload and can be shared.
 */
export function useTextLocale(): Locale {
  const { locale } = useI18n()
  const [searchParams] = useSearchParams()
  const asked = searchParams.get(textLanguageParam)
  return isLocale(asked) ? asked : locale
}
