import * as z from 'zod/mini'

import { LocalizedTextSchema } from './common'

/*
 * The processing register (GDPR Art. 30, shown to the user under Art. 13-15): what the operator holds, why,
 * from where, for whom and for how long, read from the operator's privacy policy (../shared/seed/).
 * Other resources (contact preferences, consents, rights requests) refer to its categories and purposes
 * by these ids, so a purpose has one id everywhere.
 */

/** The data categories the policy names. */
export const DataCategoryIdSchema = z.enum([
  'account',
  'user-data',
  'customer-service',
  'transactions',
  'connection-data',
  'cookies',
  'ad-reactions',
  'third-party-data',
])
export type DataCategoryId = z.infer<typeof DataCategoryIdSchema>

/** The four legal bases the product models (GDPR Art. 6(1)(a), (b), (c), (f)). */
export const LegalBasisSchema = z.enum(['consent', 'contract', 'legal-obligation', 'legitimate-interest'])
export type LegalBasis = z.infer<typeof LegalBasisSchema>

/** Every purpose the policy states, each attached to the legal basis its own sentence implies. */
export const PurposeIdSchema = z.enum([
  // Contract (policy point A)
  'payment-and-invoicing',
  'purchase-tracking',
  'account-communications',
  'service-changes',
  'requested-offers',
  // Legitimate interests (policy point B)
  'group-administration',
  'security',
  'merger-or-acquisition',
  'tailored-advertising',
  'analytics',
  'legal-claims',
  'service-quality-training',
  // Legal obligation (policy point C/D)
  'legal-obligations',
  // Consent
  'group-marketing',
  'partner-sharing',
  'cookies-consent',
])
export type PurposeId = z.infer<typeof PurposeIdSchema>

/** A period the policy states, in calendar units (months are calendar months, as statutory deadlines count). */
export const RetentionPeriodSchema = z.object({
  unit: z.enum(['day', 'month', 'year']),
  count: z.int().check(z.positive()),
})
export type RetentionPeriod = z.infer<typeof RetentionPeriodSchema>

/**
 * How long a record is kept, as data, so each record's deletion date is computed from it (never typed in):
 * - `fixed`: a period counted from when the record was made ("10 ans", "1 mois");
 * - `until-account-deleted`: kept while the account exists; `processedWithin` is the delay the policy allows
 *   for the deletion itself ("traitement dans les 5 ans"), or null when it states none;
 * - `not-stated`: the policy gives no period for this data, and the centre says so rather than invent one.
 */
export const RetentionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), period: RetentionPeriodSchema, from: z.literal('recorded') }),
  z.object({ kind: z.literal('until-account-deleted'), processedWithin: z.nullable(RetentionPeriodSchema) }),
  z.object({ kind: z.literal('not-stated') }),
])
export type RetentionRule = z.infer<typeof RetentionRuleSchema>

/** One field a category contains; `description` explains a technical field in plain words (GDPR Art. 12(1)). */
export const DataFieldSchema = z.object({
  key: z.string().check(z.minLength(1)),
  label: LocalizedTextSchema,
  description: z.nullable(LocalizedTextSchema),
})

export const DataSourceKindSchema = z.enum(['provided-by-you', 'generated-by-your-use', 'received-from-third-party'])
export type DataSourceKind = z.infer<typeof DataSourceKindSchema>

/** A kind of record within a category that has its own retention rule (customer service: recordings vs logs). */
export const RecordKindRetentionSchema = z.object({
  kind: z.string().check(z.minLength(1)),
  label: LocalizedTextSchema,
  retention: RetentionRuleSchema,
})

export const TransfersSchema = z.object({
  outsideEea: z.boolean(),
  /** Includes destinations without an EU adequacy decision (policy, "Où traitons-nous…"). */
  withoutAdequacyDecision: z.boolean(),
  /** Who handles the data there and why. */
  description: LocalizedTextSchema,
  safeguards: LocalizedTextSchema,
})

export const PurposeSchema = z.object({
  id: PurposeIdSchema,
  legalBasis: LegalBasisSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** The interest the operator states, for legitimate-interest purposes (GDPR Art. 13(1)(d)); null otherwise. */
  legitimateInterest: z.nullable(LocalizedTextSchema),
  /** Direct marketing: the objection right is absolute (GDPR Art. 21(2)-(3)). */
  isDirectMarketing: z.boolean(),
  recipients: z.array(LocalizedTextSchema),
})
export type Purpose = z.infer<typeof PurposeSchema>

export const DataCategorySchema = z.object({
  id: DataCategoryIdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  fields: z.array(DataFieldSchema),
  source: z.object({ kind: DataSourceKindSchema, description: LocalizedTextSchema }),
  purposeIds: z.array(PurposeIdSchema),
  recipients: z.array(LocalizedTextSchema),
  transfers: TransfersSchema,
  /** The category's rule; a record whose kind appears in `retentionByKind` follows that rule instead. */
  retention: RetentionRuleSchema,
  retentionByKind: z.array(RecordKindRetentionSchema),
  required: z.object({ isRequired: z.boolean(), consequence: LocalizedTextSchema }),
  automatedDecisionMaking: z.object({ exists: z.boolean(), description: LocalizedTextSchema }),
})
export type DataCategory = z.infer<typeof DataCategorySchema>

/** GET /register: the operator's register, the same for every signed-in person. */
export const ProcessingRegisterSchema = z.object({
  categories: z.array(DataCategorySchema),
  purposes: z.array(PurposeSchema),
})
export type ProcessingRegister = z.infer<typeof ProcessingRegisterSchema>

/** The rule a record of `kind` follows in `category`. */
export function retentionRuleFor(category: DataCategory, kind: string): RetentionRule {
  return category.retentionByKind.find((entry) => entry.kind === kind)?.retention ?? category.retention
}
