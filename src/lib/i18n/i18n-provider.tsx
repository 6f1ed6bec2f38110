import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react'

import { loadCatalogue, type Catalogue, type MessageKey } from './catalogue'
import { I18nContext, type I18n } from './i18n-context'
import { saveLocalePreference } from './locale-preference'
import { formatMessage, type Locale, type MessageParams } from './message'

type Loaded = { locale: Locale; catalogue: Catalogue }

/**
 * Intl formatters, one per language and options: building one costs far more than using it, and lists format
 * dozens of values a frame. Keyed by the options' JSON (callers pass small literal objects).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function cached<F>(cache: Map<string, F>, locale: Locale, options: object | undefined, build: () => F): F {
  const key = `${locale}|${options === undefined ? '' : JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = build()
    cache.set(key, format)
  }
  return format
}

const dateFormat = (locale: Locale, options?: Intl.DateTimeFormatOptions) =>
  cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options))
const numberFormat = (locale: Locale, options?: Intl.NumberFormatOptions) =>
  cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options))

type I18nProviderProps = {
  /** Loaded before the first render (see `loadCatalogue`), so no text ever flashes in the wrong language. */
  initial: Loaded
  children: ReactNode
}

export function I18nProvider({ initial, children }: I18nProviderProps) {
  const [{ locale, catalogue }, setLoaded] = useState<Loaded>(initial)

  useLayoutEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const setLocale = useCallback(async (next: Locale) => {
    const nextCatalogue = await loadCatalogue(next)
    saveLocalePreference(next)
    setLoaded({ locale: next, catalogue: nextCatalogue })
  }, [])

  const i18n = useMemo<I18n>(() => {
    const t = (key: MessageKey, params?: MessageParams) => formatMessage(locale, catalogue[key], params)
    const longDate = dateFormat(locale, { dateStyle: 'long' })
    const longDateTime = dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' })
    return {
      locale,
      t,
      translateKey: (key, params) =>
        Object.hasOwn(catalogue, key) ? t(key as MessageKey, params) : t('common.error.generic'),
      setLocale,
      formatDate: (iso, options) => (options ? dateFormat(locale, options) : longDate).format(new Date(iso)),
      formatDateTime: (iso) => longDateTime.format(new Date(iso)),
      formatNumber: (value, options) => numberFormat(locale, options).format(value),
      localize: (text) => text[locale],
    }
  }, [locale, catalogue, setLocale])

  return <I18nContext value={i18n}>{children}</I18nContext>
}
