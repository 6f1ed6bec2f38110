import { expect, test } from 'vitest'

import { endpoints, toPath } from '#src/contract/endpoints'
import { DataRecordPageSchema, DataSummarySchema } from '#src/contract/profile'
import type { RetentionRule } from '#src/contract/register'
import { deletionDateFor } from '#src/mocks/my-data/retention'
import { signIn } from '#test/support/api-session'

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

// Checked against the mock's own rule, which the API suite (test/api/) cannot import: it runs against any backend.
test('served records and the summary carry the deletion date of their rule', async () => {
  const { fetch } = await signIn('large')
  const summary = DataSummarySchema.parse(await (await fetch(endpoints.profile.summary.path)).json())
  const transactions = summary.categories.find((entry) => entry.categoryId === 'transactions')
  expect(transactions?.nextDeletionOn).toBe(deletionDateFor(tenYears, transactions?.oldestAt ?? ''))
  const response = await fetch(`${toPath(endpoints.profile.records.path, { categoryId: 'transactions' })}?limit=50`)
  const page = DataRecordPageSchema.parse(await response.json())
  for (const record of page.items) expect(record.deletionOn).toBe(deletionDateFor(tenYears, record.recordedAt))
})
