import type { Catalogue } from '../catalogue'

import { account } from './en/account'
import { auth } from './en/auth'
import { common } from './en/common'
import { consents } from './en/consents'
import { contactPreferences } from './en/contact-preferences'
import { forms } from './en/forms'
import { myData } from './en/my-data'
import { policy } from './en/policy'
import { privacyMessages } from './en/privacy-messages'
import { rightsRequests } from './en/rights-requests'
import { shell } from './en/shell'
import { validation } from './en/validation'

export const en: Catalogue = {
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
