import fc from 'fast-check'
import { expect, test } from 'vitest'

import { AccountSchema, type Account } from '#src/contract/account'
import { SessionSchema } from '#src/contract/session'

const account: Account = {
  id: 'usr_1',
  name: 'Ada Lovelace',
  email: 'ada@example.test',
  createdAt: '2020-01-01T00:00:00.000Z',
  passwordChangedAt: '2021-01-01T00:00:00.000Z',
  lastSignInAt: null,
}
const fields = Object.keys(account)

// Response schemas are strict on types, tolerant of additions, so a backend can add fields without breaking us.
test('an added unknown field is ignored and the known ones come through unchanged', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1 }).filter((key) => !fields.includes(key) && key !== '__proto__'),
      fc.jsonValue(),
      (key, value) => {
        const result = AccountSchema.safeParse({ ...account, [key]: value })
        expect(result.success).toBe(true)
        expect(result.data).toEqual(account)
      },
    ),
    { numRuns: 1000 },
  )
})

test('a missing required field is refused', () => {
  fc.assert(
    fc.property(fc.constantFrom(...fields), (field) => {
      const { [field]: _removed, ...broken } = account as Record<string, unknown>
      expect(AccountSchema.safeParse(broken).success).toBe(false)
    }),
  )
})

test('a field of the wrong type is refused, and dates must be ISO strings', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...fields.filter((field) => field !== 'lastSignInAt')),
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.double()),
      (field, value) => {
        expect(AccountSchema.safeParse({ ...account, [field]: value }).success).toBe(false)
      },
    ),
    { numRuns: 1000 },
  )
  expect(AccountSchema.safeParse({ ...account, createdAt: '01/01/2020' }).success).toBe(false)
})

test('whatever JSON arrives, parsing a session never throws', () => {
  fc.assert(
    fc.property(fc.anything(), (value) => {
      expect(() => SessionSchema.safeParse(value)).not.toThrow()
    }),
    { numRuns: 1000 },
  )
})
