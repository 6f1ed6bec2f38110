import * as z from 'zod/mini'

import {
  CommunicationLanguageSchema,
  ContactEmailSchema,
  PostalAddressSchema,
  hasForbiddenCodePoint,
} from '#src/contract/contact-preferences'

import { normalisePhoneNumber } from './phone-number'

/** Longer than any formatted number, short enough that a paste of a page is refused at once. */
const phoneMaxCharacters = 40

/**
 * The phone as typed: empty (no phone) or a number `normalisePhoneNumber` reads. The form keeps the typed
 * text; the request carries its E.164 form, which the contract's `E164PhoneSchema` checks again.
 */
export const PhoneInputSchema = z.string().check(
  z.refine((text) => !hasForbiddenCodePoint(text), 'validation.contactDetails.phone.forbiddenCharacters'),
  z.trim(),
  z.maxLength(phoneMaxCharacters, 'validation.contactDetails.phone.invalid'),
  z.refine(
    (text) => text === '' || text.length > phoneMaxCharacters || normalisePhoneNumber(text) !== null,
    'validation.contactDetails.phone.invalid',
  ),
)

/** The contact-details form: the contract's body, with the phone as typed instead of E.164 (GOV.UK phone pattern). */
export const ContactDetailsFormSchema = z.object({
  email: ContactEmailSchema,
  phone: PhoneInputSchema,
  postalAddress: PostalAddressSchema,
  language: CommunicationLanguageSchema,
})
export type ContactDetailsFormValues = z.infer<typeof ContactDetailsFormSchema>
