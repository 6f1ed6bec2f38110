import { expect, test } from 'vitest'

import { en } from '#src/lib/i18n/catalogues/en'
import { fr } from '#src/lib/i18n/catalogues/fr'
import type { Message } from '#src/lib/i18n/message'

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message)
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')))].sort()
}

test('French and English have exactly the same keys', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort())
})

test('each message has the same placeholders and the same kind (text or plural) in both languages', () => {
  for (const [key, french] of Object.entries(fr)) {
    const english = (en as Record<string, Message>)[key]
    expect(english, key).toBeDefined()
    if (english === undefined) continue
    expect(typeof english, key).toBe(typeof french)
    expect(placeholders(english), key).toEqual(placeholders(french))
  }
})

test('no message is left empty', () => {
  for (const [key, message] of [...Object.entries(fr), ...Object.entries(en)]) {
    const texts = typeof message === 'string' ? [message] : Object.values(message)
    for (const text of texts) expect(text.trim(), key).not.toBe('')
  }
})

test('every validation message key the contract uses has a text, so the server and the form say the same', () => {
  const sources = import.meta.glob<string>('/src/contract/*.ts', { query: '?raw', import: 'default', eager: true })
  const keys = Object.values(sources).flatMap((source) =>
    [...source.matchAll(/'(validation\.[\w.]+)'/g)].map((m) => m[1]),
  )
  expect(keys.length).toBeGreaterThan(0)
  for (const key of keys) expect(Object.keys(fr), key).toContain(key)
})
