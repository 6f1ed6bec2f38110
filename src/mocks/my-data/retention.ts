import type { RetentionPeriod, RetentionRule } from '#src/contract/register'

import { addToDate } from '../server/clock'

function toStep(period: RetentionPeriod): { days?: number; months?: number } {
  switch (period.unit) {
    case 'day':
      return { days: period.count }
    case 'month':
      return { months: period.count }
    case 'year':
      return { months: period.count * 12 }
  }
}

/**
 * Business rule: the calendar date (UTC) a record made at `recordedAt` is deleted under `rule`.
 * A fixed period counts calendar months from the recording ("1 mois" from 31 January is 28 or 29 February);
 * data kept until the account is deleted, or for a period the policy does not state, has no date (null).
 * Pure: callers compare the result with `mockClock.now()` to know whether the record is still held.
 */
export function deletionDateFor(rule: RetentionRule, recordedAt: string | Date): string | null {
  if (rule.kind !== 'fixed') return null
  return addToDate(new Date(recordedAt), toStep(rule.period)).toISOString().slice(0, 10)
}

/** The server's "today" as a calendar date: a record whose deletion date is today or earlier is gone. */
export function isPastDeletion(deletionOn: string | null, today: string): boolean {
  return deletionOn !== null && deletionOn <= today
}
