import { addToDate, clockStart } from '../clock'
import { createRandom, type Random } from '../prng'
import type { CustomerServiceRecord, TransactionRecord, UsageEventRecord, UserRecord } from '../records'

import { getHistorySize } from './demo-accounts'

/**
 * A person's generated history. Built on first use and cached per seed: the large account's
 * 100,000 transactions cost tens of milliseconds, which resetDb() (run after every test) must not pay.
 * The history ends at `clockStart`, a fixed instant, so it never depends on when it is generated.
 */
export type UserHistory = {
  readonly transactions: readonly TransactionRecord[]
  readonly usageEvents: readonly UsageEventRecord[]
  readonly customerService: readonly CustomerServiceRecord[]
}

const cache = new Map<string, UserHistory>()

/** Transactions are kept 10 years (policy), so none is older than that. */
const transactionRetention = { months: -120 } as const
/** Call logs and text dialogues: 3 years. */
const dialogueRetention = { months: -36 } as const
/** Voice recordings "for educational purposes": 1 month. */
const recordingRetention = { months: -1 } as const

const products = [
  'Dialogra Premium – monthly',
  'Dialogra Premium – yearly',
  'Sticker pack',
  'Theme: Aurora',
  'Extra storage 50 GB',
  'Gift card',
  'Voice minutes bundle',
  'Profile boost',
] as const
const campaigns = ['newsletter-2024-spring', 'banner-homepage', 'partner-offer', 'retargeting-ad'] as const
const topics = [
  'Billing question',
  'Refund request',
  'Account access',
  'Subscription change',
  'Technical problem',
] as const
/** Documentation address ranges (RFC 5737), so no demo IP belongs to anyone. */
const ipPrefixes = ['192.0.2.', '198.51.100.', '203.0.113.'] as const

/** Spreads `count` instants over [from, to], in order, with jitter: steady activity over the years. */
function spread(random: Random, count: number, from: Date, to: Date): string[] {
  const start = from.getTime()
  const span = Math.max(0, to.getTime() - start)
  const step = count > 0 ? span / count : 0
  const instants: string[] = []
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(step * (i + random.next()))
    instants.push(new Date(Math.min(at, to.getTime())).toISOString())
  }
  return instants
}

function latest(a: Date, b: Date): Date {
  return a.getTime() > b.getTime() ? a : b
}

function buildTransactions(user: UserRecord, random: Random, count: number): TransactionRecord[] {
  const from = latest(new Date(user.createdAt), addToDate(clockStart, transactionRetention))
  return spread(random, count, from, clockStart).map((occurredAt, index) => {
    const roll = random.next()
    const kind = roll < 0.04 ? 'refund' : roll < 0.2 ? 'subscription' : 'purchase'
    const amount = random.int(99, 4_999)
    return {
      id: `txn_${user.historySeed}_${index.toString(36)}`,
      userId: user.id,
      occurredAt,
      amountMinor: kind === 'refund' ? -amount : amount,
      currency: 'EUR',
      kind,
      description: random.pick(products),
      purchaseReference: random.chance(0.15) ? random.pick(campaigns) : null,
      paymentProvider: random.pick(['card', 'card', 'paypal', 'bank_transfer'] as const),
    }
  })
}

function buildUsageEvents(user: UserRecord, random: Random, count: number): UsageEventRecord[] {
  const kinds = [
    'sign_in',
    'session',
    'session',
    'feature_used',
    'ad_clicked',
    'campaign_opened',
    'settings_changed',
  ] as const
  return spread(random, count, new Date(user.createdAt), clockStart).map((occurredAt, index) => {
    const kind = random.pick(kinds)
    return {
      id: `evt_${user.historySeed}_${index.toString(36)}`,
      userId: user.id,
      occurredAt,
      kind,
      ipAddress: `${random.pick(ipPrefixes)}${random.int(1, 254)}`,
      durationSeconds: kind === 'session' ? random.int(30, 5_400) : null,
    }
  })
}

function buildCustomerService(user: UserRecord, random: Random, count: number): CustomerServiceRecord[] {
  const from = latest(new Date(user.createdAt), addToDate(clockStart, dialogueRetention))
  const recordingsFrom = latest(new Date(user.createdAt), addToDate(clockStart, recordingRetention))
  return spread(random, count, from, clockStart).map((occurredAt, index) => {
    const isRecent = new Date(occurredAt).getTime() >= recordingsFrom.getTime()
    const channel =
      isRecent && random.chance(0.5) ? 'voice_recording' : random.pick(['call_log', 'text_dialogue'] as const)
    return {
      id: `cs_${user.historySeed}_${index.toString(36)}`,
      userId: user.id,
      occurredAt,
      channel,
      topic: random.pick(topics),
      durationSeconds: channel === 'text_dialogue' ? null : random.int(60, 1_800),
    }
  })
}

/** The person's history, generated once per seed. Each part has its own stream so sizes can change independently. */
export function getUserHistory(user: UserRecord): UserHistory {
  const cached = cache.get(user.historySeed)
  if (cached) return cached
  const size = getHistorySize(user.historySeed)
  const history: UserHistory = {
    transactions: buildTransactions(user, createRandom(`${user.historySeed}:transactions`), size.transactions),
    usageEvents: buildUsageEvents(user, createRandom(`${user.historySeed}:usage`), size.usageEvents),
    customerService: buildCustomerService(
      user,
      createRandom(`${user.historySeed}:customer-service`),
      size.customerService,
    ),
  }
  cache.set(user.historySeed, history)
  return history
}

/** Lets the determinism test build a history twice from scratch. */
export function clearHistoryCache(): void {
  cache.clear()
}
