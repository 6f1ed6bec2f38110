import { createContext, useContext } from 'react'

import type { LocalizedText } from '#src/contract/common'

import type { MessageKey } from './catalogue'
import type { Locale, MessageParams } from './message'

export type Translate = (key: MessageKey, params?: MessageParams) => string

export type I18n = {
  locale: Locale
  t: Translate
  /** Translates a key that arrived as data (a server validation message); unknown keys get a generic text. */
  translateKey: (key: string, params?: MessageParams) => string
  setLocale: (locale: Locale) => Promise<void>
  formatDate: (iso: string, options?: Intl.DateTimeFormatOptions) => string
  formatDateTime: (iso: string) => string
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string
  /** Picks the active language from operator-written text that arrived as data. */
  localize: (text: LocalizedText) => string
}

export const I18nContext = createContext<I18n | null>(null)

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>')
  return i18n
}

/** The common case: components that only need `t`. */
export function useT(): Translate {
  return useI18n().t
}
