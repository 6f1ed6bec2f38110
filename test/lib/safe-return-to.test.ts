import fc from 'fast-check'
import { expect, test } from 'vitest'

import { safeReturnTo } from '#src/lib/safe-return-to'

const origin = 'https://privacy-centre.invalid'

test.each([
  ['/', '/'],
  ['/consents?tab=history', '/consents?tab=history'],
  ['/requests/42#timeline', '/requests/42#timeline'],
])('keeps the same-origin path %s', (input, expected) => {
  expect(safeReturnTo(input)).toBe(expected)
})

test.each([
  '//evil.test',
  '/\\evil.test',
  'https://evil.test/',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '\tjavascript:alert(1)',
  'java\u0000script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '/\t/evil.test',
  '',
  'relative/path',
])('refuses %j and falls back to the overview', (input) => {
  expect(safeReturnTo(input)).toBe('/')
})

test('whatever the input, the destination stays on this origin', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.webUrl(),
        fc.string().map((s) => `/${s}`),
      ),
      (input) => {
        const result = safeReturnTo(input)
        expect(result.startsWith('/')).toBe(true)
        expect(new URL(result, origin).origin).toBe(origin)
      },
    ),
    { numRuns: 1000 },
  )
})
