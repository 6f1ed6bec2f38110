import type { RecordRef } from '#src/contract/rights-requests'

import { mockClock } from '../server/clock'
import { db } from '../server/db'
import { randomToken } from '../server/prng'

/**
 * Effect of a completed erasure request on My data (GDPR Art. 17): once an erasure of chosen records completes,
 * those records are no longer held. The erased ids are stored (they survive a reload); My data's queries leave
 * them out through `erasedRecordIds`. Erasing a record twice stores it once.
 */
export async function eraseRecords(userId: string, requestId: string, records: readonly RecordRef[]): Promise<void> {
  const erasedAt = mockClock.now().toISOString()
  for (const { categoryId, recordId } of records) {
    if (db.erasedRecords.findFirst((q) => q.where({ userId, categoryId, recordId }))) continue
    await db.erasedRecords.create({
      id: `erased_${randomToken(8)}`,
      userId,
      categoryId,
      recordId,
      erasedAt,
      requestId,
    })
  }
}
