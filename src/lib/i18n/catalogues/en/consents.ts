import type { Message } from '../../message'

/** English texts of features/consents; the keys mirror fr/consents.ts. */
export const consents = {
  'consents.nav': 'Consents',
} as const satisfies Record<string, Message>
