import { expect, test } from 'vitest'
import { db } from '#src/mocks/db'
import { getUserHistory } from '#src/mocks/seed/history'
import { getUserHistory as oldHistory } from '#src/mocks/seed/zz-history-old'

test('same history', () => {
  for (const user of db.users.findMany()) {
    const a = oldHistory(user)
    const b = getUserHistory(user)
    expect(b.transactions).toEqual(a.transactions)
    expect(b.usageEvents).toEqual(a.usageEvents)
    expect(b.customerService).toEqual(a.customerService)
    console.log(user.historySeed, b.transactions.length, b.usageEvents.length, b.customerService.length)
  }
})
