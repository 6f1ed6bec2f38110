import { consentHandlers } from './consents/handlers'
import { privacyMessageHandlers } from './contact/handlers'
import { myDataHandlers } from './my-data/handlers'
import { policyHandlers } from './policy/handlers'
import { registerHandlers } from './register/handlers'
import { rightsRequestHandlers } from './rights-requests/handlers'
import { sessionHandlers } from './session/handlers'
import { settingsHandlers } from './settings/handlers'

/** The happy-path handlers of every resource; faults come from server/scenarios.ts. */
export const handlers = [
  ...sessionHandlers,
  ...privacyMessageHandlers,
  ...registerHandlers,
  ...myDataHandlers,
  ...settingsHandlers,
  ...consentHandlers,
  ...rightsRequestHandlers,
  ...policyHandlers,
]
