/**
 * A catalogue entry: plain text, or plural forms keyed by Intl.PluralRules categories.
 * Placeholders are written `{name}` and filled from the params given to `t`.
 */
export type PluralMessage = {
  readonly zero?: string
  readonly one: string
  readonly two?: string
  readonly few?: string
  readonly many?: string
  readonly other: string
}
export type Message = string | PluralMessage

export type MessageParams = Readonly<Record<string, string | number>>

export const locales = ['fr', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fr'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

function interpolate(text: string, params: MessageParams | undefined): string {
  if (!params) return text
  // A fixed-shape pattern with no nesting cannot backtrack badly (ASVS5 1.3.12: no ReDoS).
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** Picks the plural form for `params.count` with the locale's own rules, then fills the placeholders. */
export function formatMessage(locale: Locale, message: Message, params?: MessageParams): string {
  if (typeof message === 'string') return interpolate(message, params)
  const count = typeof params?.count === 'number' ? params.count : 0
  const category = new Intl.PluralRules(locale).select(count)
  const form = (category === 'other' ? undefined : message[category]) ?? message.other
  const localisedParams = { ...params, count: new Intl.NumberFormat(locale).format(count) }
  return interpolate(form, localisedParams)
}
