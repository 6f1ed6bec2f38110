import type { Message } from '../../message'

/** French texts of features/consents and of its contract's validation messages. French is the reference. */
export const consents = {
  /** The main navigation's link. */
  'consents.nav': 'Consentements',
} as const satisfies Record<string, Message>
