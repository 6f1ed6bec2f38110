import * as z from 'zod/mini'

import { CountSchema, IdSchema, LocalizedTextSchema, TimestampSchema } from './common'
import { LegalBasisSchema, PurposeIdSchema } from './register'

/*
 * The Settings page (the policy's "Paramètres"): the contact details the operator writes to, and the
 * contact preferences by topic and channel. Topics are purposes of the register (register.ts), so
 * "tailored offers" here and "tailored advertising" on the consents page are one purpose id.
 */

/** How the operator may reach the person. */
export const ChannelSchema = z.enum(['email', 'sms', 'phone', 'post'])
export type Channel = z.infer<typeof ChannelSchema>

/** How often marketing topics may write: as it happens, a weekly digest or a monthly digest. */
export const FrequencySchema = z.enum(['immediate', 'weekly', 'monthly'])
export type Frequency = z.infer<typeof FrequencySchema>

/** The language the operator writes in (GDPR Art. 12(1): a language the person understands). */
export const CommunicationLanguageSchema = z.enum(['fr', 'en'], 'validation.contactDetails.language.required')

/** Countries the operator posts to (ISO 3166-1 alpha-2); names are shown with Intl.DisplayNames. */
export const PostalCountrySchema = z.enum(
  ['FR', 'BE', 'CH', 'LU', 'MC', 'DE', 'ES', 'IT', 'NL', 'PT', 'IE', 'GB'],
  'validation.contactDetails.address.country.required',
)

/**
 * Code points a single-line field may not hold (OWASP free-form Unicode; Trojan Source): lone surrogates, every
 * control character (line breaks included) and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069; CVE-2021-42574 "Trojan Source"). Emoji, right-to-left scripts and the
 * implicit marks LRM/RLM (U+200E/U+200F) are allowed: text is shown literally, inside `<bdi>`.
 */
const forbiddenInLine = /[\p{Cs}\p{Cc}\u202A-\u202E\u2066-\u2069]/u

/** True when `text` holds a code point that a single-line contact field may not contain. */
export function hasForbiddenCodePoint(text: string): boolean {
  return forbiddenInLine.test(text)
}

/** Characters people paste by accident from documents and chat apps, invisible but not whitespace. */
const invisibleCharacters = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g

/** Longest address a mail system accepts (RFC 5321 path limit, GOV.UK email pattern). */
export const emailMaxCharacters = 254
const localPartMaxCharacters = 64

const localPartPattern = /^[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+)*$/
const domainLabelPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
const topLevelPattern = /^[A-Za-z]{2,63}$/

/**
 * Email syntax, GOV.UK style: exactly one `@`, a local part of at most 64 characters with no leading,
 * trailing or double dots, quotes, backticks or spaces, and a dotted domain ending in letters. `+` tags,
 * apostrophes, hyphens, subdomains and mixed case are fine. Addresses are ASCII: internationalised domains
 * are typed in their `xn--` form (zod's `z.email()` is ASCII-only, so the policy is stated here). Each piece is
 * checked separately with anchored, non-nested patterns, so no input can make it backtrack (ASVS5 1.3.12: no ReDoS).
 */
export function isEmailAddress(text: string): boolean {
  const parts = text.split('@')
  if (parts.length !== 2) return false
  const [local = '', domain = ''] = parts
  if (local.length === 0 || local.length > localPartMaxCharacters || !localPartPattern.test(local)) return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  const topLevel = labels[labels.length - 1] ?? ''
  return topLevelPattern.test(topLevel) && labels.every((label) => domainLabelPattern.test(label))
}

/**
 * The contact (and sign-in) email. Zero-width characters are dropped and the text trimmed first, so an
 * address pasted with noise (a trailing tab or line break included) is stored clean; any control character or
 * bidi override left inside is then refused.
 * The case is kept as typed: sign-in compares addresses case-insensitively.
 */
export const ContactEmailSchema = z.string('validation.contactDetails.email.required').check(
  z.overwrite((text) => text.replace(invisibleCharacters, '').trim()),
  z.refine((text) => !hasForbiddenCodePoint(text), 'validation.contactDetails.email.forbiddenCharacters'),
  z.minLength(1, 'validation.contactDetails.email.required'),
  z.maxLength(emailMaxCharacters, 'validation.contactDetails.email.tooLong'),
  z.refine(
    (text) => text.length === 0 || text.length > emailMaxCharacters || isEmailAddress(text),
    'validation.contactDetails.email.format',
  ),
)

/**
 * A phone number on the wire is strict E.164: "+", a country code that does not start with 0, at most 15
 * digits (ITU-T E.164). The form accepts what people type and normalises it first (GOV.UK phone-number pattern);
 * the server also checks the number against the country's numbering plan.
 */
export const E164PhoneSchema = z.string().check(z.regex(/^\+[1-9]\d{1,14}$/, 'validation.contactDetails.phone.format'))

/** Limits of the postal-address lines, in code points (as the server counts), as postal services print them. */
export const addressLineMaxCharacters = 100
export const postcodeMaxCharacters = 16
export const cityMaxCharacters = 60

type LineMessages = { required?: string; tooLong: string; forbiddenCharacters: string }

/**
 * One line of an address: controls and bidi overrides refused wherever they are, then trimmed and
 * NFC-normalised (so "é" typed as e + accent counts and compares as one character), then measured.
 */
function addressLine(maxCharacters: number, messages: LineMessages) {
  const checks = [
    z.refine<string>((text) => !hasForbiddenCodePoint(text), messages.forbiddenCharacters),
    z.trim(),
    z.normalize('NFC'),
    ...(messages.required === undefined ? [] : [z.minLength(1, messages.required)]),
    z.maxLength(maxCharacters, messages.tooLong),
  ]
  return z.string(messages.required).check(...checks)
}

export const PostalAddressSchema = z.object({
  line1: addressLine(addressLineMaxCharacters, {
    required: 'validation.contactDetails.address.line1.required',
    tooLong: 'validation.contactDetails.address.line1.tooLong',
    forbiddenCharacters: 'validation.contactDetails.address.line1.forbiddenCharacters',
  }),
  line2: addressLine(addressLineMaxCharacters, {
    tooLong: 'validation.contactDetails.address.line2.tooLong',
    forbiddenCharacters: 'validation.contactDetails.address.line2.forbiddenCharacters',
  }),
  postcode: addressLine(postcodeMaxCharacters, {
    required: 'validation.contactDetails.address.postcode.required',
    tooLong: 'validation.contactDetails.address.postcode.tooLong',
    forbiddenCharacters: 'validation.contactDetails.address.postcode.forbiddenCharacters',
  }),
  city: addressLine(cityMaxCharacters, {
    required: 'validation.contactDetails.address.city.required',
    tooLong: 'validation.contactDetails.address.city.tooLong',
    forbiddenCharacters: 'validation.contactDetails.address.city.forbiddenCharacters',
  }),
  country: PostalCountrySchema,
})
export type PostalAddress = z.infer<typeof PostalAddressSchema>

/**
 * The contact details the operator holds. `email` is the sign-in email; a change to it waits in
 * `pendingEmail` until the person opens the link sent to the new address. `version` is the ETag's value:
 * a save sends it back in `If-Match`, and a change made elsewhere meanwhile answers 409 (RFC 9110 §13.1.1).
 */
export const ContactDetailsSchema = z.object({
  email: z.string(),
  pendingEmail: z.nullable(z.string()),
  /** E.164, or null when the person gave none. */
  phone: z.nullable(E164PhoneSchema),
  postalAddress: PostalAddressSchema,
  language: CommunicationLanguageSchema,
  version: CountSchema,
  updatedAt: TimestampSchema,
})
export type ContactDetails = z.infer<typeof ContactDetailsSchema>

/** The body of `PUT /me/contact-details`: the whole form, saved with one explicit save. */
export const UpdateContactDetailsBodySchema = z.object({
  email: ContactEmailSchema,
  phone: z.nullable(E164PhoneSchema),
  postalAddress: PostalAddressSchema,
  language: CommunicationLanguageSchema,
})
export type UpdateContactDetailsBody = z.infer<typeof UpdateContactDetailsBodySchema>

/** The body of `POST /me/contact-details/email-confirmations`: the single-use token from the link. */
export const ConfirmEmailBodySchema = z.object({
  token: z
    .string('validation.contactDetails.confirmation.token.required')
    .check(
      z.trim(),
      z.minLength(1, 'validation.contactDetails.confirmation.token.required'),
      z.maxLength(200, 'validation.contactDetails.confirmation.token.invalid'),
    ),
})
export type ConfirmEmailBody = z.infer<typeof ConfirmEmailBodySchema>

/** One topic the operator writes about, with the person's choices for it. */
export const ContactTopicSchema = z.object({
  /** The register's purpose this topic serves. */
  id: PurposeIdSchema,
  legalBasis: LegalBasisSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /**
   * Contractual messages (account, orders, changes to the services) cannot be switched off: only their
   * channel is chosen, exactly one.
   */
  isRequired: z.boolean(),
  /** Marketing topics are what "Stop all marketing" switches off. */
  isMarketing: z.boolean(),
  /** Direct marketing, to which the right to object is absolute (GDPR Art. 21(2)-(3)). */
  isDirectMarketing: z.boolean(),
  availableChannels: z.array(ChannelSchema),
  /** Empty when a frequency makes no sense (contractual messages are sent when something happens). */
  frequencies: z.array(FrequencySchema),
  /** The channels switched on. */
  channels: z.array(ChannelSchema),
  frequency: z.nullable(FrequencySchema),
})
export type ContactTopic = z.infer<typeof ContactTopicSchema>

export const ContactPreferencesSchema = z.object({ topics: z.array(ContactTopicSchema) })
export type ContactPreferences = z.infer<typeof ContactPreferencesSchema>

export const ContactTopicParamsSchema = z.object({ topicId: PurposeIdSchema })

/**
 * The body of `PATCH /me/contact-preferences/:topicId`: only what changes, so two quick switches on two
 * channels never overwrite each other. A channel the topic does not offer, switching a required topic off,
 * or a frequency the topic does not offer answers 422.
 */
export const UpdateContactTopicBodySchema = z.object({
  channels: z.optional(z.partialRecord(ChannelSchema, z.boolean())),
  frequency: z.optional(FrequencySchema),
})
export type UpdateContactTopicBody = z.infer<typeof UpdateContactTopicBodySchema>

/** Where a change came from, as the history shows it. */
export const PreferenceChangeSourceSchema = z.enum([
  'privacy-centre',
  'unsubscribe-link',
  'customer-service',
  'sign-up',
])
export type PreferenceChangeSource = z.infer<typeof PreferenceChangeSourceSchema>

export const PreferenceChangeActionSchema = z.enum(['update', 'stop-marketing', 'undo'])
export type PreferenceChangeAction = z.infer<typeof PreferenceChangeActionSchema>

/** A setting's value before and after: a channel is on or off, a frequency is one of its values. */
export const PreferenceSettingValueSchema = z.enum(['on', 'off', ...FrequencySchema.options])
export type PreferenceSettingValue = z.infer<typeof PreferenceSettingValueSchema>

export const PreferenceChangeSchema = z.object({
  topicId: PurposeIdSchema,
  setting: z.enum([...ChannelSchema.options, 'frequency']),
  from: z.nullable(PreferenceSettingValueSchema),
  to: PreferenceSettingValueSchema,
})
export type PreferenceChange = z.infer<typeof PreferenceChangeSchema>

/** One entry of the history: what changed, when and from where (GDPR Art. 5(2) accountability). */
export const PreferenceHistoryEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  source: PreferenceChangeSourceSchema,
  action: PreferenceChangeActionSchema,
  changes: z.array(PreferenceChangeSchema),
  /** Set on a "Stop all marketing" entry once it has been undone. */
  undoneAt: z.nullable(TimestampSchema),
})
export type PreferenceHistoryEntry = z.infer<typeof PreferenceHistoryEntrySchema>

export const PreferenceHistorySchema = z.object({ entries: z.array(PreferenceHistoryEntrySchema) })
export type PreferenceHistory = z.infer<typeof PreferenceHistorySchema>

/** The answer to "Stop all marketing": the new preferences and the history entry an undo refers to. */
export const StopMarketingResultSchema = z.object({
  ...ContactPreferencesSchema.shape,
  changeId: IdSchema,
})
export type StopMarketingResult = z.infer<typeof StopMarketingResultSchema>

export const PreferenceChangeParamsSchema = z.object({ changeId: IdSchema })

/**
 * The server's rules for a topic change, as message keys (the API answers 422 with them): a channel the
 * topic does not offer, a contractual topic left with no channel or with several, a frequency it does not offer,
 * SMS or calls switched on without a phone number on file.
 */
export const contactPreferenceRuleMessages = {
  channelUnavailable: 'validation.contactPreferences.channel.unavailable',
  requiredTopicNeedsOneChannel: 'validation.contactPreferences.channels.exactlyOne',
  frequencyUnavailable: 'validation.contactPreferences.frequency.unavailable',
  phoneNeeded: 'validation.contactPreferences.channel.phoneNeeded',
} as const
