import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react'

import { loadCatalogue, type Catalogue, type MessageKey } from './catalogue'
import { I18nContext, type I18n } from './i18n-context'
import { saveLocalePreference } from './locale-preference'
import { formatMessage, type Locale, type MessageParams } from './message'

type Loaded = { locale: Locale; catalogue: Catalogue }

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
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })
    return {
      locale,
      t,
      translateKey: (key, params) =>
        Object.hasOwn(catalogue, key) ? t(key as MessageKey, params) : t('common.error.generic'),
      setLocale,
      formatDate: (iso, options) =>
        (options ? new Intl.DateTimeFormat(locale, options) : dateFormat).format(new Date(iso)),
      formatDateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
      localize: (text) => text[locale],
    }
  }, [locale, catalogue, setLocale])

  return <I18nContext value={i18n}>{children}</I18nContext>
}
