import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { DataRecordPageSchema, DataRecordSchema } from '#src/contract/profile'
import { RightsRequestSchema } from '#src/contract/rights-requests'
import { queryRecords } from '#src/mocks/my-data/records-query'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { ageCurrentAuthentication } from '#src/mocks/session/test-controls'
import { findUserByEmail } from '#src/mocks/session/users'
import { apiFailure } from '#test/support/api-failure'
import { signIn } from '#test/support/api-session'
import { demoAccount } from '#test/support/demo-people'

/*
 * Rights requests as the server holds them and as its clock moves. Mock only: step-up needs an aged
 * authentication, answers come weeks later on the server's clock, and what was stored, erased or mailed is read
 * from the db as "the server's view" (test/api/rights-requests.test.ts holds what HTTP alone can show).
 */

function userIdOf(person: 'typical' | 'new') {
  return findUserByEmail(demoAccount(person).email)?.id ?? ''
}

test('erasure needs a fresh authentication; other rights do not', async () => {
  const { client } = await signIn('new')
  await ageCurrentAuthentication(600)
  const erasure = await apiFailure(
    client.request(endpoints.rightsRequests.create, {
      schema: RightsRequestSchema,
      body: { kind: 'erasure', scope: 'all', categories: [] },
      idempotencyKey: crypto.randomUUID(),
    }),
  )
  expect(erasure.isStepUpRequired).toBe(true)
  expect(db.rightsRequests.findMany((q) => q.where({ userId: userIdOf('new') }))).toHaveLength(0)

  const access = await client.request(endpoints.rightsRequests.create, {
    schema: RightsRequestSchema,
    body: { kind: 'access', scope: 'all', categories: [] },
    idempotencyKey: crypto.randomUUID(),
  })
  expect(access.status).toBe('received')
  expect(access.dueDate).toBe('2026-12-28')
})

test('a request filed twice with one Idempotency-Key is stored once and acknowledged by one e-mail', async () => {
  const { client } = await signIn('new')
  const options = { schema: RightsRequestSchema, body: { kind: 'portability' }, idempotencyKey: crypto.randomUUID() }
  await client.request(endpoints.rightsRequests.create, options)
  await client.request(endpoints.rightsRequests.create, options)
  expect(db.rightsRequests.all().filter((record) => record.kind === 'portability')).toHaveLength(1)
  expect(db.outbox.all()).toHaveLength(1)
})

test('a completed item erasure names the records, erases the one not kept, and stores it as erased', async () => {
  const user = findUserByEmail(demoAccount('typical').email)
  if (!user) throw new Error('No typical user')
  const newest = (categoryId: 'transactions' | 'cookies') => {
    const [record] = queryRecords(user, categoryId, { offset: 0, limit: 1, sort: 'newest' }).items
    if (!record) throw new Error(`No ${categoryId} record`)
    return record
  }
  const transaction = newest('transactions')
  const cookie = newest('cookies')
  const { client } = await signIn('typical')
  const filed = await client.request(endpoints.rightsRequests.create, {
    schema: RightsRequestSchema,
    body: {
      kind: 'erasure',
      scope: 'items',
      categories: [],
      items: [
        { categoryId: 'cookies', recordId: cookie.id },
        { categoryId: 'transactions', recordId: transaction.id },
        { categoryId: 'cookies', recordId: cookie.id },
      ],
    },
    idempotencyKey: crypto.randomUUID(),
  })
  expect(filed.records?.map((record) => record.recordId)).toEqual([cookie.id, transaction.id])
  expect(db.erasedRecords.all()).toHaveLength(0)

  mockClock.advance({ days: 15 })
  // Two weeks later, in a new session.
  const { client: later } = await signIn('typical')
  const answered = await later.request(endpoints.rightsRequests.detail, {
    schema: RightsRequestSchema,
    params: { requestId: filed.id },
  })
  expect(answered.status).toBe('completed')
  expect(answered.outcome?.kind === 'erasure' ? answered.outcome.statement.kept[0]?.record?.recordId : null).toBe(
    transaction.id,
  )
  expect(
    db.erasedRecords.all().map(({ userId: owner, categoryId, recordId }) => ({ owner, categoryId, recordId })),
  ).toEqual([{ owner: user.id, categoryId: 'cookies', recordId: cookie.id }])

  // My data, asked again: the erased cookie is gone, the transaction kept for its legal obligation is still there.
  const cookies = await later.request(endpoints.profile.records, {
    schema: DataRecordPageSchema,
    params: { categoryId: 'cookies' },
  })
  expect(cookies.items.map((item) => item.id)).not.toContain(cookie.id)
  const kept = await later.request(endpoints.profile.record, {
    schema: DataRecordSchema,
    params: { categoryId: 'transactions', recordId: transaction.id },
  })
  expect(kept.id).toBe(transaction.id)
})
