import { expect, test } from 'vitest'

import {
  ConsentEventListSchema,
  ConsentListSchema,
  ConsentReceiptSchema,
  ConsentSchema,
  DirectMarketingObjectionSchema,
} from '#src/contract/consents'
import { endpoints } from '#src/contract/endpoints'
import type { ApiClient } from '#src/lib/api-client'
import { apiFailure } from '#test/support/api-failure'
import { anonymousClient, signIn } from '#test/support/api-session'

/*
 * The consent endpoints over HTTP only: what the server accepts, refuses and records, whoever calls it and
 * however. Tests that change consents read the ledger they start from rather than assume the seed. What
 * needs the server's clock or its db is in test/mocks/consents/.
 */

function update(client: ApiClient, purposeId: string, body: unknown) {
  return client.request(endpoints.consents.update, { schema: ConsentSchema, params: { purposeId }, body })
}

async function ledgerTotal(client: ApiClient) {
  return (await client.request(endpoints.consents.events, { schema: ConsentEventListSchema })).total
}

test('every consent endpoint answers 401 without a session', async () => {
  const anonymous = anonymousClient()
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
  const { client } = await signIn('typical', { csrf: false })
  const before = await ledgerTotal(client)
  const error = await apiFailure(update(client, 'group-marketing', { isGiven: false }))
  expect(error.status).toBe(403)
  expect(error.code).toBe('csrf_failed')
  const withdrawAll = await apiFailure(client.request(endpoints.consents.withdrawAll, { schema: ConsentListSchema }))
  expect(withdrawAll.status).toBe(403)
  expect(await ledgerTotal(client)).toBe(before)
})

test('an invalid body is refused with the contract’s message key, an unknown consent is not found', async () => {
  const { client } = await signIn()
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
  const { client } = await signIn()
  await update(client, 'partner-sharing', { isGiven: false })
  const before = await ledgerTotal(client)
  await update(client, 'partner-sharing', { isGiven: true })
  await update(client, 'partner-sharing', { isGiven: true })
  expect(await ledgerTotal(client)).toBe(before + 1)
  // Withdrawing one already withdrawn records nothing either.
  const list = await client.request(endpoints.consents.withdrawAll, { schema: ConsentListSchema })
  const afterWithdrawal = await ledgerTotal(client)
  const again = await client.request(endpoints.consents.withdrawAll, { schema: ConsentListSchema })
  expect(again).toEqual(list)
  expect(await ledgerTotal(client)).toBe(afterWithdrawal)
  expect(list.consents.map((consent) => consent.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn'])
})

test('a client cannot choose the owner, date, channel or wording of an event it records', async () => {
  const { client } = await signIn('new')
  await update(client, 'cookies-consent', { isGiven: false })
  const consent = await update(client, 'cookies-consent', {
    isGiven: true,
    userId: 'usr_7c1e2a90b4d3',
    occurredAt: '2020-01-01T00:00:00.000Z',
    channel: 'sign-up',
    policyVersion: '2016-10',
    wording: { fr: 'x', en: 'x' },
  })
  const { currentPolicyVersion } = await client.request(endpoints.consents.list, { schema: ConsentListSchema })
  expect(consent.lastEvent).toMatchObject({ action: 'given', channel: 'privacy-centre', policyVersion: currentPolicyVersion })
  expect(consent.lastEvent?.occurredAt).not.toBe('2020-01-01T00:00:00.000Z')
  expect(consent.lastEvent?.wording.fr).toMatch(/^J’accepte que Dialogra et ses partenaires déposent/)
  // The event is the new account's own: anyone else asking for its receipt gets "not found".
  const { client: typical } = await signIn('typical')
  const receipt = await apiFailure(
    typical.request(endpoints.consents.receipt, {
      schema: ConsentReceiptSchema,
      params: { eventId: consent.lastEvent?.id ?? '' },
    }),
  )
  expect(receipt.status).toBe(404)
})

test('the ledger is newest first and filters by consent; an unknown filter is a 422', async () => {
  const { client } = await signIn()
  const all = await client.request(endpoints.consents.events, { schema: ConsentEventListSchema })
  expect(all.total).toBe(all.events.length)
  expect(all.events.map((event) => event.occurredAt)).toEqual(
    [...all.events.map((event) => event.occurredAt)].sort().reverse(),
  )
  const cookies = await client.request(endpoints.consents.events, {
    schema: ConsentEventListSchema,
    query: { purposeId: 'cookies-consent' },
  })
  expect(cookies.total).toBeGreaterThan(0)
  expect(cookies.events.every((event) => event.purposeId === 'cookies-consent')).toBe(true)
  const error = await apiFailure(
    client.request(endpoints.consents.events, { schema: ConsentEventListSchema, query: { purposeId: 'weather' } }),
  )
  expect(error.status).toBe(422)
})

test('a receipt of another person’s event is not found, exactly like an id that does not exist', async () => {
  const { client: large } = await signIn('large')
  const [othersEvent] = (await large.request(endpoints.consents.events, { schema: ConsentEventListSchema })).events
  if (!othersEvent) throw new Error('no seeded event')

  const { session, client } = await signIn('typical')
  const stolen = await apiFailure(
    client.request(endpoints.consents.receipt, { schema: ConsentReceiptSchema, params: { eventId: othersEvent.id } }),
  )
  const missing = await apiFailure(
    client.request(endpoints.consents.receipt, { schema: ConsentReceiptSchema, params: { eventId: 'cev_nope' } }),
  )
  expect([stolen.status, stolen.code]).toEqual([404, 'not_found'])
  expect([missing.status, missing.code]).toEqual([404, 'not_found'])

  const [own] = (await client.request(endpoints.consents.events, { schema: ConsentEventListSchema })).events
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
    principalId: session.user.id,
  })
  expect(receipt).not.toHaveProperty('userId')
})
