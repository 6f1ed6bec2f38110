import type { Message } from '../../message'

export const common = {
  'common.productName': 'Privacy centre',
  'common.operatorName': 'Dialogra',
  'common.error.generic': 'Something went wrong. Try again.',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
} as const satisfies Record<string, Message>
