import { defaultLocale, isLocale, type Locale } from './message'

/**
 * The language choice is the only thing the app keeps in web storage: it is not personal data
 * (the storage allowlist in the tests holds only it), and it must be known before sign-in.
 */
export const localeStorageKey = 'privacy-centre.locale'

export function readLocalePreference(): Locale {
  try {
    const stored = window.localStorage.getItem(localeStorageKey)
    return isLocale(stored) ? stored : defaultLocale
  } catch {
    // Storage can be disabled by the browser; the default language still works.
    return defaultLocale
  }
}

export function saveLocalePreference(locale: Locale): void {
  try {
    window.localStorage.setItem(localeStorageKey, locale)
  } catch {
    // Not remembering the choice is acceptable; losing the page is not.
  }
}
