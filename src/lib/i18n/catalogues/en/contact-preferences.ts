import type { Message } from '../../message'

/** English texts of features/contact-preferences; the keys mirror fr/contact-preferences.ts. */
export const contactPreferences = {
  'contactPreferences.nav': 'Settings',
} as const satisfies Record<string, Message>
