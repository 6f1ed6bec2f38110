import { expect, test } from 'vitest'

import { clockStart } from '#src/mocks/clock'
import { db, resetDb } from '#src/mocks/db'
import { TransactionRecordSchema, UsageEventRecordSchema } from '#src/mocks/records'
import { demoAccounts } from '#src/mocks/seed/demo-accounts'
import { clearHistoryCache, getUserHistory } from '#src/mocks/seed/history'

function user(index: number) {
  const email = demoAccounts[index]?.email
  const record = db.users.findFirst((q) => q.where({ email }))
  if (!record) throw new Error(`No seeded user ${index}`)
  return record
}

test('the large account has at least 100,000 transactions spanning ten years', () => {
  const { transactions, usageEvents } = getUserHistory(user(1))
  expect(transactions.length).toBeGreaterThanOrEqual(100_000)
  expect(usageEvents.length).toBeGreaterThanOrEqual(20_000)
  const first = transactions[0]
  const last = transactions.at(-1)
  if (!first || !last) throw new Error('empty history')
  const spanDays = (new Date(last.occurredAt).getTime() - new Date(first.occurredAt).getTime()) / 86_400_000
  expect(spanDays).toBeGreaterThan(9.9 * 365)
  // Retention: transaction data is kept ten years, so nothing is older and nothing is in the future.
  expect(first.occurredAt >= '2016-11-28').toBe(true)
  expect(last.occurredAt <= clockStart.toISOString()).toBe(true)
  expect(TransactionRecordSchema.array().safeParse(transactions.slice(0, 500)).success).toBe(true)
  expect(UsageEventRecordSchema.array().safeParse(usageEvents.slice(-500)).success).toBe(true)
})

test('generation is deterministic', () => {
  clearHistoryCache()
  const first = getUserHistory(user(1))
  clearHistoryCache()
  const second = getUserHistory(user(1))
  expect(second).not.toBe(first)
  expect(second.transactions.length).toBe(first.transactions.length)
  for (const index of [0, 1, 4_242, 50_000, first.transactions.length - 1]) {
    expect(second.transactions[index]).toEqual(first.transactions[index])
  }
  expect(second.usageEvents.at(-1)).toEqual(first.usageEvents.at(-1))
  expect(second.customerService).toEqual(first.customerService)
})

test('the new account has almost nothing and the typical one a few hundred purchases', () => {
  const fresh = getUserHistory(user(2))
  expect(fresh.transactions.length).toBeLessThanOrEqual(1)
  expect(fresh.customerService).toHaveLength(0)
  const typical = getUserHistory(user(0))
  expect(typical.transactions.length).toBeGreaterThan(100)
  expect(typical.transactions.length).toBeLessThan(1_000)
})

test('customer-service records respect the policy retention periods', () => {
  const { customerService } = getUserHistory(user(1))
  const threeYearsAgo = new Date(clockStart)
  threeYearsAgo.setUTCFullYear(threeYearsAgo.getUTCFullYear() - 3)
  const oneMonthAgo = new Date(clockStart)
  oneMonthAgo.setUTCMonth(oneMonthAgo.getUTCMonth() - 1)
  for (const record of customerService) {
    expect(record.occurredAt >= threeYearsAgo.toISOString()).toBe(true)
    if (record.channel === 'voice_recording') expect(record.occurredAt >= oneMonthAgo.toISOString()).toBe(true)
  }
})

test('resetDb stays well under 50 ms and does not generate the large history', async () => {
  const started = performance.now()
  await resetDb()
  const elapsed = performance.now() - started
  expect(elapsed).toBeLessThan(50)
  expect(db.users.count()).toBe(3)
})

test('demo accounts use the reserved example.test domain', () => {
  expect(demoAccounts).toHaveLength(3)
  for (const account of demoAccounts) expect(account.email).toMatch(/@example\.test$/)
})
