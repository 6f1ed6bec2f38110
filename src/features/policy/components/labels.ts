import type { PolicyVersionStatus } from '#src/contract/policies'
import type { MessageKey } from '#src/lib/i18n/catalogue'

export const statusNames: Readonly<Record<PolicyVersionStatus, MessageKey>> = {
  'in-force': 'policy.archive.status.inForce',
  superseded: 'policy.archive.status.superseded',
  upcoming: 'policy.archive.status.upcoming',
}
