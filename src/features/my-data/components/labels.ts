import type { DataCategoryId, DataSourceKind, LegalBasis } from '#src/contract/register'
import type { MessageKey } from '#src/lib/i18n/catalogue'

export const legalBasisKeys = {
  contract: 'myData.legalBasis.contract',
  'legitimate-interest': 'myData.legalBasis.legitimate-interest',
  consent: 'myData.legalBasis.consent',
  'legal-obligation': 'myData.legalBasis.legal-obligation',
} as const satisfies Record<LegalBasis, MessageKey>

export const sourceKindKeys = {
  'provided-by-you': 'myData.source.provided-by-you',
  'generated-by-your-use': 'myData.source.generated-by-your-use',
  'received-from-third-party': 'myData.source.received-from-third-party',
} as const satisfies Record<DataSourceKind, MessageKey>

/**
 * The fields a category's table shows besides the date and the deletion date: enough to tell rows apart
 * at 320 px; the record's own page shows every field.
 */
export const tableFieldKeys = {
  account: ['name', 'email'],
  'user-data': ['event', 'ipAddress'],
  'customer-service': ['channel', 'topic'],
  transactions: ['kind', 'description', 'amount'],
  'connection-data': ['ipAddress'],
  cookies: ['name', 'role'],
  'ad-reactions': ['reaction', 'campaign'],
  'third-party-data': ['sender', 'content'],
} as const satisfies Record<DataCategoryId, readonly string[]>
