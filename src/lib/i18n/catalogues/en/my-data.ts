import type { Message } from '../../message'

/** English texts of features/my-data; the keys mirror fr/my-data.ts. */
export const myData = {
  'myData.nav': 'My data',
} as const satisfies Record<string, Message>
