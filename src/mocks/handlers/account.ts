import { http, type DefaultBodyType, type PathParams } from 'msw'

import { AccountSchema, type Account } from '#src/contract/account'
import { endpoints } from '#src/contract/endpoints'
import type { Problem } from '#src/contract/problem'

import { apiUrl } from '../server/api-url'
import { handle, withSession } from '../server/middleware'
import { json } from '../server/responses'

export const accountHandlers = [
  // AccountSchema.parse drops the password and every other server-only field of the user record.
  http.get<PathParams, DefaultBodyType, Account | Problem>(
    apiUrl(endpoints.account.me.path),
    handle(withSession(({ auth }) => json(AccountSchema, auth.user))),
  ),
]
