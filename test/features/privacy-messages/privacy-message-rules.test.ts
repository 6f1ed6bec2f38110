import fc from 'fast-check'
import { expect, test } from 'vitest'

import {
  CreatePrivacyMessageBodySchema,
  PrivacyMessageTextSchema,
  privacyMessageMaxCharacters as max,
} from '#src/contract/privacy-messages'
import { getAnswerDueBy, getNextReference } from '#src/mocks/contact/handlers'

/*
 * The free-text rules of a message to the privacy team (OWASP free-form Unicode). The schema is the one
 * the form's resolver and the mock server both use, so these are the rules on both sides.
 * Each property runs 1,000 times; fast-check prints the seed and the shrunk counterexample on failure,
 * and any counterexample found is kept below as a fixed case.
 */
const numRuns = 1000

const codePoints = (text: string) => Array.from(text).length

/** Every code point the rules forbid, by range (controls, lone surrogates, bidi embeddings, overrides, isolates). */
const forbiddenRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0008],
  [0x000b, 0x000c],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xd800, 0xdfff], // lone surrogates, when inserted alone
]
const forbiddenCodeUnit = fc
  .constantFrom(...forbiddenRanges)
  .chain(([from, to]) => fc.integer({ min: from, max: to }))
  .map((unit) => String.fromCharCode(unit))

function isForbidden(char: string): boolean {
  const unit = char.codePointAt(0) ?? 0
  return char.length === 1 && forbiddenRanges.some(([from, to]) => unit >= from && unit <= to)
}

/** Any text a person may send: graphemes of any script, no forbidden code point, something left after trimming. */
const acceptableText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
  .filter((text) => !Array.from(text).some(isForbidden) && text.trim().length > 0)

test('a message is rejected when it contains NUL, a control character, a lone surrogate or a bidi override', () => {
  for (const text of [
    '\u0000',
    'a\u0007b',
    '\u0085',
    '\uD800',
    'a\uDC00b',
    'x\u007f',
    'a\u202Eb',
    'a\u2066b',
    'a\u000Bb',
  ]) {
    const result = PrivacyMessageTextSchema.safeParse(text)
    expect(result.success, JSON.stringify(text)).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      'validation.privacyMessage.message.forbiddenCharacters',
    )
  }
})

test('a message keeps markup-like text, accents, RTL scripts, emoji, tabs and line breaks as written', () => {
  for (const text of [
    '<script>alert(1)</script>',
    `"quoted" & 'apostrophe' <b>`,
    'Ünïcödé',
    'مرحبا 123',
    '👩‍👩‍👧‍👦',
    'שלום\u200F!',
    'a\tb\r\nc',
  ]) {
    expect(PrivacyMessageTextSchema.parse(text)).toBe(text)
  }
})

test('a message is trimmed and stored in NFC, so "e" + combining accent and "é" are the same text', () => {
  expect(PrivacyMessageTextSchema.parse('e\u0301')).toBe('é')
  expect(PrivacyMessageTextSchema.parse('  Cafe\u0301 \n')).toBe(PrivacyMessageTextSchema.parse('Caf\u00e9'))
  expect(PrivacyMessageTextSchema.parse(' \t e\u0301 \n')).toBe('\u00e9')
})

test('an empty or blank message asks the person to enter one, in the contract’s words', () => {
  for (const body of [{ topic: 'rights', message: '' }, { topic: 'rights', message: ' \n\t ' }, { topic: 'rights' }]) {
    const result = CreatePrivacyMessageBodySchema.safeParse(body)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['message'], message: 'validation.privacyMessage.message.required' }),
    ])
  }
  expect(CreatePrivacyMessageBodySchema.safeParse({ topic: 'weather', message: 'Bonjour' }).error?.issues).toEqual([
    expect.objectContaining({ path: ['topic'], message: 'validation.privacyMessage.topic.required' }),
  ])
})

test('property: any text without forbidden code points is accepted, and parsing again changes nothing', () => {
  fc.assert(
    fc.property(acceptableText, (text) => {
      const once = PrivacyMessageTextSchema.parse(text)
      expect(PrivacyMessageTextSchema.parse(once)).toBe(once)
      expect(once).toBe(text.trim().normalize('NFC'))
    }),
    { numRuns },
  )
})

test('property: one forbidden code point anywhere in an acceptable text is always rejected, with the field’s message', () => {
  fc.assert(
    fc.property(acceptableText, forbiddenCodeUnit, fc.nat(), (text, forbidden, position) => {
      const units = Array.from(text)
      const index = position % (units.length + 1)
      // Inserted between code points, never inside a surrogate pair, so it is exactly one bad code point.
      const withForbidden = [...units.slice(0, index), forbidden, ...units.slice(index)].join('')
      const result = PrivacyMessageTextSchema.safeParse(withForbidden)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('validation.privacyMessage.message.forbiddenCharacters')
    }),
    { numRuns },
  )
})

test('property: exactly 2,000 code points are accepted; 2,001 to 2,050 are rejected as too long, astral emoji included', () => {
  const filler = fc.constantFrom('a', 'é', 'ب', '界', '😀', '👍🏽', '\u{1F9D1}')
  fc.assert(
    fc.property(filler, fc.integer({ min: 1, max: 50 }), fc.constantFrom('a', '😀', '𝄞'), (char, extra, extraChar) => {
      // Build exactly `max` code points from possibly multi-code-point characters, topped up with "a".
      const unit = Array.from(char)
      const repeated = unit.length === 0 ? [] : Array.from({ length: Math.floor(max / unit.length) }, () => unit).flat()
      const exact = [...repeated, ...Array.from({ length: max - repeated.length }, () => 'a')].join('')
      expect(codePoints(exact)).toBe(max)
      expect(PrivacyMessageTextSchema.safeParse(exact).success).toBe(true)
      const over = exact + extraChar.repeat(extra)
      const result = PrivacyMessageTextSchema.safeParse(over)
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.privacyMessage.message.tooLong'])
    }),
    { numRuns },
  )
})

test('property: the body schema never throws, whatever it is given', () => {
  fc.assert(
    fc.property(
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
      (value) => {
        expect(() => CreatePrivacyMessageBodySchema.safeParse(value)).not.toThrow()
        expect(() => CreatePrivacyMessageBodySchema.safeParse({ topic: 'other', message: value })).not.toThrow()
      },
    ),
    { numRuns },
  )
})

test('the answer is due 30 days after receipt, on the server’s clock, across month and year ends', () => {
  expect(getAnswerDueBy(new Date('2026-11-28T09:00:00.000Z'))).toBe('2026-12-28')
  expect(getAnswerDueBy(new Date('2026-12-15T23:59:59.000Z'))).toBe('2027-01-14')
  expect(getAnswerDueBy(new Date('2028-02-01T00:00:00.000Z'))).toBe('2028-03-02')
})

test('references are numbered in order of receipt within the year', () => {
  const at = new Date('2026-11-28T09:00:00.000Z')
  const record = (reference: string) => ({
    id: reference,
    reference,
    userId: 'usr_1',
    topic: 'other' as const,
    message: 'Bonjour',
    receivedAt: at.toISOString(),
    answerDueBy: '2026-12-28',
  })
  expect(getNextReference(at, [])).toBe('PRV-2026-000001')
  expect(getNextReference(at, [record('PRV-2026-000001'), record('PRV-2025-000007')])).toBe('PRV-2026-000002')
  expect(getNextReference(new Date('2027-01-01T00:00:00.000Z'), [record('PRV-2026-000041')])).toBe('PRV-2027-000001')
})
