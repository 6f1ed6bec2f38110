import type { ContactDetails } from '#src/contract/contact-preferences'

import type { ContactDetailsFormValues } from '../contact-details-form-schema'
import { formatPhoneNumber, normalisePhoneNumber } from '../phone-number'

/** The form's values for what the server holds: the phone as people read it, not E.164. */
export function toFormValues(details: ContactDetails): ContactDetailsFormValues {
  return {
    email: details.email,
    phone: details.phone === null ? '' : formatPhoneNumber(details.phone),
    postalAddress: { ...details.postalAddress },
    language: details.language,
  }
}

export type ContactDetailsField =
  | 'email'
  | 'phone'
  | 'postalAddress.line1'
  | 'postalAddress.line2'
  | 'postalAddress.postcode'
  | 'postalAddress.city'
  | 'postalAddress.country'
  | 'language'

export type FieldDifference = { field: ContactDetailsField; serverValue: string }

/**
 * Where the values saved elsewhere differ from what the person typed, so a conflict can show both
 * (never overwritten silently). Phones are compared in E.164, so "06 12…" and "+33 6 12…" are the same number.
 */
export function findDifferences(server: ContactDetails, typed: ContactDetailsFormValues): FieldDifference[] {
  const saved = toFormValues(server)
  const typedPhone = typed.phone.trim() === '' ? null : (normalisePhoneNumber(typed.phone) ?? typed.phone.trim())
  const pairs: ReadonlyArray<[ContactDetailsField, string, string]> = [
    ['email', saved.email, typed.email.trim()],
    ['postalAddress.line1', saved.postalAddress.line1, typed.postalAddress.line1.trim()],
    ['postalAddress.line2', saved.postalAddress.line2, typed.postalAddress.line2.trim()],
    ['postalAddress.postcode', saved.postalAddress.postcode, typed.postalAddress.postcode.trim()],
    ['postalAddress.city', saved.postalAddress.city, typed.postalAddress.city.trim()],
    ['postalAddress.country', saved.postalAddress.country, typed.postalAddress.country],
    ['language', saved.language, typed.language],
  ]
  const differences: FieldDifference[] = pairs
    .filter(([, serverValue, typedValue]) => serverValue !== typedValue)
    .map(([field, serverValue]) => ({ field, serverValue }))
  if ((server.phone ?? null) !== typedPhone) differences.push({ field: 'phone', serverValue: saved.phone })
  return differences
}
