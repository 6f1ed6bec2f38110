import type { ConsentAction, ConsentChannel, ConsentPurposeId } from '#src/contract/consents'

import type { Db } from '../server/db'
import { createRandom } from '../server/prng'
import type { UserRecord } from '../session/records'

import { consentTexts, getConsentWording, getPolicyVersionAt } from './consent-texts'
import type { ConsentEventRecord, ObjectionEventRecord } from './records'

type Step = { purposeId: ConsentPurposeId; action: ConsentAction; at: string; channel: ConsentChannel }

function toRecords(user: UserRecord, steps: readonly Step[]): ConsentEventRecord[] {
  return steps.map((step, index) => {
    const policyVersion = getPolicyVersionAt(step.at)
    return {
      id: `cev_${user.historySeed}_${String(index + 1).padStart(4, '0')}`,
      userId: user.id,
      purposeId: step.purposeId,
      purposeTitle: consentTexts[step.purposeId].title,
      action: step.action,
      occurredAt: step.at,
      channel: step.channel,
      policyVersion,
      wording: getConsentWording(step.purposeId, policyVersion),
    }
  })
}

/** Almost four years: consents given at sign-up, one given later and withdrawn, cookies renewed yearly. */
const typicalHistory: readonly Step[] = [
  { purposeId: 'group-marketing', action: 'given', at: '2023-03-14T10:14:05.000Z', channel: 'sign-up' },
  { purposeId: 'cookies-consent', action: 'given', at: '2023-03-14T10:15:40.000Z', channel: 'cookie-banner' },
  { purposeId: 'partner-sharing', action: 'given', at: '2023-09-02T19:22:11.000Z', channel: 'privacy-centre' },
  { purposeId: 'cookies-consent', action: 'renewed', at: '2024-04-10T08:03:52.000Z', channel: 'cookie-banner' },
  { purposeId: 'partner-sharing', action: 'withdrawn', at: '2024-06-18T21:47:30.000Z', channel: 'privacy-centre' },
  { purposeId: 'cookies-consent', action: 'renewed', at: '2025-05-20T12:31:09.000Z', channel: 'cookie-banner' },
  { purposeId: 'group-marketing', action: 'renewed', at: '2026-10-01T07:58:44.000Z', channel: 'privacy-centre' },
  { purposeId: 'cookies-consent', action: 'renewed', at: '2026-10-01T07:59:02.000Z', channel: 'cookie-banner' },
]

/** Two days old: the marketing consent given on the sign-up form, the cookie banner answered no. */
const newAccountHistory: readonly Step[] = [
  { purposeId: 'group-marketing', action: 'given', at: '2026-11-26T16:31:12.000Z', channel: 'sign-up' },
]

const purposes: readonly ConsentPurposeId[] = ['group-marketing', 'partner-sharing', 'cookies-consent']

/**
 * Ten years of choices, generated deterministically: consents given at sign-up, renewed when a policy
 * version changed the wording, cookies renewed every 13 months (CNIL's longest cookie-consent life),
 * and about one change a month made in the centre.
 */
function buildLargeHistory(createdAt: string): Step[] {
  const random = createRandom('large-account-consents')
  const steps: Step[] = []
  const isGiven = new Map<ConsentPurposeId, boolean>()
  const record = (purposeId: ConsentPurposeId, action: ConsentAction, at: Date, channel: ConsentChannel) => {
    steps.push({ purposeId, action, at: at.toISOString(), channel })
    isGiven.set(purposeId, action !== 'withdrawn')
  }
  const start = new Date(createdAt)
  record('group-marketing', 'given', new Date(start.getTime() + 60_000), 'sign-up')
  record('partner-sharing', 'given', new Date(start.getTime() + 65_000), 'sign-up')
  record('cookies-consent', 'given', new Date(start.getTime() + 120_000), 'cookie-banner')
  let lastCookieAnswer = start.getTime()
  const end = Date.parse('2026-11-20T00:00:00.000Z')
  const renewals = ['2018-05-28T09:00:00.000Z', '2021-06-14T09:00:00.000Z', '2024-03-11T09:00:00.000Z']
  for (let month = 1; ; month++) {
    const base = new Date(start)
    base.setUTCMonth(base.getUTCMonth() + month)
    if (base.getTime() > end) break
    const at = new Date(base.getTime() + random.int(0, 27) * 86_400_000 + random.int(7 * 3600, 22 * 3600) * 1000)
    const renewal = renewals.find((instant) => {
      const time = Date.parse(instant)
      return time <= at.getTime() && time > at.getTime() - 31 * 86_400_000
    })
    if (renewal) {
      for (const purposeId of purposes) {
        if (isGiven.get(purposeId)) record(purposeId, 'renewed', at, 'privacy-centre')
      }
    }
    if (at.getTime() - lastCookieAnswer > 395 * 86_400_000) {
      lastCookieAnswer = at.getTime()
      const answer = isGiven.get('cookies-consent') ? 'renewed' : random.chance(0.5) ? 'given' : null
      if (answer) record('cookies-consent', answer, new Date(at.getTime() + 3_600_000), 'cookie-banner')
    }
    if (random.chance(0.85)) {
      const purposeId = random.pick(purposes)
      record(
        purposeId,
        isGiven.get(purposeId) ? 'withdrawn' : 'given',
        new Date(at.getTime() + 7_200_000),
        'privacy-centre',
      )
    }
  }
  return steps
}

const largeObjections: ReadonlyArray<Omit<ObjectionEventRecord, 'userId'>> = [
  { id: 'obj_large_0001', action: 'objected', occurredAt: '2019-03-10T18:20:00.000Z', channel: 'privacy-centre' },
  {
    id: 'obj_large_0002',
    action: 'objection-lifted',
    occurredAt: '2021-07-02T11:05:00.000Z',
    channel: 'privacy-centre',
  },
  { id: 'obj_large_0003', action: 'objected', occurredAt: '2023-01-15T09:40:00.000Z', channel: 'rights-request' },
]

/** Deterministic demo data of this resource for the seeded users; runs on every reset. */
export async function seedConsents(database: Db, users: readonly UserRecord[]): Promise<void> {
  for (const user of users) {
    const steps =
      user.historySeed === 'typical-customer'
        ? typicalHistory
        : user.historySeed === 'large-account'
          ? buildLargeHistory(user.createdAt)
          : newAccountHistory
    for (const event of toRecords(user, steps)) await database.consentEvents.create(event)
    if (user.historySeed === 'large-account') {
      for (const event of largeObjections) await database.objectionEvents.create({ ...event, userId: user.id })
    }
  }
}
