import { expect, test } from 'vitest'

import { policy } from '#src/lib/i18n/catalogues/fr/policy'
import type { Message } from '#src/lib/i18n/message'

function texts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message)
}

test('the policy area’s French follows French typography: no-break spaces before : ; ? ! and inside « », curly apostrophes', () => {
  for (const [key, message] of Object.entries(policy)) {
    for (const text of texts(message)) {
      expect(text, key).not.toMatch(/[^\u00a0][:;?!](\s|$)/)
      expect(text, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»/)
      expect(text, key).not.toContain("'")
    }
  }
})
