import * as z from 'zod/mini'

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
