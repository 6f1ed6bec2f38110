import { expect, test } from 'vitest'

import { env } from '#src/config/env'
import {
  ConsentEventListSchema,
  ConsentListSchema,
  ConsentReceiptSchema,
  ConsentSchema,
  DirectMarketingObjectionSchema,
  type ConsentPurposeId,
} from '#src/contract/consents'
import { endpoints } from '#src/contract/endpoints'
import { createApiClient } from '#src/lib/api-client'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { apiFailure } from '#test/support/api-failure'
import { demoAccount, type Person } from '#test/support/render-app'
import { signedInClient } from '#test/support/signed-in-client'

/*
 * The consent endpoints seen from outside the page: what the mock server accepts, refuses and records,
 * whoever calls it and however. The db is read as the server's view.
 */

const anonymous = createApiClient({ baseUrl: env.apiBaseUrl, timeoutMs: 5000, getCsrfToken: () => null })

function eventsOf(person: Person, purposeId?: ConsentPurposeId) {
  const userId = db.users.findFirst((q) => q.where({ email: demoAccount(person).email }))?.id ?? ''
  return db.consentEvents.findMany((q) => q.where(purposeId ? { userId, purposeId } : { userId }))
}

function update(client: ReturnType<typeof signedInClient>['client'], purposeId: string, body: unknown) {
  return client.request(endpoints.consents.update, { schema: ConsentSchema, params: { purposeId }, body })
}

test('every consent endpoint answers 401 without a session', async () => {
  for (const request of [
    anonymous.request(endpoints.consents.list, { schema: ConsentListSchema }),
    anonymous.request(endpoints.consents.events, { schema: ConsentEventListSchema }),
    anonymous.request(endpoints.consents.receipt, { schema: ConsentReceiptSchema, params: { eventId: 'x' } }),
    anonymous.request(endpoints.consents.objection, { schema: DirectMarketingObjectionSchema }),
    anonymous.request(endpoints.consents.update, {
      schema: ConsentSchema,
      params: { purposeId: 'group-marketing' },
      body: { isGiven: false },
    }),
  ]) {
    expect((await apiFailure(request)).status).toBe(401)
  }
})

test('changes need the CSRF token, and nothing is recorded without it', async () => {
  const { client } = signedInClient('typical', { csrf: false })
  const before = eventsOf('typical').length
  const error = await apiFailure(update(client, 'group-marketing', { isGiven: false }))
  expect(error.status).toBe(403)
  expect(error.code).toBe('csrf_failed')
  const withdrawAll = await apiFailure(client.request(endpoints.consents.withdrawAll, { schema: ConsentListSchema }))
  expect(withdrawAll.status).toBe(403)
  expect(eventsOf('typical')).toHaveLength(before)
})

test('withdrawing never asks for a fresh authentication, even long after sign-in', async () => {
  const { client } = signedInClient()
  // 25 minutes: far past the 5-minute window of sensitive actions, within the 30-minute idle timeout.
  mockClock.advance({ seconds: 25 * 60 })
  const consent = await update(client, 'group-marketing', { isGiven: false })
  expect(consent.status).toBe('withdrawn')
  expect(consent.lastEvent).toMatchObject({
    action: 'withdrawn',
    channel: 'privacy-centre',
    policyVersion: '2026-09',
    occurredAt: '2026-11-28T09:25:00.000Z',
  })
  mockClock.advance({ seconds: 25 * 60 })
  const objection = await client.request(endpoints.consents.updateObjection, {
    schema: DirectMarketingObjectionSchema,
    body: { isObjecting: true },
  })
  expect(objection.isObjecting).toBe(true)
})

test('an invalid body is refused with the contract’s message key, an unknown consent is not found', async () => {
  const { client } = signedInClient()
  const invalid = await apiFailure(update(client, 'group-marketing', { isGiven: 'yes' }))
  expect(invalid.status).toBe(422)
  expect(invalid.fieldErrors).toEqual({ isGiven: ['validation.consents.isGiven.required'] })

  // 'tailored-advertising' is a purpose, but not one based on consent: it has its own objection endpoint.
  for (const purposeId of ['tailored-advertising', 'weather', '../me']) {
    expect((await apiFailure(update(client, purposeId, { isGiven: true }))).status).toBe(404)
  }

  const objection = await apiFailure(
    client.request(endpoints.consents.updateObjection, {
      schema: DirectMarketingObjectionSchema,
      body: { isObjecting: null },
    }),
  )
  expect(objection.fieldErrors).toEqual({ isObjecting: ['validation.consents.isObjecting.required'] })
})

test('asking twice for the same state records one event: PUT is idempotent', async () => {
  const { client } = signedInClient()
  const before = eventsOf('typical', 'partner-sharing').length
  await update(client, 'partner-sharing', { isGiven: true })
  await update(client, 'partner-sharing', { isGiven: true })
  expect(eventsOf('typical', 'partner-sharing')).toHaveLength(before + 1)
  // Withdrawing one already withdrawn records nothing either.
  const list = await client.request(endpoints.consents.withdrawAll, { schema: ConsentListSchema })
  const again = await client.request(endpoints.consents.withdrawAll, { schema: ConsentListSchema })
  expect(again).toEqual(list)
  expect(list.consents.map((consent) => consent.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn'])
  expect(eventsOf('typical')).toHaveLength(8 + 1 + 3)
})

test('a client cannot choose the owner, date, channel or wording of an event it records', async () => {
  const { client } = signedInClient('new')
  await update(client, 'cookies-consent', {
    isGiven: true,
    userId: 'usr_7c1e2a90b4d3',
    occurredAt: '2020-01-01T00:00:00.000Z',
    channel: 'sign-up',
    policyVersion: '2016-10',
    wording: { fr: 'x', en: 'x' },
  })
  const [event] = eventsOf('new', 'cookies-consent')
  expect(event).toMatchObject({
    occurredAt: '2026-11-28T09:00:00.000Z',
    channel: 'privacy-centre',
    policyVersion: '2026-09',
  })
  expect(event?.wording.fr).toMatch(/^J’accepte que Dialogra et ses partenaires déposent/)
  expect(eventsOf('typical', 'cookies-consent')).toHaveLength(4)
})

test('the ledger filters by consent; an unknown filter is a 422', async () => {
  const { client } = signedInClient()
  const all = await client.request(endpoints.consents.events, { schema: ConsentEventListSchema })
  expect(all.total).toBe(8)
  expect(all.events.map((event) => event.occurredAt)).toEqual(
    [...all.events.map((event) => event.occurredAt)].sort().reverse(),
  )
  const cookies = await client.request(endpoints.consents.events, {
    schema: ConsentEventListSchema,
    query: { purposeId: 'cookies-consent' },
  })
  expect(cookies.events.map((event) => event.purposeId)).toEqual(Array.from({ length: 4 }, () => 'cookies-consent'))
  const error = await apiFailure(
    client.request(endpoints.consents.events, { schema: ConsentEventListSchema, query: { purposeId: 'weather' } }),
  )
  expect(error.status).toBe(422)
})

test('a receipt of another person’s event is not found, exactly like an id that does not exist', async () => {
  const { client } = signedInClient('typical')
  const [othersEvent] = eventsOf('large')
  if (!othersEvent) throw new Error('no seeded event')
  const stolen = await apiFailure(
    client.request(endpoints.consents.receipt, { schema: ConsentReceiptSchema, params: { eventId: othersEvent.id } }),
  )
  const missing = await apiFailure(
    client.request(endpoints.consents.receipt, { schema: ConsentReceiptSchema, params: { eventId: 'cev_nope' } }),
  )
  expect([stolen.status, stolen.code]).toEqual([404, 'not_found'])
  expect([missing.status, missing.code]).toEqual([404, 'not_found'])

  const [own] = eventsOf('typical')
  if (!own) throw new Error('no seeded event')
  const receipt = await client.request(endpoints.consents.receipt, {
    schema: ConsentReceiptSchema,
    params: { eventId: own.id },
  })
  expect(receipt).toMatchObject({
    id: own.id,
    action: own.action,
    occurredAt: own.occurredAt,
    channel: own.channel,
    policyVersion: own.policyVersion,
    wording: own.wording,
    legalBasis: 'consent',
    principalId: own.userId,
  })
  expect(receipt).not.toHaveProperty('userId')
})

test('seeded histories: several years and policy versions for the typical account, sign-up only for the new one', () => {
  const typical = eventsOf('typical')
  expect(new Set(typical.map((event) => event.policyVersion))).toEqual(new Set(['2021-06', '2024-03', '2026-09']))
  expect(new Set(typical.map((event) => event.action))).toEqual(new Set(['given', 'withdrawn', 'renewed']))
  expect(eventsOf('new').map((event) => event.channel)).toEqual(['sign-up'])
  expect(eventsOf('large').length).toBeGreaterThan(100)
  // Every event quotes the wording of the version in force when it happened.
  for (const event of eventsOf('large')) expect(event.policyVersion <= event.occurredAt.slice(0, 7)).toBe(true)
})

test('extra fields from a newer server are ignored; a missing one breaks the contract', () => {
  const [event] = eventsOf('typical')
  const { userId: _owner, ...wire } = event ?? { userId: '' }
  const withExtra = ConsentSchema.safeParse({
    purposeId: 'group-marketing',
    title: { fr: 'a', en: 'a' },
    description: { fr: 'a', en: 'a' },
    ifWithdrawn: { fr: 'a', en: 'a' },
    wording: { fr: 'a', en: 'a' },
    dataCategories: ['account'],
    status: 'given',
    lastEvent: { ...wire, addedLater: true },
    addedLater: 1,
  })
  expect(withExtra.success).toBe(true)
  expect(withExtra.data?.lastEvent).toEqual(wire)
  expect(ConsentSchema.safeParse({ purposeId: 'group-marketing', status: 'given' }).success).toBe(false)
})
