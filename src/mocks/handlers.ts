import { consentHandlers } from './handlers/consents'
import { contactPreferenceHandlers } from './handlers/contact-preferences'
import { privacyMessageHandlers } from './handlers/privacy-messages'
import { profileHandlers } from './handlers/profile'
import { rightsRequestHandlers } from './handlers/rights-requests'
import { sessionHandlers } from './session/handlers'

/** The happy-path handlers of every resource; faults come from scenarios.ts. */
export const handlers = [
  ...sessionHandlers,
  ...privacyMessageHandlers,
  ...profileHandlers,
  ...contactPreferenceHandlers,
  ...consentHandlers,
  ...rightsRequestHandlers,
]
