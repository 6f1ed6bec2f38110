import type { Message } from '../../message'

/** French texts of features/contact-preferences and of its contract's validation messages. French is the reference. */
export const contactPreferences = {
  /** The main navigation's link. */
  'contactPreferences.nav': 'Paramètres',
} as const satisfies Record<string, Message>
