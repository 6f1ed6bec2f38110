import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min'

/**
 * National numbers (no "+" or "00") are read as French first, then British: Dialogra's customers are in
 * France, and its policy's examples include UK numbers. Any other country is typed with "+" or "00".
 */
const nationalRegions: readonly CountryCode[] = ['FR', 'GB']

/** E.164 allows at most 15 digits after the "+" (ITU-T E.164 §6). */
const maxDigits = 15

/** What people type around the digits: spaces, dots, hyphens, slashes, brackets, and one leading "+". */
const typedPhonePattern = /^\+?[\d\s().\-/]+$/

/**
 * Reads a phone number as people type it ("07700 900 123", "+44 7700 900123", "0033 6 12 34 56 78") and
 * returns it in E.164 ("+447700900123"), or null when it cannot be a number of its country: a known country
 * code and a length that country's numbering plan allows (libphonenumber-js `isPossible`).
 * Not `isValid`: it also refuses ranges not allocated when the metadata was built, such as Ofcom's 07700 900xxx
 * (reserved for drama, and the demo's own canary), and new ranges would be refused until the app is updated.
 * Letters, extensions and more than 15 digits are refused. The person keeps seeing what they typed; only the
 * E.164 form is sent (GOV.UK: do not reformat what people type).
 */
export function normalisePhoneNumber(text: string): string | null {
  const typed = text.trim()
  if (!typedPhonePattern.test(typed)) return null
  const digits = typed.replace(/\D/g, '')
  const isInternational = typed.startsWith('+') || digits.startsWith('00')
  const significantDigits = typed.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : digits
  if (significantDigits.length === 0 || significantDigits.length > maxDigits) return null
  for (const region of nationalRegions) {
    const parsed = parsePhoneNumberFromString(typed, region)
    if (parsed?.isPossible() && parsed.ext === undefined) return parsed.number
    // An international number means the same whatever the default region: trying another changes nothing.
    if (isInternational) return null
  }
  return null
}

/** The stored E.164 number as people read it, "+44 7700 900123": what the form shows before any edit. */
export function formatPhoneNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164
}
