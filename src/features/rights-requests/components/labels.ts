import type { DataCategoryId } from '#src/contract/register'
import type {
  ObjectionPurposeId,
  RestrictionGround,
  RightsRequestEventKind,
  RightsRequestKind,
  RightsRequestStatus,
} from '#src/contract/rights-requests'
import type { MessageKey } from '#src/lib/i18n/catalogue'

/** The contract's vocabulary, as the person reads it (the contract has values; features map them to labels). */
export const kindLabelKeys = {
  access: 'rightsRequests.kind.access',
  rectification: 'rightsRequests.kind.rectification',
  erasure: 'rightsRequests.kind.erasure',
  restriction: 'rightsRequests.kind.restriction',
  objection: 'rightsRequests.kind.objection',
  portability: 'rightsRequests.kind.portability',
} as const satisfies Record<RightsRequestKind, MessageKey>

/** One plain sentence per right (GDPR Art. 12(1): plain language). */
export const kindDescriptionKeys = {
  access: 'rightsRequests.kind.access.description',
  rectification: 'rightsRequests.kind.rectification.description',
  erasure: 'rightsRequests.kind.erasure.description',
  restriction: 'rightsRequests.kind.restriction.description',
  objection: 'rightsRequests.kind.objection.description',
  portability: 'rightsRequests.kind.portability.description',
} as const satisfies Record<RightsRequestKind, MessageKey>

export const statusLabelKeys = {
  received: 'rightsRequests.status.received',
  'in-progress': 'rightsRequests.status.in-progress',
  extended: 'rightsRequests.status.extended',
  completed: 'rightsRequests.status.completed',
  refused: 'rightsRequests.status.refused',
  cancelled: 'rightsRequests.status.cancelled',
} as const satisfies Record<RightsRequestStatus, MessageKey>

export const eventLabelKeys = {
  received: 'rightsRequests.event.received',
  'identity-confirmed': 'rightsRequests.event.identity-confirmed',
  'in-progress': 'rightsRequests.event.in-progress',
  extended: 'rightsRequests.event.extended',
  completed: 'rightsRequests.event.completed',
  refused: 'rightsRequests.event.refused',
  cancelled: 'rightsRequests.event.cancelled',
} as const satisfies Record<RightsRequestEventKind, MessageKey>

export const categoryLabelKeys = {
  account: 'rightsRequests.category.account',
  'user-data': 'rightsRequests.category.user-data',
  'customer-service': 'rightsRequests.category.customer-service',
  transactions: 'rightsRequests.category.transactions',
  'connection-data': 'rightsRequests.category.connection-data',
  cookies: 'rightsRequests.category.cookies',
  'ad-reactions': 'rightsRequests.category.ad-reactions',
  'third-party-data': 'rightsRequests.category.third-party-data',
} as const satisfies Record<DataCategoryId, MessageKey>

export const purposeLabelKeys = {
  'group-administration': 'rightsRequests.purpose.group-administration',
  security: 'rightsRequests.purpose.security',
  'merger-or-acquisition': 'rightsRequests.purpose.merger-or-acquisition',
  'tailored-advertising': 'rightsRequests.purpose.tailored-advertising',
  analytics: 'rightsRequests.purpose.analytics',
  'legal-claims': 'rightsRequests.purpose.legal-claims',
  'service-quality-training': 'rightsRequests.purpose.service-quality-training',
} as const satisfies Record<ObjectionPurposeId, MessageKey>

export const groundLabelKeys = {
  'accuracy-contested': 'rightsRequests.ground.accuracy-contested',
  'unlawful-keep': 'rightsRequests.ground.unlawful-keep',
  'legal-claim': 'rightsRequests.ground.legal-claim',
  'objection-pending': 'rightsRequests.ground.objection-pending',
} as const satisfies Record<RestrictionGround, MessageKey>

/** Why data is kept after an erasure: the purposes the retention rules name. */
export const keptForLabelKeys: Partial<Record<string, MessageKey>> = {
  'legal-obligations': 'rightsRequests.keptFor.legal-obligations',
  'legal-claims': 'rightsRequests.keptFor.legal-claims',
}
