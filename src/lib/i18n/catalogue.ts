import type { fr } from './catalogues/fr'
import type { Locale, Message } from './message'

export type MessageKey = keyof typeof fr
/** Every locale provides every key; TypeScript rejects a catalogue with a key missing or extra. */
export type Catalogue = Readonly<Record<MessageKey, Message>>

/** Catalogues are split per locale so that only the active language is downloaded. */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'en') return (await import('./catalogues/en')).en
  return (await import('./catalogues/fr')).fr
}
