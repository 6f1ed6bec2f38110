import { consentHandlers } from './handlers/consents'
import { contactPreferenceHandlers } from './handlers/contact-preferences'
import { privacyMessageHandlers } from './handlers/privacy-messages'
import { rightsRequestHandlers } from './handlers/rights-requests'
import { myDataHandlers } from './my-data/handlers'
import { registerHandlers } from './register/handlers'
import { sessionHandlers } from './session/handlers'

/** The happy-path handlers of every resource; faults come from scenarios.ts. */
export const handlers = [
  ...sessionHandlers,
  ...privacyMessageHandlers,
  ...registerHandlers,
  ...myDataHandlers,
  ...contactPreferenceHandlers,
  ...consentHandlers,
  ...rightsRequestHandlers,
]
