import { directMarketingPurposeId } from '#src/contract/rights-requests'

import type { PlannedStep, RightsRequestRecord } from '../rights-requests/records'

import { objectToDirectMarketing } from './direct-marketing-objection'
import { eraseRecords } from './erasure'
import { applyCompletedRectification } from './rectification'

/*
 * Cross-area effects: what one area's change does to another area's data. Each is a named rule in its own file
 * in this folder, and every area obeys it: the area that changes calls the rule, the area that shows the data
 * reads what the rule stored. No area writes another area's collections except through a rule here.
 *
 *   erasure.ts                      a completed erasure of records removes them from My data (Art. 17)
 *   rectification.ts                a completed rectification corrects My data and the account name (Art. 16)
 *   direct-marketing-objection.ts   an objection to direct marketing is recorded in Consents (Art. 21(3))
 *
 * The rights-requests area reaches them only through `applyRightsRequestOutcome` below. A new effect (say, a
 * restriction marking data in My data, or the tailored-offers channels following the objection in Settings)
 * gets its own file here and its line in that function, and the area that shows it reads what it stored.
 */

/**
 * Runs what a rights request's reached steps do beyond its own timeline, once, when the clock reaches them:
 * nothing until the team completes the request, then the effect of its right on the other areas.
 */
export async function applyRightsRequestOutcome(
  record: RightsRequestRecord,
  reached: readonly PlannedStep[],
): Promise<void> {
  const completed = reached.some((step) => step.kind === 'completed')
  if (!completed) return
  const { body } = record
  // Art. 17: the records an erasure of items named, except those kept, are gone from My data.
  if (body.kind === 'erasure' && body.scope === 'items' && record.erasureStatement) {
    const erased = record.erasureStatement.deleted.flatMap((item) => (item.record ? [item.record] : []))
    await eraseRecords(record.userId, record.id, erased)
  }
  // Art. 21(3): an objection to direct marketing stops it at once, in Consents as well.
  if (body.kind === 'objection' && body.purposeId === directMarketingPurposeId) {
    await objectToDirectMarketing(record.userId, 'rights-request')
  }
  if (body.kind === 'rectification') await applyCompletedRectification(record.userId, body)
}
