import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { DataRecordPageSchema, type DataRecord } from '#src/contract/profile'
import type { DataCategoryId } from '#src/contract/register'
import {
  ErasurePreviewSchema,
  RightsRequestCopySchema,
  RightsRequestListSchema,
  RightsRequestSchema,
} from '#src/contract/rights-requests'
import type { ApiClient } from '#src/lib/api-client'
import { apiFailure } from '#test/support/api-failure'
import { signIn } from '#test/support/api-session'
import { demoAccount } from '#test/support/demo-people'

/*
 * The rights-request endpoints over HTTP only: who may see what, when a request can be cancelled, erasure
 * previews, idempotency. What needs the server's clock (a request answered weeks later), step-up or the
 * mailbox is in test/mocks/rights-requests/.
 */

function list(client: ApiClient) {
  return client.request(endpoints.rightsRequests.list, { schema: RightsRequestListSchema })
}

/** The newest record of a category still held for the signed-in person, as My data serves it. */
async function newestRecord(client: ApiClient, categoryId: DataCategoryId): Promise<DataRecord> {
  const page = await client.request(endpoints.profile.records, {
    schema: DataRecordPageSchema,
    params: { categoryId },
    query: { limit: 1, sort: 'newest' },
  })
  const [record] = page.items
  if (!record) throw new Error(`No ${categoryId} record`)
  return record
}

test('a person cannot see or cancel someone else’s request: the answer is the same 404 as for none', async () => {
  const { client: typical } = await signIn('typical')
  const filed = await typical.request(endpoints.rightsRequests.create, {
    schema: RightsRequestSchema,
    body: { kind: 'access', scope: 'all', categories: [] },
    idempotencyKey: crypto.randomUUID(),
  })
  expect(filed.status).toBe('received')

  const { client: other } = await signIn('new')
  for (const requestId of [filed.id, 'rr_nope']) {
    const seen = await apiFailure(
      other.request(endpoints.rightsRequests.detail, { schema: RightsRequestSchema, params: { requestId } }),
    )
    expect([seen.status, seen.code]).toEqual([404, 'not_found'])
    const cancelled = await apiFailure(
      other.request(endpoints.rightsRequests.cancel, { schema: RightsRequestSchema, params: { requestId } }),
    )
    expect(cancelled.status).toBe(404)
  }

  const { client: owner } = await signIn('typical')
  const detail = await owner.request(endpoints.rightsRequests.detail, {
    schema: RightsRequestSchema,
    params: { requestId: filed.id },
  })
  expect(detail.status).not.toBe('cancelled')
})

test('a request can be cancelled until the team starts on it, and not after (409)', async () => {
  const { client } = await signIn('typical')
  const started = (await list(client)).requests.find((request) => request.status !== 'received')?.id ?? ''
  const error = await apiFailure(
    client.request(endpoints.rightsRequests.cancel, { schema: RightsRequestSchema, params: { requestId: started } }),
  )
  expect(error.status).toBe(409)

  const filed = await client.request(endpoints.rightsRequests.create, {
    schema: RightsRequestSchema,
    body: { kind: 'portability' },
    idempotencyKey: crypto.randomUUID(),
  })
  expect(filed.canCancel).toBe(true)
  const cancelled = await client.request(endpoints.rightsRequests.cancel, {
    schema: RightsRequestSchema,
    params: { requestId: filed.id },
  })
  expect([cancelled.status, cancelled.canCancel]).toEqual(['cancelled', false])
})

test('the same Idempotency-Key gives back the same request instead of filing a second', async () => {
  const { client } = await signIn('new')
  const before = (await list(client)).requests.length
  const options = {
    schema: RightsRequestSchema,
    body: { kind: 'portability' },
    idempotencyKey: crypto.randomUUID(),
  }
  const first = await client.request(endpoints.rightsRequests.create, options)
  const second = await client.request(endpoints.rightsRequests.create, options)
  expect(second.id).toBe(first.id)
  expect((await list(client)).requests).toHaveLength(before + 1)
})

test('the copy of an answered access request holds the person’s data by category, and nobody else’s', async () => {
  const { client } = await signIn('large')
  const answered = (await list(client)).requests.find((request) => request.kind === 'access')?.id ?? ''
  const copy = await client.request(endpoints.rightsRequests.copy, {
    schema: RightsRequestCopySchema,
    params: { requestId: answered },
  })
  expect(copy.categories.map((category) => category.categoryId)).toEqual(['account', 'connection-data'])
  expect(copy.categories[0]?.records[0]).toMatchObject({ email: demoAccount('large').email })
  expect(JSON.stringify(copy)).not.toContain(demoAccount('typical').email)
})

test('an erasure of items naming someone else’s record is a 422 on the items, files nothing and reveals nothing', async () => {
  const theirs = await newestRecord((await signIn('typical')).client, 'transactions')
  const { client } = await signIn('new')
  const before = (await list(client)).requests.length
  const fileErasureOf = (recordId: string) =>
    apiFailure(
      client.request(endpoints.rightsRequests.create, {
        schema: RightsRequestSchema,
        body: { kind: 'erasure', scope: 'items', categories: [], items: [{ categoryId: 'transactions', recordId }] },
        idempotencyKey: crypto.randomUUID(),
      }),
    )
  const filing = await fileErasureOf(theirs.id)
  expect(filing.status).toBe(422)
  expect(filing.fieldErrors).toEqual({ items: ['validation.rightsRequest.items.unknown'] })
  // The same answer as for an id that exists nowhere.
  expect((await fileErasureOf('tx_none')).fieldErrors).toEqual(filing.fieldErrors)
  const preview = await apiFailure(
    client.request(endpoints.rightsRequests.erasurePreview, {
      schema: ErasurePreviewSchema,
      query: { scope: 'items', items: `transactions:${theirs.id}` },
    }),
  )
  expect(preview.status).toBe(404)
  expect((await list(client)).requests).toHaveLength(before)
})

test('the preview of an item erasure keeps a transaction for its legal obligation until its own deletion date, and erases the rest', async () => {
  const { client } = await signIn('typical')
  const transaction = await newestRecord(client, 'transactions')
  const cookie = await newestRecord(client, 'cookies')
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
