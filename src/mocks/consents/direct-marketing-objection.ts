import type { ConsentChannel, DirectMarketingObjection } from '#src/contract/consents'

import { mockClock } from '../server/clock'
import { db } from '../server/db'
import { randomToken } from '../server/prng'

import type { ObjectionEventRecord } from './records'

/** The person's objection history, newest first (ties keep the order they were written in). */
export function getObjectionHistory(userId: string): ObjectionEventRecord[] {
  return db.objectionEvents
    .findMany((q) => q.where({ userId }))
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.occurredAt.localeCompare(a.record.occurredAt) || b.index - a.index)
    .map(({ record }) => record)
}

export function getDirectMarketingObjection(userId: string): DirectMarketingObjection {
  const history = getObjectionHistory(userId)
  return {
    purposeId: 'tailored-advertising',
    isObjecting: history[0]?.action === 'objected',
    history,
  }
}

/**
 * Business rule: the objection to direct marketing, profiling for tailored advertising included, is
 * absolute (GDPR Art. 21(2)-(3)): it takes effect at once, with no reason asked and no check. Setting the
 * state it already has records nothing, so a repeated request never adds a false event to the history.
 */
export async function setDirectMarketingObjection(
  userId: string,
  isObjecting: boolean,
  channel: ConsentChannel,
): Promise<DirectMarketingObjection> {
  const current = getDirectMarketingObjection(userId)
  if (current.isObjecting === isObjecting) return current
  await db.objectionEvents.create({
    id: `obj_${randomToken(8)}`,
    userId,
    action: isObjecting ? 'objected' : 'objection-lifted',
    occurredAt: mockClock.now().toISOString(),
    channel,
  })
  return getDirectMarketingObjection(userId)
}
