import { expect, test } from 'vitest'

import { endpoints, toPath } from '#src/contract/endpoints'
import { DataRecordPageSchema, DataSummarySchema } from '#src/contract/profile'
import { ProcessingRegisterSchema, type RetentionRule } from '#src/contract/register'
import { anonymousFetch, signIn, type SignedIn } from '#test/support/api-session'
import { demoAccount } from '#test/support/demo-people'

/*
 * The register and My data over HTTP only: what each person may read, paging, filters, recordings. What
 * needs the server's clock (a recording deleted after its month) or a rule of the mock is in test/mocks/my-data/.
 */

function get(signedIn: SignedIn, path: string, query: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(query).toString()
  return signedIn.fetch(search === '' ? path : `${path}?${search}`)
}

async function page(signedIn: SignedIn, categoryId: string, query: Record<string, string> = {}) {
  const response = await get(signedIn, toPath(endpoints.profile.records.path, { categoryId }), query)
  expect(response.status).toBe(200)
  return DataRecordPageSchema.parse(await response.json())
}

async function summary(signedIn: SignedIn) {
  return DataSummarySchema.parse(await (await get(signedIn, endpoints.profile.summary.path)).json())
}

const tenYears: RetentionRule = { kind: 'fixed', period: { unit: 'year', count: 10 }, from: 'recorded' }
const oneMonth: RetentionRule = { kind: 'fixed', period: { unit: 'month', count: 1 }, from: 'recorded' }

test('the register describes every category with the retention the policy states, and needs a session', async () => {
  expect((await anonymousFetch(endpoints.register.get.path)).status).toBe(401)
  const typical = await signIn('typical')
  const register = ProcessingRegisterSchema.parse(await (await get(typical, endpoints.register.get.path)).json())
  expect(register.categories.map((category) => category.id)).toHaveLength(8)
  const retention = Object.fromEntries(register.categories.map((category) => [category.id, category.retention]))
  expect(retention.transactions).toEqual(tenYears)
  expect(retention['user-data']).toEqual({ kind: 'until-account-deleted', processedWithin: { unit: 'year', count: 5 } })
  expect(retention.cookies).toEqual({ kind: 'not-stated' })
  const customerService = register.categories.find((category) => category.id === 'customer-service')
  expect(customerService?.retentionByKind.find((entry) => entry.kind === 'voice-recording')?.retention).toEqual(
    oneMonth,
  )
  for (const purpose of register.purposes) {
    expect(purpose.legitimateInterest === null).toBe(purpose.legalBasis !== 'legitimate-interest')
  }
})

test('the summary counts every category; the large account holds over 100,000 transactions', async () => {
  const { categories } = await summary(await signIn('large'))
  const transactions = categories.find((entry) => entry.categoryId === 'transactions')
  expect(transactions?.count).toBeGreaterThanOrEqual(100_000)
  // One rule for every transaction: the next to go is the oldest one.
  expect(transactions?.nextDeletionOn).toBe(transactions?.oldestDeletionOn)
  expect(categories.find((entry) => entry.categoryId === 'user-data')?.count).toBeGreaterThanOrEqual(30_000)
})

test('records are paged by cursor, newest first, and each carries its deletion date', async () => {
  const large = await signIn('large')
  const first = await page(large, 'transactions', { limit: '50' })
  expect(first.items).toHaveLength(50)
  expect(first.total).toBeGreaterThanOrEqual(100_000)
  const second = await page(large, 'transactions', { limit: '50', cursor: first.nextCursor ?? '' })
  const [last] = first.items.slice(-1)
  expect((second.items[0]?.recordedAt ?? '') <= (last?.recordedAt ?? '')).toBe(true)
  expect(new Set([...first.items, ...second.items].map((record) => record.id)).size).toBe(100)
  for (const record of first.items) {
    expect(record.retention).toEqual(tenYears)
    expect(record.deletionOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  }
  const forged = await get(large, toPath(endpoints.profile.records.path, { categoryId: 'transactions' }), {
    cursor: 'forged',
  })
  expect(forged.status).toBe(400)
})

test('the server filters by date range and text and sorts oldest first on request', async () => {
  const typical = await signIn('typical')
  const inMarch = await page(typical, 'transactions', {
    from: '2025-03-01',
    to: '2025-03-31',
    sort: 'oldest',
    limit: '500',
  })
  expect(inMarch.total).toBeGreaterThan(0)
  expect(inMarch.items.every((record) => record.recordedAt.slice(0, 7) === '2025-03')).toBe(true)
  expect(inMarch.items.map((record) => record.recordedAt)).toEqual(
    inMarch.items.map((record) => record.recordedAt).sort(),
  )
  const refunds = await page(typical, 'transactions', { q: 'REMBOURSEMENT', limit: '500' })
  expect(refunds.total).toBeGreaterThan(0)
  expect(refunds.items.every((record) => record.kind === 'refund')).toBe(true)
  const reversed = await get(typical, toPath(endpoints.profile.records.path, { categoryId: 'transactions' }), {
    from: '2025-04-01',
    to: '2025-03-01',
  })
  expect(reversed.status).toBe(422)
  expect((await get(typical, toPath(endpoints.profile.records.path, { categoryId: 'salaries' }))).status).toBe(404)
})

test('the password is never returned, only when it last changed', async () => {
  const typical = await signIn('typical')
  const response = await get(typical, toPath(endpoints.profile.records.path, { categoryId: 'account' }))
  const text = await response.text()
  expect(text).not.toContain(demoAccount('typical').password)
  const [account] = DataRecordPageSchema.parse(JSON.parse(text)).items
  expect(account?.fields.find((field) => field.key === 'passwordChangedAt')?.value.type).toBe('datetime')
})

test('a voice recording is served as a short WAV sound', async () => {
  const typical = await signIn('typical')
  const recordings = await page(typical, 'customer-service', { q: 'enregistrement vocal' })
  const recording = recordings.items[0]
  expect(recording?.audio).not.toBeNull()
  const params = { categoryId: 'customer-service', recordId: recording?.id ?? '' }
  const audio = await get(typical, toPath(endpoints.profile.recordingAudio.path, params))
  expect(audio.headers.get('Content-Type')).toBe('audio/wav')
  expect((await audio.arrayBuffer()).byteLength).toBeLessThan(20_000)
})

test('another person cannot read a record by its id, and the new account holds almost nothing', async () => {
  const [mine] = (await page(await signIn('typical'), 'transactions', { limit: '1' })).items
  const newcomer = await signIn('new')
  const record = await get(
    newcomer,
    toPath(endpoints.profile.record.path, { categoryId: 'transactions', recordId: mine?.id ?? '' }),
  )
  expect(record.status).toBe(404)
  const { categories } = await summary(newcomer)
  expect(categories.find((entry) => entry.categoryId === 'transactions')?.count).toBe(1)
  expect(categories.find((entry) => entry.categoryId === 'customer-service')?.count).toBe(0)
})
