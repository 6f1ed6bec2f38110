import { accountHandlers } from './handlers/account'
import { consentHandlers } from './handlers/consents'
import { contactPreferenceHandlers } from './handlers/contact-preferences'
import { privacyMessageHandlers } from './handlers/privacy-messages'
import { profileHandlers } from './handlers/profile'
import { rightsRequestHandlers } from './handlers/rights-requests'
import { sessionHandlers } from './handlers/session'
import { policyHandlers } from './policy/handlers'

/** The happy-path handlers of every resource; faults come from scenarios.ts. */
export const handlers = [
  ...sessionHandlers,
  ...accountHandlers,
  ...privacyMessageHandlers,
  ...profileHandlers,
  ...contactPreferenceHandlers,
  ...consentHandlers,
  ...rightsRequestHandlers,
  ...policyHandlers,
]
