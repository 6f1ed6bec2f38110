import type { ConsentPurposeId } from '#src/contract/consents'
import type { PolicyNotice } from '#src/contract/policies'

import { db } from '../server/db'
import type { UserRecord } from '../session/records'

import type { PolicyAcknowledgementRecord } from './records'
import { getVersionInForceAt, getVersionsBetween, toVersionInfo } from './versions'

/** The person's acknowledgements, newest first. */
export function getAcknowledgements(userId: string): PolicyAcknowledgementRecord[] {
  return db.policyAcknowledgements
    .findMany((q) => q.where({ userId }))
    .sort((a, b) => b.acknowledgedAt.localeCompare(a.acknowledgedAt))
}

/**
 * Business rule: the more visible notice the policy promises for significant changes. It is due when a
 * version in force is later than the last one the person acknowledged (or, with none, than the one in force
 * when their account was created) and the versions in between made at least one significant change. It lists
 * those changes and the consents they make necessary; reading it is never taken as agreeing to anything.
 */
export function getPolicyNotice(user: UserRecord, now: Date): PolicyNotice['notice'] {
  const inForce = getVersionInForceAt(now)
  const acknowledged = getAcknowledgements(user.id)
    .map((record) => record.versionId)
    .sort()
    .at(-1)
  const sinceVersionId = acknowledged ?? getVersionInForceAt(new Date(user.createdAt)).id
  const changes = getVersionsBetween(sinceVersionId, inForce.id).flatMap((version) =>
    version.changes.filter((change) => change.isSignificant),
  )
  if (changes.length === 0) return null
  const consentsNeeded = [
    ...new Set(changes.flatMap((change): ConsentPurposeId[] => (change.consentNeeded ? [change.consentNeeded] : []))),
  ]
  return { version: toVersionInfo(inForce), sinceVersionId, changes, consentsNeeded }
}
