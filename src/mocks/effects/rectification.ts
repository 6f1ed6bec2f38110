import type { DataCategoryId } from '#src/contract/register'
import type { CreateRightsRequestBody } from '#src/contract/rights-requests'

import { findRow } from '../my-data/records-query'
import { processingRegister } from '../register/seed'
import { mockClock } from '../server/clock'
import { db } from '../server/db'
import { randomToken } from '../server/prng'

/** Longest corrected value kept, as the correction collection's schema allows. */
const maxValueLength = 500

/**
 * Effect of a completed rectification request on My data (GDPR Art. 16): the corrected value replaces the
 * field's value in every answer about that record, from then on. Corrections are stored, so they survive a
 * reload; a second correction of the same field replaces the first. Throws when the record, the field or the
 * value cannot be corrected: the caller (the rights-requests flow) must not complete a request that did nothing.
 */
export async function applyRectification(
  userId: string,
  categoryId: DataCategoryId,
  recordId: string,
  field: string,
  value: string,
): Promise<void> {
  const user = db.users.findFirst((q) => q.where({ id: userId }))
  if (!user) throw new Error('Unknown user')
  const category = processingRegister.categories.find((entry) => entry.id === categoryId)
  if (!category?.fields.some((entry) => entry.key === field)) throw new Error(`No field "${field}" in ${categoryId}`)
  // The password is never shown, so it is never "corrected" here either; it changes through sign-in settings.
  if (field === 'passwordChangedAt') throw new Error('The password date cannot be rectified')
  if (findRow(user, categoryId, recordId) === null) throw new Error('Unknown record')
  const trimmed = value.trim()
  if (trimmed.length === 0 || trimmed.length > maxValueLength) throw new Error('Invalid corrected value')

  const existing = db.profileCorrections.findFirst((q) => q.where({ userId, categoryId, recordId, field }))
  if (existing) db.profileCorrections.delete(existing)
  await db.profileCorrections.create({
    id: `corr_${randomToken(8)}`,
    userId,
    categoryId,
    recordId,
    field,
    value: trimmed,
    correctedAt: mockClock.now().toISOString(),
  })
}

type RectificationBody = Extract<CreateRightsRequestBody, { kind: 'rectification' }>

/**
 * Effect of a completed rectification request on every area that shows the value: the correction shows in My
 * data from now on (Art. 16). It was checked when filed, so it applies; if the record has gone since (deleted on
 * schedule), there is nothing left to correct. A corrected account name is also the one the whole centre greets
 * the person with (the user record of the session area).
 */
export async function applyCompletedRectification(userId: string, body: RectificationBody): Promise<void> {
  const user = db.users.findFirst((q) => q.where({ id: userId }))
  await applyRectification(userId, body.categoryId, body.recordId, body.field, body.correctValue).catch(() => undefined)
  if (user && body.categoryId === 'account' && body.field === 'name') {
    await db.users.update((q) => q.where({ id: user.id }), {
      data(draft) {
        draft.name = body.correctValue
      },
    })
  }
}
