import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { DataRecordPageSchema, DataRecordSchema } from '#src/contract/profile'
import type { DataCategoryId } from '#src/contract/register'
import {
  ErasurePreviewSchema,
  RightsRequestCopySchema,
  RightsRequestListSchema,
  RightsRequestSchema,
} from '#src/contract/rights-requests'
import { queryRecords } from '#src/mocks/my-data/records-query'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { ageCurrentAuthentication } from '#src/mocks/session/test-controls'
import { findUserByEmail } from '#src/mocks/session/users'
import { apiFailure } from '#test/support/api-failure'
import { demoAccount, type Person } from '#test/support/render-app'
import { signedInClient } from '#test/support/signed-in-client'

/*
 * The rights-request endpoints seen from outside the UI: who may see what, when a request can be
 * cancelled, step-up for erasure, idempotency. The db is read as the server's view.
 */
test('a person cannot see or cancel someone else’s request: the answer is the same 404 as for none', async () => {
  const { client: typical } = signedInClient('typical')
  const list = await typical.request(endpoints.rightsRequests.list, { schema: RightsRequestListSchema })
  const theirs = list.requests.find((request) => request.status === 'received')?.id ?? ''

  const { client: other } = signedInClient('new')
  const seen = await apiFailure(
    other.request(endpoints.rightsRequests.detail, { schema: RightsRequestSchema, params: { requestId: theirs } }),
  )
  expect(seen.status).toBe(404)
  const cancelled = await apiFailure(
    other.request(endpoints.rightsRequests.cancel, { schema: RightsRequestSchema, params: { requestId: theirs } }),
  )
  expect(cancelled.status).toBe(404)
  expect(db.rightsRequests.findFirst((q) => q.where({ id: theirs }))?.events.at(-1)?.kind).not.toBe('cancelled')
})

test('a request the team has started cannot be cancelled (409)', async () => {
  const { client } = signedInClient('typical')
  const list = await client.request(endpoints.rightsRequests.list, { schema: RightsRequestListSchema })
  const started = list.requests.find((request) => request.status === 'extended')?.id ?? ''
  const error = await apiFailure(
    client.request(endpoints.rightsRequests.cancel, { schema: RightsRequestSchema, params: { requestId: started } }),
  )
  expect(error.status).toBe(409)
})

test('erasure needs a fresh authentication; other rights do not', async () => {
  const { client } = signedInClient('new')
  await ageCurrentAuthentication(600)
  const erasure = await apiFailure(
    client.request(endpoints.rightsRequests.create, {
      schema: RightsRequestSchema,
      body: { kind: 'erasure', scope: 'all', categories: [] },
      idempotencyKey: crypto.randomUUID(),
    }),
  )
  expect(erasure.isStepUpRequired).toBe(true)
  const newUserId = findUserByEmail(demoAccount('new').email)?.id
  expect(db.rightsRequests.findMany((q) => q.where({ userId: newUserId }))).toHaveLength(0)

  const access = await client.request(endpoints.rightsRequests.create, {
    schema: RightsRequestSchema,
    body: { kind: 'access', scope: 'all', categories: [] },
    idempotencyKey: crypto.randomUUID(),
  })
  expect(access.status).toBe('received')
  expect(access.dueDate).toBe('2026-12-28')
})

test('the same Idempotency-Key gives back the same request instead of filing a second', async () => {
  const { client } = signedInClient('new')
  const options = {
    schema: RightsRequestSchema,
    body: { kind: 'portability' },
    idempotencyKey: crypto.randomUUID(),
  }
  const first = await client.request(endpoints.rightsRequests.create, options)
  const second = await client.request(endpoints.rightsRequests.create, options)
  expect(second.id).toBe(first.id)
  expect(db.rightsRequests.all().filter((record) => record.kind === 'portability')).toHaveLength(1)
  expect(db.outbox.all()).toHaveLength(1)
})

test('the copy of an answered access request holds the person’s data by category, and nobody else’s', async () => {
  const { client } = signedInClient('large')
  const list = await client.request(endpoints.rightsRequests.list, { schema: RightsRequestListSchema })
  const answered = list.requests.find((request) => request.kind === 'access')?.id ?? ''
  const copy = await client.request(endpoints.rightsRequests.copy, {
    schema: RightsRequestCopySchema,
    params: { requestId: answered },
  })
  expect(copy.categories.map((category) => category.categoryId)).toEqual(['account', 'connection-data'])
  expect(copy.categories[0]?.records[0]).toMatchObject({ email: demoAccount('large').email })
  expect(JSON.stringify(copy)).not.toContain(demoAccount('typical').email)
})

/** The newest record of a category still held for `person`, as My data serves it. */
function newestRecord(person: Person, categoryId: DataCategoryId) {
  const user = findUserByEmail(demoAccount(person).email)
  if (!user) throw new Error(`No user for ${person}`)
  const [record] = queryRecords(user, categoryId, { offset: 0, limit: 1, sort: 'newest' }).items
  if (!record) throw new Error(`No ${categoryId} record for ${person}`)
  return record
}

test('an erasure of items naming someone else’s record is a 422 on the items, files nothing and reveals nothing', async () => {
  const theirs = newestRecord('typical', 'transactions')
  const { client } = signedInClient('new')
  const filing = await apiFailure(
    client.request(endpoints.rightsRequests.create, {
      schema: RightsRequestSchema,
      body: {
        kind: 'erasure',
        scope: 'items',
        categories: [],
        items: [{ categoryId: 'transactions', recordId: theirs.id }],
      },
      idempotencyKey: crypto.randomUUID(),
    }),
  )
  expect(filing.status).toBe(422)
  expect(filing.fieldErrors).toEqual({ items: ['validation.rightsRequest.items.unknown'] })
  // The same answer as for an id that exists nowhere.
  const nowhere = await apiFailure(
    client.request(endpoints.rightsRequests.create, {
      schema: RightsRequestSchema,
      body: {
        kind: 'erasure',
        scope: 'items',
        categories: [],
        items: [{ categoryId: 'transactions', recordId: 'tx_none' }],
      },
      idempotencyKey: crypto.randomUUID(),
    }),
  )
  expect(nowhere.fieldErrors).toEqual(filing.fieldErrors)
  const preview = await apiFailure(
    client.request(endpoints.rightsRequests.erasurePreview, {
      schema: ErasurePreviewSchema,
      query: { scope: 'items', items: `transactions:${theirs.id}` },
    }),
  )
  expect(preview.status).toBe(404)
  const newUserId = findUserByEmail(demoAccount('new').email)?.id
  expect(db.rightsRequests.findMany((q) => q.where({ userId: newUserId }))).toHaveLength(0)
})

test('the preview of an item erasure keeps a transaction for its legal obligation until its own deletion date, and erases the rest', async () => {
  const transaction = newestRecord('typical', 'transactions')
  const cookie = newestRecord('typical', 'cookies')
  const { client } = signedInClient('typical')
  const preview = await client.request(endpoints.rightsRequests.erasurePreview, {
    schema: ErasurePreviewSchema,
    query: { scope: 'items', items: `transactions:${transaction.id},cookies:${cookie.id}` },
  })
  expect(preview.kept).toEqual([
    {
      categoryId: 'transactions',
      record: {
        categoryId: 'transactions',
        recordId: transaction.id,
        kindLabel: transaction.kindLabel,
        recordedAt: transaction.recordedAt,
      },
      keptFor: 'legal-obligations',
      retention: preview.kept[0]?.retention,
      keptUntil: transaction.deletionOn,
    },
  ])
  expect(preview.kept[0]?.retention?.fr).toMatch(/^10\u00a0ans après chaque transaction/)
  expect(preview.deleted).toEqual([
    {
      categoryId: 'cookies',
      record: {
        categoryId: 'cookies',
        recordId: cookie.id,
        kindLabel: cookie.kindLabel,
        recordedAt: cookie.recordedAt,
      },
    },
  ])
  expect(preview.closesAccount).toBe(false)
})

test('a completed item erasure names the records, erases the one not kept, and stores it as erased', async () => {
  const transaction = newestRecord('typical', 'transactions')
  const cookie = newestRecord('typical', 'cookies')
  const { client } = signedInClient('typical')
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
  const answered = await signedInClient('typical').client.request(endpoints.rightsRequests.detail, {
    schema: RightsRequestSchema,
    params: { requestId: filed.id },
  })
  expect(answered.status).toBe('completed')
  expect(answered.outcome?.kind === 'erasure' ? answered.outcome.statement.kept[0]?.record?.recordId : null).toBe(
    transaction.id,
  )
  const userId = findUserByEmail(demoAccount('typical').email)?.id
  expect(
    db.erasedRecords.all().map(({ userId: owner, categoryId, recordId }) => ({ owner, categoryId, recordId })),
  ).toEqual([{ owner: userId, categoryId: 'cookies', recordId: cookie.id }])

  // My data, asked again: the erased cookie is gone, the transaction kept for its legal obligation is still there.
  const { client: myData } = signedInClient('typical')
  const cookies = await myData.request(endpoints.profile.records, {
    schema: DataRecordPageSchema,
    params: { categoryId: 'cookies' },
  })
  expect(cookies.items.map((item) => item.id)).not.toContain(cookie.id)
  const kept = await myData.request(endpoints.profile.record, {
    schema: DataRecordSchema,
    params: { categoryId: 'transactions', recordId: transaction.id },
  })
  expect(kept.id).toBe(transaction.id)
})
