import { addToDate, clockStart } from '../server/clock'
import type { Db } from '../server/db'
import type { UserRecord } from '../session/records'

import type { CookieRecord, CustomerServiceRecord, ReceivedDataRecord } from './records'

/*
 * The small per-person parts of "My data". Dates count back from `clockStart`, where the generated history
 * ends, so the typical customer's voice recordings are days old and go within the month (policy: "1 mois").
 */

const ago = (days: number, hour = 8) => addToDate(clockStart, { days: -days, seconds: (hour - 9) * 3600 }).toISOString()

type Plan = {
  readonly cookies: readonly (readonly [CookieRecord['name'], CookieRecord['role'], number])[]
  readonly received: readonly (readonly [ReceivedDataRecord['sender'], ReceivedDataRecord['content'], number])[]
  readonly contacts: readonly (readonly [CustomerServiceRecord['channel'], string, number, number | null])[]
}

const plans: Readonly<Record<string, Plan>> = {
  'typical-customer': {
    cookies: [
      ['dlg_session', 'session', 0],
      ['dlg_lang', 'language', 610],
      ['dlg_analytics_id', 'analytics', 610],
      ['dlg_ads_id', 'advertising', 240],
    ],
    received: [
      ['payment-provider', 'payment-authorisation', 1_200],
      ['payment-provider', 'card-expiry-update', 95],
      ['dialogra-product', 'linked-profile', 400],
    ],
    contacts: [
      ['voice_recording', 'Billing question', 3, 412],
      ['call_log', 'Billing question', 3, 412],
      ['text_dialogue', 'Refund request', 11, null],
      ['voice_recording', 'Subscription change', 18, 655],
      ['call_log', 'Subscription change', 18, 655],
      ['voice_recording', 'Technical problem', 26, 238],
      ['call_log', 'Technical problem', 26, 238],
    ],
  },
  'large-account': {
    cookies: [
      ['dlg_session', 'session', 0],
      ['dlg_lang', 'language', 3_000],
      ['dlg_analytics_id', 'analytics', 1_500],
    ],
    received: [
      ['payment-provider', 'payment-authorisation', 3_500],
      ['payment-provider', 'card-expiry-update', 700],
      ['payment-provider', 'card-expiry-update', 20],
    ],
    contacts: [['voice_recording', 'Account access', 6, 301]],
  },
  'new-account': {
    cookies: [['dlg_session', 'session', 0]],
    received: [['payment-provider', 'payment-authorisation', 1]],
    contacts: [],
  },
}

/** Deterministic demo data of this resource for the seeded users; runs on every reset. */
export async function seedProfiles(database: Db, users: readonly UserRecord[]): Promise<void> {
  for (const user of users) {
    const plan = plans[user.historySeed]
    if (!plan) continue
    for (const [index, [name, role, days]] of plan.cookies.entries()) {
      await database.profileCookies.create({
        id: `ck_${user.historySeed}_${index}`,
        userId: user.id,
        name,
        role,
        setAt: ago(days),
      })
    }
    for (const [index, [sender, content, days]] of plan.received.entries()) {
      await database.profileReceivedData.create({
        id: `rcv_${user.historySeed}_${index}`,
        userId: user.id,
        sender,
        content,
        receivedAt: ago(days, 8),
      })
    }
    for (const [index, [channel, topic, days, durationSeconds]] of plan.contacts.entries()) {
      await database.profileRecentContacts.create({
        id: `csr_${user.historySeed}_${index}`,
        userId: user.id,
        occurredAt: ago(days, 14),
        channel,
        topic,
        durationSeconds,
      })
    }
  }
}
