import { useI18n } from '#src/lib/i18n/i18n-context'
import { locales, type Locale } from '#src/lib/i18n/message'

/**
 * Language names and switch labels are written in their own language, never translated: a person who cannot
 * read the current language must still recognise theirs (the HMRC/GOV.UK language-select pattern). That is
 * why they live here and not in the catalogues.
 */
const languageNames: Record<Locale, string> = { fr: 'Français', en: 'English' }
const switchLabels: Record<Locale, string> = {
  fr: 'Passer en français',
  en: 'Change the language to English',
}

/**
 * One button per other language (one button today). A single button that swaps its own label keeps keyboard
 * focus where it was; a "current language" item that stopped being a button would drop focus to <body>.
 */
export function LanguageSwitch() {
  const { locale, setLocale } = useI18n()

  function handleSwitch(next: Locale) {
    // If the catalogue cannot load (offline), the page simply stays in the current language; nothing is lost.
    setLocale(next).catch(() => undefined)
  }

  return (
    <div className="flex flex-wrap gap-2">
      {locales
        .filter((other) => other !== locale)
        .map((other, position) => (
          // Keyed by position, not language: the same button must survive the switch to keep focus.
          <button
            key={position}
            type="button"
            lang={other}
            onClick={() => {
              handleSwitch(other)
            }}
            className="min-h-11 rounded px-2 py-1 text-link underline underline-offset-2 hover:decoration-2"
          >
            {/* The visible name is contained in the accessible name (WCAG 2.5.3, label in name). */}
            <span aria-hidden="true">{languageNames[other]}</span>
            <span className="sr-only">{switchLabels[other]}</span>
          </button>
        ))}
    </div>
  )
}
