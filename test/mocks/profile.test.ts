import { expect, test } from 'vitest'

import { env } from '#src/config/env'
import { endpoints, toPath } from '#src/contract/endpoints'
import { DataRecordPageSchema, DataRecordSchema, DataSummarySchema } from '#src/contract/profile'
import { ProcessingRegisterSchema, type RetentionRule } from '#src/contract/register'
import { applyRectification } from '#src/mocks/effects/rectification'
import { deletionDateFor } from '#src/mocks/my-data/retention'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { demoAccounts } from '#src/mocks/session/demo-accounts'
import { createSession } from '#src/mocks/session/test-controls'

const base = env.apiBaseUrl.replace(/\/+$/, '')
const [typical, large, newcomer] = demoAccounts

function get(path: string, query: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`${base}${path}`)
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  return fetch(url)
}

function signIn(account: (typeof demoAccounts)[number] | undefined) {
  if (!account) throw new Error('missing demo account')
  return createSession(account.email)
}

async function page(categoryId: string, query: Record<string, string> = {}) {
  const response = await get(toPath(endpoints.profile.records.path, { categoryId }), query)
  expect(response.status).toBe(200)
  return DataRecordPageSchema.parse(await response.json())
}

const tenYears: RetentionRule = { kind: 'fixed', period: { unit: 'year', count: 10 }, from: 'recorded' }
const oneMonth: RetentionRule = { kind: 'fixed', period: { unit: 'month', count: 1 }, from: 'recorded' }

test('deletion dates count calendar periods from the recording, and data without a period has no date', () => {
  expect(deletionDateFor(tenYears, '2020-02-29T10:00:00.000Z')).toBe('2030-02-28')
  expect(deletionDateFor(oneMonth, '2026-01-31T23:30:00.000Z')).toBe('2026-02-28')
  expect(
    deletionDateFor(
      { kind: 'until-account-deleted', processedWithin: { unit: 'year', count: 5 } },
      '2026-01-01T00:00:00.000Z',
    ),
  ).toBeNull()
  expect(deletionDateFor({ kind: 'not-stated' }, '2026-01-01T00:00:00.000Z')).toBeNull()
})

test('the register describes every category with the retention the policy states, and needs a session', async () => {
  expect((await get(endpoints.register.get.path)).status).toBe(401)
  signIn(typical)
  const register = ProcessingRegisterSchema.parse(await (await get(endpoints.register.get.path)).json())
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
  signIn(large)
  const summary = DataSummarySchema.parse(await (await get(endpoints.profile.summary.path)).json())
  const transactions = summary.categories.find((entry) => entry.categoryId === 'transactions')
  expect(transactions?.count).toBeGreaterThanOrEqual(100_000)
  expect(transactions?.nextDeletionOn).toBe(deletionDateFor(tenYears, transactions?.oldestAt ?? ''))
  expect(summary.categories.find((entry) => entry.categoryId === 'user-data')?.count).toBeGreaterThanOrEqual(30_000)
})

test('records are paged by cursor, newest first, and each carries its deletion date', async () => {
  signIn(large)
  const first = await page('transactions', { limit: '50' })
  expect(first.items).toHaveLength(50)
  expect(first.total).toBeGreaterThanOrEqual(100_000)
  const second = await page('transactions', { limit: '50', cursor: first.nextCursor ?? '' })
  const [last] = first.items.slice(-1)
  expect((second.items[0]?.recordedAt ?? '') <= (last?.recordedAt ?? '')).toBe(true)
  expect(new Set([...first.items, ...second.items].map((record) => record.id)).size).toBe(100)
  for (const record of first.items) expect(record.deletionOn).toBe(deletionDateFor(tenYears, record.recordedAt))
  expect(
    (await get(toPath(endpoints.profile.records.path, { categoryId: 'transactions' }), { cursor: 'forged' })).status,
  ).toBe(400)
})

test('the server filters by date range and text and sorts oldest first on request', async () => {
  signIn(typical)
  const inMarch = await page('transactions', { from: '2025-03-01', to: '2025-03-31', sort: 'oldest', limit: '500' })
  expect(inMarch.total).toBeGreaterThan(0)
  expect(inMarch.items.every((record) => record.recordedAt.slice(0, 7) === '2025-03')).toBe(true)
  expect(inMarch.items.map((record) => record.recordedAt)).toEqual(
    inMarch.items.map((record) => record.recordedAt).sort(),
  )
  const refunds = await page('transactions', { q: 'REMBOURSEMENT', limit: '500' })
  expect(refunds.total).toBeGreaterThan(0)
  expect(refunds.items.every((record) => record.kind === 'refund')).toBe(true)
  const reversed = await get(toPath(endpoints.profile.records.path, { categoryId: 'transactions' }), {
    from: '2025-04-01',
    to: '2025-03-01',
  })
  expect(reversed.status).toBe(422)
  expect((await get(toPath(endpoints.profile.records.path, { categoryId: 'salaries' }))).status).toBe(404)
})

test('the password is never returned, only when it last changed', async () => {
  signIn(typical)
  const response = await get(toPath(endpoints.profile.records.path, { categoryId: 'account' }))
  const text = await response.text()
  expect(text).not.toContain(typical?.password ?? 'missing')
  const [account] = DataRecordPageSchema.parse(JSON.parse(text)).items
  expect(account?.fields.find((field) => field.key === 'passwordChangedAt')?.value.type).toBe('datetime')
})

test('voice recordings are playable, then gone once their month has passed', async () => {
  signIn(typical)
  const recordings = await page('customer-service', { q: 'enregistrement vocal' })
  const recording = recordings.items[0]
  expect(recording?.audio).not.toBeNull()
  const params = { categoryId: 'customer-service', recordId: recording?.id ?? '' }
  const audio = await get(toPath(endpoints.profile.recordingAudio.path, params))
  expect(audio.headers.get('Content-Type')).toBe('audio/wav')
  expect((await audio.arrayBuffer()).byteLength).toBeLessThan(20_000)
  mockClock.advance({ months: 1, days: 1 })
  signIn(typical)
  expect((await get(toPath(endpoints.profile.record.path, params))).status).toBe(404)
  expect((await page('customer-service', { q: 'enregistrement vocal' })).total).toBe(0)
})

test('a completed rectification shows the corrected value from then on', async () => {
  const user = db.users.findFirst((q) => q.where({ email: typical?.email ?? '' }))
  await applyRectification(user?.id ?? '', 'account', 'account', 'name', 'Zyx Q. Corrected')
  await expect(applyRectification(user?.id ?? '', 'account', 'account', 'salary', 'x')).rejects.toThrow()
  await expect(applyRectification(user?.id ?? '', 'transactions', 'txn_nope', 'description', 'x')).rejects.toThrow()
  signIn(typical)
  const response = await get(toPath(endpoints.profile.record.path, { categoryId: 'account', recordId: 'account' }))
  const record = DataRecordSchema.parse(await response.json())
  expect(record.fields.find((field) => field.key === 'name')).toMatchObject({
    value: { type: 'text', value: 'Zyx Q. Corrected' },
    correctedAt: mockClock.now().toISOString(),
  })
})

test('another person cannot read a record by its id, and the new account holds almost nothing', async () => {
  signIn(typical)
  const [mine] = (await page('transactions', { limit: '1' })).items
  signIn(newcomer)
  expect(
    (await get(toPath(endpoints.profile.record.path, { categoryId: 'transactions', recordId: mine?.id ?? '' }))).status,
  ).toBe(404)
  const summary = DataSummarySchema.parse(await (await get(endpoints.profile.summary.path)).json())
  expect(summary.categories.find((entry) => entry.categoryId === 'transactions')?.count).toBe(1)
  expect(summary.categories.find((entry) => entry.categoryId === 'customer-service')?.count).toBe(0)
})
