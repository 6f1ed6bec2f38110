import { expect, test } from 'vitest'

import { CreateRightsRequestBodySchema } from '#src/contract/rights-requests'

function errorsOf(value: unknown): Record<string, string[]> {
  const result = CreateRightsRequestBodySchema.safeParse(value)
  if (result.success) return {}
  const errors: Record<string, string[]> = {}
  for (const issue of result.error.issues) (errors[issue.path.join('.')] ??= []).push(issue.message)
  return errors
}

test('each right has its own body, told apart by its kind', () => {
  expect(errorsOf({ kind: 'portability' })).toEqual({})
  expect(errorsOf({ kind: 'access', scope: 'all', categories: [] })).toEqual({})
  expect(errorsOf({ kind: 'complaint' })).not.toEqual({})
})

test('a scope of chosen categories needs at least one category', () => {
  expect(errorsOf({ kind: 'erasure', scope: 'categories', categories: [] })).toEqual({
    categories: ['validation.rightsRequest.categories.required'],
  })
  expect(errorsOf({ kind: 'erasure', scope: 'categories', categories: ['cookies'] })).toEqual({})
})

test('an objection needs grounds, except to direct marketing, which is absolute (Art. 21(3))', () => {
  expect(errorsOf({ kind: 'objection', purposeId: 'analytics', grounds: '   ' })).toEqual({
    grounds: ['validation.rightsRequest.grounds.required'],
  })
  expect(errorsOf({ kind: 'objection', purposeId: 'tailored-advertising' })).toEqual({})
  // Only legitimate-interest purposes can be objected to here; consent is withdrawn in Consents.
  expect(errorsOf({ kind: 'objection', purposeId: 'group-marketing', grounds: 'x' })).toEqual({
    purposeId: ['validation.rightsRequest.purposeId.required'],
  })
})

test('free text is trimmed and limited to 2,000 code points', () => {
  const parsed = CreateRightsRequestBodySchema.parse({
    kind: 'rectification',
    categoryId: 'account',
    recordId: 'u1',
    field: 'name',
    correctValue: '  Noé  ',
  })
  expect(parsed).toMatchObject({ correctValue: 'Noé' })
  expect(
    errorsOf({
      kind: 'rectification',
      categoryId: 'account',
      recordId: 'u1',
      field: 'name',
      correctValue: 'a'.repeat(2001),
    }),
  ).toEqual({ correctValue: ['validation.rightsRequest.correctValue.tooLong'] })
})

test('fields the server owns are stripped from the body (no mass assignment)', () => {
  const parsed = CreateRightsRequestBodySchema.parse({
    kind: 'access',
    scope: 'all',
    categories: [],
    userId: 'someone-else',
    status: 'completed',
  })
  expect(Object.keys(parsed).sort()).toEqual(['categories', 'kind', 'scope'])
})

test('an erasure of items names at least one record, each by a known category and an id, and at most 50', () => {
  const item = { categoryId: 'transactions', recordId: 'tx_1' }
  expect(errorsOf({ kind: 'erasure', scope: 'items', categories: [], items: [item] })).toEqual({})
  expect(errorsOf({ kind: 'erasure', scope: 'items', categories: [], items: [] })).toEqual({
    items: ['validation.rightsRequest.items.required'],
  })
  expect(errorsOf({ kind: 'erasure', scope: 'items', categories: [] })).toEqual({
    items: ['validation.rightsRequest.items.required'],
  })
  expect(
    Object.keys(
      errorsOf({ kind: 'erasure', scope: 'items', categories: [], items: [{ categoryId: 'x', recordId: '' }] }),
    ),
  ).toEqual(expect.arrayContaining(['items.0.categoryId', 'items.0.recordId']))
  expect(errorsOf({ kind: 'erasure', scope: 'items', categories: [], items: Array(51).fill(item) })).toEqual({
    items: ['validation.rightsRequest.items.tooMany'],
  })
  // Other rights keep "everything or categories": items are erasure's only.
  expect(errorsOf({ kind: 'access', scope: 'items', categories: [] })).toHaveProperty('scope')
})
