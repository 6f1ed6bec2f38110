import * as z from 'zod/mini'

import { DateSchema, IdSchema, TimestampSchema } from './common'

/**
 * What a message to the privacy team (Dialogra's data-protection contact, GDPR Art. 38(4)) is about.
 * The words follow the product's glossary, one word per idea: "my data" (what is held and where it comes from),
 * "rights" (how to exercise access, erasure, objection…), "consents" (never "permissions"), and "other".
 * The team uses it to route the message; it never limits what the person may write.
 */
export const PrivacyMessageTopicSchema = z.enum(
  ['my-data', 'rights', 'consents', 'other'],
  'validation.privacyMessage.topic.required',
)
export type PrivacyMessageTopic = z.infer<typeof PrivacyMessageTopicSchema>

/**
 * Limit of a message, in Unicode code points: zod's `.max()`, the form's character count
 * (`countCharacters`) and the mock server all count code points, never UTF-16 units.
 * A real API must document and enforce the same unit.
 */
export const privacyMessageMaxCharacters = 2000

/**
 * Code points a message may not contain (OWASP input validation for free-form Unicode):
 * - lone surrogates (`\p{Cs}` under the `u` flag matches only unpaired halves): not well-formed text;
 * - NUL and the C0 controls except TAB, LF and CR, then DEL and the C1 controls (U+0080–U+009F);
 * - bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069), which can make
 *   text read differently from what it holds (CVE-2021-42574, "Trojan Source").
 * `< > " ' &`, emoji, combining marks, RTL scripts and the implicit marks LRM/RLM are all allowed:
 * the text is stored and shown literally, never as HTML.
 */
const forbiddenCodePoints = /[\p{Cs}\u202A-\u202E\u2066-\u2069]|(?![\t\n\r])\p{Cc}/u

/** True when `text` holds a code point that a message may not contain. */
function hasForbiddenCodePoint(text: string): boolean {
  return forbiddenCodePoints.test(text)
}

/**
 * The free text of a message. The forbidden code points are checked on the text as received, before
 * trimming, so a control character is refused wherever it is (a trailing vertical tab is not quietly
 * dropped). Then the text is trimmed and NFC-normalised, so "é" typed as e + accent is stored, counted and
 * compared as one character. `trim` and `normalize` rewrite the value without changing its type, so the
 * schema's input and output stay equal, and one schema serves client, server and mock.
 */
export const PrivacyMessageTextSchema = z.string('validation.privacyMessage.message.required').check(
  z.refine((text) => !hasForbiddenCodePoint(text), 'validation.privacyMessage.message.forbiddenCharacters'),
  z.trim(),
  z.normalize('NFC'),
  z.minLength(1, 'validation.privacyMessage.message.required'),
  z.maxLength(privacyMessageMaxCharacters, 'validation.privacyMessage.message.tooLong'),
)

/**
 * The body of `POST /me/privacy-messages`. The sender is the session's account, never a field of the
 * body: unknown keys (`userId`, `status`…) are stripped (ASVS5 8.2.3: no mass assignment). The same schema drives the
 * form's resolver and the mock server (ASVS5 2.2.2: the server validates too).
 */
export const CreatePrivacyMessageBodySchema = z.object({
  topic: PrivacyMessageTopicSchema,
  message: PrivacyMessageTextSchema,
})
export type CreatePrivacyMessageBody = z.infer<typeof CreatePrivacyMessageBodySchema>

/**
 * The server's receipt for a message. It deliberately does not echo the free text: the person already
 * has it, and a receipt that travels further (screen, logs, e-mail) should not carry it (GDPR Art. 5(1)(c)).
 */
export const PrivacyMessageSchema = z.object({
  id: IdSchema,
  /** The human reference the team quotes in its answer, e.g. "PRV-2026-000123". */
  reference: z.string().check(z.regex(/^PRV-\d{4}-\d{6}$/)),
  topic: PrivacyMessageTopicSchema,
  /** When the server received the message: the start of the time limit. */
  receivedAt: TimestampSchema,
  /**
   * The date by which the team answers: 30 days after receipt, on the server's clock, as Dialogra's policy
   * promises ("dans les 30 jours suivant sa réception"; GDPR Art. 12(3) allows one month). A calendar date
   * in UTC; if the team needs longer it must say why and by when, which this receipt does not model.
   */
  answerDueBy: DateSchema,
})
export type PrivacyMessage = z.infer<typeof PrivacyMessageSchema>
