import type { Message } from '../../message'

/** French texts of features/my-data and of its contract's validation messages. French is the reference. */
export const myData = {
  /** The main navigation's link. */
  'myData.nav': 'Mes données',
} as const satisfies Record<string, Message>
