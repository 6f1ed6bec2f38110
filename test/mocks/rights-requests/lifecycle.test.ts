import { expect, test } from 'vitest'

import {
  advanceRightsRequest,
  canCancel,
  getDaysLeft,
  getErasurePreview,
  getStatutoryDueDate,
  isLawfulExtension,
  planForNewRequest,
  toRightsRequestSummary,
} from '#src/mocks/rights-requests/lifecycle'
import type { RightsRequestRecord } from '#src/mocks/rights-requests/records'

const receivedAt = new Date('2027-01-31T10:00:00.000Z')

function newRecord(body: RightsRequestRecord['body']): RightsRequestRecord {
  return {
    id: 'rr_1',
    reference: 'DRT-2027-000001',
    userId: 'user_1',
    kind: body.kind,
    receivedAt: receivedAt.toISOString(),
    initialDueDate: getStatutoryDueDate(receivedAt),
    body,
    erasureStatement: null,
    events: [{ kind: 'received', at: receivedAt.toISOString() }],
    messages: [],
    plan: planForNewRequest(body, receivedAt, null),
    outcome: null,
  }
}

test('the answer is due one calendar month after receipt, clamped to the month’s end (Art. 12(3))', () => {
  expect(getStatutoryDueDate(new Date('2026-11-28T09:00:00Z'))).toBe('2026-12-28')
  expect(getStatutoryDueDate(receivedAt)).toBe('2027-02-28')
})

test('an extension is lawful only with a reason, told within the first month, and at most three months after receipt', () => {
  const reason = { fr: 'Volume', en: 'Volume' }
  expect(isLawfulExtension(receivedAt, { at: '2027-02-20T00:00:00Z', reason, newDueDate: '2027-04-30' })).toBe(true)
  expect(isLawfulExtension(receivedAt, { at: '2027-02-20T00:00:00Z', reason, newDueDate: '2027-05-01' })).toBe(false)
  expect(isLawfulExtension(receivedAt, { at: '2027-03-01T00:00:00Z', reason, newDueDate: '2027-04-30' })).toBe(false)
  expect(isLawfulExtension(receivedAt, { at: '2027-02-20T00:00:00Z', newDueDate: '2027-04-30' })).toBe(false)
})

test('days left count calendar days to the due date, negative once overdue', () => {
  expect(getDaysLeft(new Date('2026-11-28T23:59:00Z'), '2026-12-28')).toBe(30)
  expect(getDaysLeft(new Date('2026-12-28T08:00:00Z'), '2026-12-28')).toBe(0)
  expect(getDaysLeft(new Date('2027-01-02T08:00:00Z'), '2026-12-28')).toBe(-5)
})

test('a request moves along its plan as the clock passes each step, and can be cancelled only until work starts', () => {
  const record = newRecord({ kind: 'restriction', ground: 'legal-claim', scope: 'all', categories: [] })
  const atReceipt = advanceRightsRequest(record, receivedAt).record
  expect(atReceipt.events.map((event) => event.kind)).toEqual(['received', 'identity-confirmed'])
  expect(canCancel(atReceipt)).toBe(true)

  const started = advanceRightsRequest(atReceipt, new Date('2027-02-03T10:00:00Z')).record
  expect(toRightsRequestSummary(started, new Date('2027-02-03T10:00:00Z')).status).toBe('in-progress')
  expect(canCancel(started)).toBe(false)

  const done = advanceRightsRequest(started, new Date('2027-03-31T10:00:00Z'))
  expect(done.reached.map((step) => step.kind)).toEqual(['completed'])
  const summary = toRightsRequestSummary(done.record, new Date('2027-03-31T10:00:00Z'))
  expect(summary.status).toBe('completed')
  expect(summary.isOverdue).toBe(false)
  expect(summary.closedAt).toBe('2027-02-07T10:00:00.000Z')
})

test('an objection to direct marketing is completed on receipt', () => {
  const record = newRecord({ kind: 'objection', purposeId: 'tailored-advertising' })
  const { record: advanced } = advanceRightsRequest(record, receivedAt)
  expect(toRightsRequestSummary(advanced, receivedAt).status).toBe('completed')
  expect(advanced.outcome?.kind).toBe('applied')
})

test('an open request past its due date is overdue', () => {
  const record = { ...newRecord({ kind: 'portability' }), plan: [] }
  expect(toRightsRequestSummary(record, new Date('2027-03-01T00:00:00Z'))).toMatchObject({
    status: 'received',
    isOverdue: true,
    daysLeft: -1,
  })
})

test('erasure keeps transactions ten years for a legal obligation and closes the account when it is included', () => {
  const preview = getErasurePreview('all', [], { transactions: '2026-01-15T12:00:00.000Z' })
  expect(preview.closesAccount).toBe(true)
  expect(preview.kept).toEqual([
    expect.objectContaining({ categoryId: 'transactions', keptFor: 'legal-obligations', keptUntil: '2036-01-15' }),
  ])
  // No customer-service history: nothing to keep for legal claims.
  expect(preview.deleted.map((item) => item.categoryId)).toContain('customer-service')
  expect(getErasurePreview('categories', ['cookies'], {})).toEqual({
    deleted: [{ categoryId: 'cookies' }],
    kept: [],
    closesAccount: false,
  })
})
