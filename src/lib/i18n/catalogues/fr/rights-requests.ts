import type { Message } from '../../message'

/** French texts of features/rights-requests and of its contract's validation messages. French is the reference. */
export const rightsRequests = {
  /** The main navigation's link. */
  'rightsRequests.nav': 'Mes demandes',
} as const satisfies Record<string, Message>
