import { http, type HttpHandler, type HttpResponse } from 'msw'

import {
  ConsentEventListParamsSchema,
  ConsentEventListSchema,
  ConsentListSchema,
  ConsentPurposeIdSchema,
  ConsentReceiptSchema,
  ConsentSchema,
  DirectMarketingObjectionSchema,
  UpdateConsentBodySchema,
  UpdateObjectionBodySchema,
  type Consent,
  type ConsentEventList,
  type ConsentReceipt,
  type DirectMarketingObjection,
  type ConsentPurposeId,
  type ConsentStatus,
} from '#src/contract/consents'
import { endpoints } from '#src/contract/endpoints'
import type { Problem } from '#src/contract/problem'

import { apiUrl } from '../server/api-url'
import { mockClock } from '../server/clock'
import { db } from '../server/db'
import { handle, withCsrf, withSession, type AuthInfo, type Reply } from '../server/middleware'
import { randomToken } from '../server/prng'
import { json, parseBody, problem, toFieldErrors, validationProblem } from '../server/responses'

import { consentTexts, controller, currentPolicyVersion, getConsentWording, getPolicyUrl } from './consent-texts'
import { getDirectMarketingObjection, setDirectMarketingObjection } from './direct-marketing-objection'
import type { ConsentEventRecord } from './records'

/** The person's consent events, newest first; ties (a "withdraw all") keep the order they were written in. */
function getConsentEvents(userId: string, purposeId?: ConsentPurposeId): ConsentEventRecord[] {
  return db.consentEvents
    .findMany((q) => q.where(purposeId ? { userId, purposeId } : { userId }))
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.occurredAt.localeCompare(a.record.occurredAt) || b.index - a.index)
    .map(({ record }) => record)
}

/** Business rule: a consent's state is its latest event; with none, it was never given (never pre-ticked). */
function getStatus(lastEvent: ConsentEventRecord | undefined): ConsentStatus {
  if (!lastEvent) return 'not-given'
  return lastEvent.action === 'withdrawn' ? 'withdrawn' : 'given'
}

function getConsent(userId: string, purposeId: ConsentPurposeId): Consent {
  const lastEvent = getConsentEvents(userId, purposeId)[0]
  const text = consentTexts[purposeId]
  return {
    purposeId,
    title: text.title,
    description: text.description,
    ifWithdrawn: text.ifWithdrawn,
    wording: getConsentWording(purposeId, currentPolicyVersion),
    dataCategories: text.dataCategories,
    status: getStatus(lastEvent),
    lastEvent: lastEvent ?? null,
  }
}

function getConsentList(userId: string) {
  return {
    currentPolicyVersion,
    consents: ConsentPurposeIdSchema.options.map((purposeId) => getConsent(userId, purposeId)),
  }
}

/**
 * Business rule: a change made in the centre is recorded with the current policy version and the exact
 * wording shown now. Asking for the state a consent already has records nothing (PUT is idempotent).
 */
async function recordChange(userId: string, purposeId: ConsentPurposeId, isGiven: boolean): Promise<void> {
  const isCurrentlyGiven = getConsent(userId, purposeId).status === 'given'
  if (isCurrentlyGiven === isGiven) return
  await db.consentEvents.create({
    id: `cev_${randomToken(8)}`,
    userId,
    purposeId,
    purposeTitle: consentTexts[purposeId].title,
    action: isGiven ? 'given' : 'withdrawn',
    occurredAt: mockClock.now().toISOString(),
    channel: 'privacy-centre',
    policyVersion: currentPolicyVersion,
    wording: getConsentWording(purposeId, currentPolicyVersion),
  })
}

function notFound() {
  return problem({ status: 404, code: 'not_found', title: 'Not found' })
}

function listConsents({ auth }: AuthInfo) {
  return json(ConsentListSchema, getConsentList(auth.user.id))
}

async function updateConsent({ request, auth, params }: AuthInfo & { params: { purposeId?: string } }): Reply<Consent> {
  const purposeId = ConsentPurposeIdSchema.safeParse(params.purposeId)
  if (!purposeId.success) return notFound()
  const parsed = await parseBody(request, UpdateConsentBodySchema)
  if (!parsed.ok) return parsed.response
  await recordChange(auth.user.id, purposeId.data, parsed.data.isGiven)
  return json(ConsentSchema, getConsent(auth.user.id, purposeId.data))
}

/** "Withdraw all": one action, one event per consent that was given, all at the same instant. */
async function withdrawAll({ auth }: AuthInfo) {
  for (const purposeId of ConsentPurposeIdSchema.options) await recordChange(auth.user.id, purposeId, false)
  return json(ConsentListSchema, getConsentList(auth.user.id))
}

function listEvents({ request, auth }: AuthInfo): HttpResponse<ConsentEventList | Problem> {
  const purposeId = new URL(request.url).searchParams.get('purposeId')
  const query = ConsentEventListParamsSchema.safeParse(purposeId === null ? {} : { purposeId })
  if (!query.success) return validationProblem(toFieldErrors(query.error.issues))
  const events = getConsentEvents(auth.user.id, query.data.purposeId)
  return json(ConsentEventListSchema, { events, total: events.length })
}

/** A receipt of someone else's event is "not found", never "forbidden": ids reveal nothing (QUALITY check 15). */
function getReceipt({
  auth,
  params,
}: AuthInfo & { params: { eventId?: string } }): HttpResponse<ConsentReceipt | Problem> {
  const event = db.consentEvents.findFirst((q) => q.where({ id: params.eventId ?? '', userId: auth.user.id }))
  if (!event) return notFound()
  return json(ConsentReceiptSchema, {
    ...event,
    recordId: `cr_${auth.user.id}_${event.purposeId}`,
    principalId: auth.user.id,
    controller,
    jurisdiction: 'FR',
    legalBasis: 'consent',
    purposeDescription: consentTexts[event.purposeId].description,
    dataCategories: consentTexts[event.purposeId].dataCategories,
    policyUrl: getPolicyUrl(event.policyVersion),
  })
}

function readObjection({ auth }: AuthInfo) {
  return json(DirectMarketingObjectionSchema, getDirectMarketingObjection(auth.user.id))
}

async function updateObjection({ request, auth }: AuthInfo): Reply<DirectMarketingObjection> {
  const parsed = await parseBody(request, UpdateObjectionBodySchema)
  if (!parsed.ok) return parsed.response
  const objection = await setDirectMarketingObjection(auth.user.id, parsed.data.isObjecting, 'privacy-centre')
  return json(DirectMarketingObjectionSchema, objection)
}

/**
 * The endpoints of Consents. Changes carry the CSRF token but never ask for a fresh
 * authentication: withdrawing must be as easy as giving (GDPR Art. 7(3), QUALITY check 9).
 */
export const consentHandlers: HttpHandler[] = [
  http.get(apiUrl(endpoints.consents.list.path), handle(withSession(listConsents))),
  http.put(apiUrl(endpoints.consents.update.path), handle(withSession(withCsrf(updateConsent)))),
  http.post(apiUrl(endpoints.consents.withdrawAll.path), handle(withSession(withCsrf(withdrawAll)))),
  http.get(apiUrl(endpoints.consents.events.path), handle(withSession(listEvents))),
  http.get(apiUrl(endpoints.consents.receipt.path), handle(withSession(getReceipt))),
  http.get(apiUrl(endpoints.consents.objection.path), handle(withSession(readObjection))),
  http.put(apiUrl(endpoints.consents.updateObjection.path), handle(withSession(withCsrf(updateObjection)))),
]
