import type { Db } from '../server/db'
import type { UserRecord } from '../session/records'

import type { PolicyAcknowledgementRecord } from './records'

type Acknowledgement = Omit<PolicyAcknowledgementRecord, 'id' | 'userId'>

/**
 * Who read which notice, and when: every demo person has acknowledged the version in force when the demo
 * starts (2026-09), so the notice appears only once a later significant version takes effect.
 */
const acknowledgementsBySeed: Readonly<Record<string, readonly Acknowledgement[]>> = {
  // Signed up under 2021-06; the 2026-09 notice was read the morning the marketing consent was renewed.
  'typical-customer': [
    { versionId: '2024-03', acknowledgedAt: '2024-04-10T08:02:31.000Z', channel: 'privacy-centre' },
    { versionId: '2026-09', acknowledgedAt: '2026-10-01T07:57:50.000Z', channel: 'privacy-centre' },
  ],
  'large-account': [
    { versionId: '2016-10', acknowledgedAt: '2016-11-28T08:00:30.000Z', channel: 'sign-up' },
    { versionId: '2018-05', acknowledgedAt: '2018-05-28T08:58:10.000Z', channel: 'privacy-centre' },
    { versionId: '2021-06', acknowledgedAt: '2021-06-14T08:59:02.000Z', channel: 'privacy-centre' },
    { versionId: '2024-03', acknowledgedAt: '2024-03-11T08:57:45.000Z', channel: 'privacy-centre' },
    { versionId: '2026-09', acknowledgedAt: '2026-09-14T19:12:00.000Z', channel: 'privacy-centre' },
  ],
  // Two days old: shown the policy in force on the sign-up form.
  'new-account': [{ versionId: '2026-09', acknowledgedAt: '2026-11-26T16:30:20.000Z', channel: 'sign-up' }],
}

/** Deterministic demo data of this resource for the seeded users; runs on every reset. */
export async function seedPolicyAcknowledgements(database: Db, users: readonly UserRecord[]): Promise<void> {
  for (const user of users) {
    const acknowledgements = acknowledgementsBySeed[user.historySeed] ?? []
    for (const [index, acknowledgement] of acknowledgements.entries()) {
      await database.policyAcknowledgements.create({
        ...acknowledgement,
        id: `pack_${user.historySeed}_${String(index + 1).padStart(2, '0')}`,
        userId: user.id,
      })
    }
  }
}
