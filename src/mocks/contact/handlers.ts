import { http } from 'msw'

import { endpoints } from '#src/contract/endpoints'
import {
  CreatePrivacyMessageBodySchema,
  PrivacyMessageSchema,
  type PrivacyMessage,
} from '#src/contract/privacy-messages'
import type { Problem } from '#src/contract/problem'

import { apiUrl } from '../server/api-url'
import { addToDate, mockClock } from '../server/clock'
import { db } from '../server/db'
import { formatMailDate } from '../server/mail'
import { handle, withCsrf, withIdempotency, withSession, type AuthInfo } from '../server/middleware'
import { randomToken } from '../server/prng'
import { getNextYearlyReference } from '../server/references'
import { json, parseBody } from '../server/responses'

import type { PrivacyMessageRecord } from './records'

/** Dialogra's promise: an answer within 30 days of receipt (policy, "Délai de réponse"; GDPR Art. 12(3)). */
const answerWithinDays = 30

/** Business rule: the answer is due 30 days after receipt, as a calendar date on the server's (UTC) clock. */
export function getAnswerDueBy(receivedAt: Date): string {
  return addToDate(receivedAt, { days: answerWithinDays }).toISOString().slice(0, 10)
}

/** Business rule: references read "PRV-<year>-<six digits>" ("privacy"), numbered within the year. */
export function getNextReference(receivedAt: Date, existing: readonly PrivacyMessageRecord[]): string {
  return getNextYearlyReference('PRV', receivedAt, existing)
}

/**
 * The acknowledgement e-mail. It confirms receipt, the reference and the answer date, and deliberately
 * leaves out what the person wrote (QUALITY check 12): mail is copied and forwarded far beyond the
 * centre's control, and the person already has their text.
 */
function buildAcknowledgement(to: string, record: PrivacyMessageRecord) {
  const received = formatMailDate(record.receivedAt)
  const due = formatMailDate(record.answerDueBy)
  return {
    id: `mail_${randomToken(8)}`,
    to,
    subject: `Nous avons bien reçu votre message (${record.reference})`,
    body: [
      'Bonjour,',
      '',
      `L’équipe confidentialité de Dialogra a bien reçu votre message le ${received}.`,
      `Votre référence : ${record.reference}.`,
      `Nous vous répondrons au plus tard le ${due}. Si nous avons besoin de plus de temps, nous vous en expliquerons la raison.`,
      '',
      'Pour protéger vos informations, ce courriel ne reproduit pas votre message.',
      '',
      'L’équipe confidentialité de Dialogra',
    ].join('\n'),
    sentAt: record.receivedAt,
  }
}

async function createPrivacyMessage({ request, auth }: AuthInfo) {
  const parsed = await parseBody(request, CreatePrivacyMessageBodySchema)
  if (!parsed.ok) return parsed.response
  const now = mockClock.now()
  // Only the fields the contract allows are copied; the owner comes from the session (QUALITY check 7).
  const record: PrivacyMessageRecord = {
    id: `pmsg_${randomToken(8)}`,
    reference: getNextReference(now, db.privacyMessages.all()),
    userId: auth.user.id,
    topic: parsed.data.topic,
    message: parsed.data.message,
    receivedAt: now.toISOString(),
    answerDueBy: getAnswerDueBy(now),
  }
  await db.privacyMessages.create(record)
  await db.outbox.create(buildAcknowledgement(auth.user.email, record))
  return json(PrivacyMessageSchema, record, { status: 201 })
}

export const privacyMessageHandlers = [
  http.post<never, never, PrivacyMessage | Problem>(
    apiUrl(endpoints.privacyMessages.create.path),
    handle(withSession(withCsrf(withIdempotency(PrivacyMessageSchema)(createPrivacyMessage)))),
  ),
]
