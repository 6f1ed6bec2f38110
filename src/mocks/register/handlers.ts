import { http, type HttpHandler, type HttpResponse } from 'msw'

import { endpoints } from '#src/contract/endpoints'
import { ProcessingRegisterSchema } from '#src/contract/register'

import { apiUrl } from '../server/api-url'
import { handle, withSession } from '../server/middleware'
import { jsonText } from '../server/responses'

import { processingRegister } from './seed'

/** The register is the same for everyone until the policy changes: checked and serialised once, on first use. */
let registerText: string | undefined
function registerResponse(): HttpResponse<string> {
  registerText ??= JSON.stringify(ProcessingRegisterSchema.parse(processingRegister))
  return jsonText(registerText)
}

/** The processing register (GET /register): the categories, purposes and retention of the policy. */
export const registerHandlers: HttpHandler[] = [
  http.get(apiUrl(endpoints.register.get.path), handle(withSession(registerResponse))),
]
