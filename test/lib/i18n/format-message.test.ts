import { expect, test } from 'vitest'

import { formatMessage } from '#src/lib/i18n/message'

test('plural forms follow each language’s rules: French treats 0 and 1 as singular, English only 1', () => {
  const message = { one: '{count} item', other: '{count} items' }
  expect(formatMessage('fr', message, { count: 0 })).toBe('0 item')
  expect(formatMessage('en', message, { count: 0 })).toBe('0 items')
  expect(formatMessage('en', message, { count: 1 })).toBe('1 item')
})

test('counts are written with the locale’s digit grouping', () => {
  const message = { one: '{count} transaction', other: '{count} transactions' }
  expect(formatMessage('fr', message, { count: 100000 })).toBe('100\u202f000 transactions')
  expect(formatMessage('en', message, { count: 100000 })).toBe('100,000 transactions')
})

test('placeholders are filled and unknown ones left visible rather than silently dropped', () => {
  expect(formatMessage('en', 'Hello {name}, {missing}', { name: 'Ada' })).toBe('Hello Ada, {missing}')
})
