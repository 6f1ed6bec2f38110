import fc from 'fast-check'
import { getExampleNumber, type CountryCode } from 'libphonenumber-js/min'
import examples from 'libphonenumber-js/mobile/examples'
import { expect, test } from 'vitest'

import {
  ContactEmailSchema,
  E164PhoneSchema,
  PostalAddressSchema,
  emailMaxCharacters,
} from '#src/contract/contact-preferences'
import { PhoneInputSchema } from '#src/features/contact-preferences/contact-details-form-schema'
import { normalisePhoneNumber } from '#src/features/contact-preferences/phone-number'

/*
 * Property tests of the email and phone rules, 1,000 runs each: accepted input
 * normalises and round-trips, refused input gets a message, and nothing throws.
 */
const runs = { numRuns: 1000 }

const lower = 'abcdefghijklmnopqrstuvwxyz'
const alnum = `${lower}${lower.toUpperCase()}0123456789`
const chars = (alphabet: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), minLength, maxLength })

/** A local part of atoms joined by single dots: `+` tags, apostrophes, hyphens and mixed case included. */
const localPart = fc
  .array(chars(`${alnum}+_'-`, 1, 12), { minLength: 1, maxLength: 4 })
  .map((atoms) => atoms.join('.'))
  .filter((local) => local.length <= 64)

const label = fc
  .tuple(chars(alnum, 1, 1), chars(`${alnum}-`, 0, 10), chars(alnum, 1, 1))
  .map(([first, middle, last]) => `${first}${middle}${last}`)

const validEmail = fc
  .tuple(localPart, fc.array(label, { minLength: 1, maxLength: 3 }), chars(lower, 2, 6))
  .map(([local, labels, tld]) => `${local}@${labels.join('.')}.${tld}`)

const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF')

/** Inserts `noise` at a position of `text`, chosen by `at` (0..1). */
function insertAt(text: string, noise: string, at: number): string {
  const index = Math.floor(at * (text.length + 1))
  return `${text.slice(0, index)}${noise}${text.slice(index)}`
}

function messagesOf(result: { success: boolean; error?: { issues: ReadonlyArray<{ message: string }> } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? []
}

test('valid addresses with surrounding spaces and invisible characters normalise to the address and round-trip', () => {
  fc.assert(
    fc.property(
      validEmail,
      fc.array(fc.tuple(invisible, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 3 }),
      fc.constantFrom('', ' ', '  ', '\t'),
      (email, noises, padding) => {
        const noisy = padding + noises.reduce((text, [noise, at]) => insertAt(text, noise, at), email) + padding
        const once = ContactEmailSchema.parse(noisy)
        expect(once).toBe(email)
        expect(ContactEmailSchema.parse(once)).toBe(once)
      },
    ),
    runs,
  )
})

test('an address one mutation away from valid is refused with an email message', () => {
  const breakers = fc.constantFrom(' ', '@', '..', '`', '"', '\u0000', '\u0007', '\n', '\u202E', '\u2066', ',', '(')
  fc.assert(
    fc.property(validEmail, breakers, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (email, breaker, at) => {
      const mutated = insertAt(email, breaker, at)
      // A space, newline or tab at either end is trimmed, which is normalising, not a mutation.
      fc.pre(mutated.trim() === mutated)
      const result = ContactEmailSchema.safeParse(mutated)
      expect(result.success).toBe(false)
      const [first] = messagesOf(result)
      expect(first).toMatch(/^validation\.contactDetails\.email\./)
    }),
    runs,
  )
})

test('an address of exactly 254 characters is accepted; 255 to 300 are refused as too long', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 46 }), (extra) => {
      // 64 + "@" + 189: the longest local part and a domain of labels of at most 63 characters.
      const exact = `${'x'.repeat(64)}@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(58)}.fr`
      expect(exact).toHaveLength(emailMaxCharacters)
      expect(ContactEmailSchema.safeParse(exact).success).toBe(true)
      const tooLong = `${'y'.repeat(extra + 1)}${exact}`
      expect(messagesOf(ContactEmailSchema.safeParse(tooLong))).toContain('validation.contactDetails.email.tooLong')
    }),
    runs,
  )
})

test('the email, phone and address schemas never throw, whatever they are given', () => {
  fc.assert(
    fc.property(fc.anything(), (value) => {
      expect(() => ContactEmailSchema.safeParse(value)).not.toThrow()
      expect(() => PhoneInputSchema.safeParse(value)).not.toThrow()
      expect(() => E164PhoneSchema.safeParse(value)).not.toThrow()
      expect(() => PostalAddressSchema.safeParse(value)).not.toThrow()
      if (typeof value === 'string') expect(() => normalisePhoneNumber(value)).not.toThrow()
    }),
    runs,
  )
})

test('the email check stays fast on adversarial input (no ReDoS)', () => {
  for (const input of ['a'.repeat(10_000) + '!', '@'.repeat(5000), `${'a.'.repeat(5000)}@${'b-'.repeat(2000)}`]) {
    const start = performance.now()
    ContactEmailSchema.safeParse(input)
    expect(performance.now() - start).toBeLessThan(50)
  }
})

/** Countries whose mobile numbers the properties draw from; examples come with libphonenumber-js. */
const countries: readonly CountryCode[] = [
  'FR',
  'GB',
  'DE',
  'ES',
  'IT',
  'BE',
  'CH',
  'NL',
  'US',
  'CA',
  'JP',
  'AU',
  'BR',
  'IN',
]

/** A real mobile number of the country, with its last four digits varied. */
const validE164 = fc.tuple(fc.constantFrom(...countries), chars('0123456789', 4, 4)).map(([country, tail]) => {
  const example = getExampleNumber(country, examples)
  if (!example) throw new Error(`no example for ${country}`)
  const national = `${example.nationalNumber.slice(0, -4)}${tail}`
  return {
    country,
    callingCode: example.countryCallingCode,
    national,
    e164: `+${example.countryCallingCode}${national}`,
  }
})

/** Writes digits the way people do: groups separated by spaces, dots, hyphens or nothing, maybe in brackets. */
function formatDigits(digits: string, cuts: readonly number[], separators: readonly string[]): string {
  const positions = [...new Set(cuts.map((cut) => Math.floor(cut * digits.length)))].sort((a, b) => a - b)
  let result = ''
  let previous = 0
  positions.forEach((position, index) => {
    result += digits.slice(previous, position) + (separators[index % separators.length] ?? '')
    previous = position
  })
  return result + digits.slice(previous)
}

const formatting = fc.record({
  cuts: fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { maxLength: 5 }),
  separators: fc.array(fc.constantFrom(' ', '-', '.', '', '\u00a0'), { minLength: 1, maxLength: 3 }),
  prefix: fc.constantFrom('+', '00', '+ '),
  padding: fc.constantFrom('', ' '),
})

test('any real number written in international form with any formatting normalises to its E.164 form', () => {
  fc.assert(
    fc.property(validE164, formatting, (number, { cuts, separators, prefix, padding }) => {
      const typed = `${padding}${prefix}${number.callingCode} ${formatDigits(number.national, cuts, separators)}${padding}`
      const normalised = normalisePhoneNumber(typed)
      expect(normalised).toBe(number.e164)
      expect(E164PhoneSchema.safeParse(normalised).success).toBe(true)
      // Round trip: the normalised form reads back as itself.
      expect(normalisePhoneNumber(normalised ?? '')).toBe(normalised)
      expect(PhoneInputSchema.safeParse(typed).success).toBe(true)
    }),
    runs,
  )
})

test('French and British numbers written nationally, with a leading 0, normalise too', () => {
  const national = validE164.filter((number) => number.country === 'FR' || number.country === 'GB')
  fc.assert(
    fc.property(national, formatting, (number, { cuts, separators }) => {
      const typed = `0${formatDigits(number.national, cuts, separators)}`
      expect(normalisePhoneNumber(typed)).toBe(number.e164)
    }),
    runs,
  )
})

test('a letter anywhere, or a 16th digit, means refusal with the phone message', () => {
  fc.assert(
    fc.property(
      validE164,
      fc.oneof(
        fc.record({ kind: fc.constant('letter' as const), char: chars(`${lower}${lower.toUpperCase()}`, 1, 1) }),
        fc.record({ kind: fc.constant('digits' as const), char: chars('0123456789', 1, 1) }),
      ),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (number, mutation, at) => {
        const typed =
          mutation.kind === 'letter'
            ? insertAt(number.e164.slice(1), mutation.char, at).replace(/^/, '+')
            : `+${number.callingCode}${number.national}${'0'.repeat(Math.max(1, 16 - (number.e164.length - 1)))}`
        expect(normalisePhoneNumber(typed)).toBeNull()
        const result = PhoneInputSchema.safeParse(typed)
        expect(result.success).toBe(false)
        expect(messagesOf(result)).toContain('validation.contactDetails.phone.invalid')
      },
    ),
    runs,
  )
})

test('the formats people type are read as expected', () => {
  expect(normalisePhoneNumber('07700 900 123')).toBe('+447700900123')
  expect(normalisePhoneNumber('+44 7700 900123')).toBe('+447700900123')
  expect(normalisePhoneNumber('0033 6 12 34 56 78')).toBe('+33612345678')
  expect(normalisePhoneNumber('06 12 34 56 78')).toBe('+33612345678')
  expect(normalisePhoneNumber('(0)6-12-34-56-78')).toBe('+33612345678')
  for (const refused of ['', '   ', '+', '0', '06 12 34 56 78 ext. 12', '+0 612345678', '06 12 34 56 7a', '١٢٣']) {
    expect(normalisePhoneNumber(refused), refused).toBeNull()
  }
})

test('single-line address fields accept every script and emoji, and refuse controls and bidi overrides', () => {
  const base = { line2: '', postcode: '75011', city: 'Paris', country: 'FR' }
  for (const line1 of [
    'Siân Ó Brádaigh-Nguyễn',
    '李小龍 路 3 号',
    'شارع النيل 12',
    'רחוב הרצל 5',
    '12 rue du Café ☕',
    'a\u200Fb',
  ]) {
    expect(PostalAddressSchema.safeParse({ ...base, line1 }).success, line1).toBe(true)
  }
  for (const line1 of ['Bob\u202Egnp.exe', 'a\nb', 'a\u0000b', 'a\u2066b', 'a\u0085b']) {
    const result = PostalAddressSchema.safeParse({ ...base, line1 })
    expect(messagesOf(result), JSON.stringify(line1)).toContain(
      'validation.contactDetails.address.line1.forbiddenCharacters',
    )
  }
  // NFC: "é" typed as e + combining accent is stored as one character.
  expect(PostalAddressSchema.parse({ ...base, line1: 'Caf\u0065\u0301' }).line1).toBe('Café')
})
