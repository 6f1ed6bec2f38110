import type { Message } from '../../message'

/** English texts of features/rights-requests; the keys mirror fr/rights-requests.ts. */
export const rightsRequests = {
  'rightsRequests.nav': 'My requests',
} as const satisfies Record<string, Message>
