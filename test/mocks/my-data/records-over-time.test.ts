import { expect, test } from 'vitest'

import { endpoints, toPath } from '#src/contract/endpoints'
import { DataRecordPageSchema, DataRecordSchema } from '#src/contract/profile'
import { applyRectification } from '#src/mocks/effects/rectification'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { signIn } from '#test/support/api-session'
import { demoAccount } from '#test/support/demo-people'

/*
 * My data as the mock's clock moves and its effects apply. Mock only: moving the server's clock and applying an
 * effect directly cannot be done over HTTP (test/api/ holds what can).
 */

test('voice recordings are playable, then gone once their month has passed', async () => {
  const typical = await signIn('typical')
  const search = `${toPath(endpoints.profile.records.path, { categoryId: 'customer-service' })}?q=enregistrement+vocal`
  const recordings = DataRecordPageSchema.parse(await (await typical.fetch(search)).json())
  const recording = recordings.items[0]
  expect(recording?.audio).not.toBeNull()
  const params = { categoryId: 'customer-service', recordId: recording?.id ?? '' }
  expect((await typical.fetch(toPath(endpoints.profile.recordingAudio.path, params))).status).toBe(200)
  mockClock.advance({ months: 1, days: 1 })
  const later = await signIn('typical')
  expect((await later.fetch(toPath(endpoints.profile.record.path, params))).status).toBe(404)
  expect(DataRecordPageSchema.parse(await (await later.fetch(search)).json()).total).toBe(0)
})

test('a completed rectification shows the corrected value from then on', async () => {
  const user = db.users.findFirst((q) => q.where({ email: demoAccount('typical').email }))
  await applyRectification(user?.id ?? '', 'account', 'account', 'name', 'Zyx Q. Corrected')
  await expect(applyRectification(user?.id ?? '', 'account', 'account', 'salary', 'x')).rejects.toThrow()
  await expect(applyRectification(user?.id ?? '', 'transactions', 'txn_nope', 'description', 'x')).rejects.toThrow()
  const { fetch } = await signIn('typical')
  const response = await fetch(toPath(endpoints.profile.record.path, { categoryId: 'account', recordId: 'account' }))
  const record = DataRecordSchema.parse(await response.json())
  expect(record.fields.find((field) => field.key === 'name')).toMatchObject({
    value: { type: 'text', value: 'Zyx Q. Corrected' },
    correctedAt: mockClock.now().toISOString(),
  })
})
