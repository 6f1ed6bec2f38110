import { account } from './fr/account'
import { auth } from './fr/auth'
import { common } from './fr/common'
import { consents } from './fr/consents'
import { contactPreferences } from './fr/contact-preferences'
import { forms } from './fr/forms'
import { myData } from './fr/my-data'
import { policy } from './fr/policy'
import { privacyMessages } from './fr/privacy-messages'
import { rightsRequests } from './fr/rights-requests'
import { shell } from './fr/shell'
import { validation } from './fr/validation'

/** The French catalogue is the reference: its keys define `MessageKey`, and English must match them. */
export const fr = {
  ...common,
  ...shell,
  ...auth,
  ...account,
  ...forms,
  ...validation,
  ...privacyMessages,
  ...myData,
  ...contactPreferences,
  ...consents,
  ...rightsRequests,
  ...policy,
}
