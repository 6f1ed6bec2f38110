import { expect, test } from 'vitest'

import { ConsentSchema, DirectMarketingObjectionSchema, type ConsentPurposeId } from '#src/contract/consents'
import { endpoints } from '#src/contract/endpoints'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { signIn } from '#test/support/api-session'
import { demoAccount, type Person } from '#test/support/demo-people'

/*
 * The consent ledger as the mock server holds it. Mock only: these move the server's clock or read its db as
 * "the server's view" (the seeded histories, what an event stores); test/api/consents.test.ts holds the rest.
 */

function eventsOf(person: Person, purposeId?: ConsentPurposeId) {
  const userId = db.users.findFirst((q) => q.where({ email: demoAccount(person).email }))?.id ?? ''
  return db.consentEvents.findMany((q) => q.where(purposeId ? { userId, purposeId } : { userId }))
}

test('withdrawing never asks for a fresh authentication, even long after sign-in', async () => {
  const { client } = await signIn()
  // 25 minutes: far past the 5-minute window of sensitive actions, within the 30-minute idle timeout.
  mockClock.advance({ seconds: 25 * 60 })
  const consent = await client.request(endpoints.consents.update, {
    schema: ConsentSchema,
    params: { purposeId: 'group-marketing' },
    body: { isGiven: false },
  })
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

test('an event stores the server’s owner, time, channel and wording, whatever the client sent', async () => {
  const { client } = await signIn('new')
  await client.request(endpoints.consents.update, {
    schema: ConsentSchema,
    params: { purposeId: 'cookies-consent' },
    body: { isGiven: true, userId: 'usr_7c1e2a90b4d3', occurredAt: '2020-01-01T00:00:00.000Z', channel: 'sign-up' },
  })
  const [event] = eventsOf('new', 'cookies-consent')
  expect(event).toMatchObject({
    occurredAt: '2026-11-28T09:00:00.000Z',
    channel: 'privacy-centre',
    policyVersion: '2026-09',
  })
  expect(eventsOf('typical', 'cookies-consent')).toHaveLength(4)
  expect(eventsOf('typical')).toHaveLength(8)
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
