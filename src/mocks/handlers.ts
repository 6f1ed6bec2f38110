import { accountHandlers } from './handlers/account'
import { privacyMessageHandlers } from './handlers/privacy-messages'
import { sessionHandlers } from './handlers/session'

/** The happy-path handlers of every resource; faults come from scenarios.ts. */
export const handlers = [...sessionHandlers, ...accountHandlers, ...privacyMessageHandlers]
