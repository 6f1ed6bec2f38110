import fc from 'fast-check'
import { expect, test } from 'vitest'

import { safeHref } from '#src/lib/safe-href'

const crafted = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '\tjavascript:alert(1)',
  ' javascript:alert(1)',
  'java\u0000script:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.test',
  '/\\evil.test',
  'http://exemple.fr',
  '/relative/path',
  'mailto:dpo@exemple.fr',
]

test('only https URLs come back, for any input', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.constantFrom(...crafted), fc.webUrl()), (value) => {
      const result = safeHref(value)
      expect(result === null || new URL(result).protocol === 'https:').toBe(true)
    }),
  )
  for (const value of crafted) expect(safeHref(value)).toBeNull()
})

test('https URLs are kept, normalised, and mailto only when allowed', () => {
  expect(safeHref('  https://www.CNIL.fr/path?q=1 ')).toBe('https://www.cnil.fr/path?q=1')
  expect(safeHref('mailto:dpo@exemple.fr')).toBeNull()
  expect(safeHref('mailto:dpo@exemple.fr', { allowMailto: true })).toBe('mailto:dpo@exemple.fr')
  expect(safeHref('javascript:alert(1)', { allowMailto: true })).toBeNull()
})
