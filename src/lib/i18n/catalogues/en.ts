import type { Catalogue } from '../catalogue'

import { account } from './en/account'
import { auth } from './en/auth'
import { common } from './en/common'
import { forms } from './en/forms'
import { privacyMessages } from './en/privacy-messages'
import { shell } from './en/shell'
import { validation } from './en/validation'

export const en: Catalogue = { ...common, ...shell, ...auth, ...account, ...forms, ...validation, ...privacyMessages }
