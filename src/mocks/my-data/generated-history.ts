import { addToDate, clockStart } from '../server/clock'
import { hashString } from '../server/prng'
import type { UserRecord } from '../session/records'

import type { CustomerServiceRecord, TransactionRecord, UsageEventRecord } from './records'

/*
 * A person's generated history. Each part (transactions, usage events, customer service) is generated on
 * first use of that part only, and cached per seed: the large account's 104,000 transactions must not be paid
 * for by a page that shows its usage, nor by a reset of the demo world (run after every test). A part is kept as columns
 * (typed arrays of times and codes, in time order as generated, so nothing is sorted); a row's object is built
 * only when it is read. The history ends at `clockStart`, a fixed instant, so it never depends on when it is
 * generated: the same seed always gives the same records, ids and counts.
 */

type HistorySize = { readonly transactions: number; readonly usageEvents: number; readonly customerService: number }

/** How much history each demo person has, by `historySeed` (the demo accounts are in session/demo-accounts.ts). */
const historySizes: Readonly<Record<string, HistorySize>> = {
  'typical-customer': { transactions: 420, usageEvents: 2_400, customerService: 8 },
  'large-account': { transactions: 104_000, usageEvents: 36_000, customerService: 60 },
  'new-account': { transactions: 1, usageEvents: 3, customerService: 0 },
}

function getHistorySize(historySeed: string): HistorySize {
  return historySizes[historySeed] ?? { transactions: 0, usageEvents: 0, customerService: 0 }
}

/** One generated part, as columns: `at[i]` is row i's time (epoch ms), in ascending order. */
export type HistoryPart<T> = {
  readonly length: number
  readonly at: Float64Array
  /** The row's id, without building its object. */
  id(index: number): string
  /** The row's index from its id, or -1 when the id is not one of this part's. */
  indexOf(id: string): number
  /** The row as a record object, built on each call. */
  record(index: number): T
}

export const transactionKinds = ['purchase', 'subscription', 'refund'] as const
const paymentProviders = ['card', 'card', 'paypal', 'bank_transfer'] as const
export const usageKinds = [
  'sign_in',
  'session',
  'session',
  'feature_used',
  'ad_clicked',
  'campaign_opened',
  'settings_changed',
] as const
const customerServiceChannels = ['call_log', 'text_dialogue'] as const

export type TransactionPart = HistoryPart<TransactionRecord> & {
  /** Index into `transactionKinds`. */
  readonly kind: Uint8Array
  /** Index into the campaign list, or -1 for none. */
  readonly purchaseReference: Int8Array
}
export type UsagePart = HistoryPart<UsageEventRecord> & {
  /** Index into `usageKinds` (which names "session" twice, as the generator's odds do). */
  readonly kind: Uint8Array
}

/** The person's whole history as record objects, each part built on first read (kept for callers that want lists). */
export type UserHistory = {
  readonly transactions: readonly TransactionRecord[]
  readonly usageEvents: readonly UsageEventRecord[]
  readonly customerService: readonly CustomerServiceRecord[]
}

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

/**
 * The demo's random stream (prng.ts `createRandom`, mulberry32), drawn here without a call through a closure per
 * draw: the large account's parts take about 700,000 draws, and on a fresh page (the code not yet optimised)
 * the calls cost more than the draws. Same seed, same numbers: a test checks it against `createRandom`.
 */
type Stream = { state: number }

const streamOf = (seed: string): Stream => ({ state: hashString(seed) })

/** `Random.next()`: a float in [0, 1). */
function next(stream: Stream): number {
  stream.state = (stream.state + 0x6d2b79f5) >>> 0
  let t = stream.state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}

/** `Random.pick`'s draw, as an index. */
const pickIndex = (stream: Stream, length: number): number => Math.floor(next(stream) * length)
/** `Random.int`'s draw. */
const drawInt = (stream: Stream, min: number, max: number): number => min + Math.floor(next(stream) * (max - min + 1))

function item<T>(items: readonly T[], index: number): T {
  const found = items[index]
  if (found === undefined) throw new RangeError(`No item ${String(index)}`)
  return found
}

/** Spreads `count` instants over [from, to], in order, with jitter: steady activity over the years. */
function spread(random: Stream, count: number, from: Date, to: Date): Float64Array {
  const start = from.getTime()
  const end = to.getTime()
  const span = Math.max(0, end - start)
  const step = count > 0 ? span / count : 0
  const instants = new Float64Array(count)
  for (let i = 0; i < count; i++) instants[i] = Math.min(start + Math.floor(step * (i + next(random))), end)
  return instants
}

function latest(a: Date, b: Date): Date {
  return a.getTime() > b.getTime() ? a : b
}

const iso = (ms: number | undefined) => new Date(ms ?? Number.NaN).toISOString()

/** Ids are `<prefix>_<seed>_<index in base 36>`: the index is read back from the id, no lookup table needed. */
function idCodec(prefix: string, historySeed: string, length: number) {
  const head = `${prefix}_${historySeed}_`
  return {
    id: (index: number) => `${head}${index.toString(36)}`,
    indexOf: (id: string) => {
      if (!id.startsWith(head)) return -1
      const tail = id.slice(head.length)
      const index = /^[0-9a-z]{1,8}$/.test(tail) ? parseInt(tail, 36) : -1
      // Only the canonical spelling (no leading zeros) names a row.
      return index >= 0 && index < length && index.toString(36) === tail ? index : -1
    },
  }
}

function buildTransactions(user: UserRecord, count: number): TransactionPart {
  const random = streamOf(`${user.historySeed}:transactions`)
  const from = latest(new Date(user.createdAt), addToDate(clockStart, transactionRetention))
  const at = spread(random, count, from, clockStart)
  const kind = new Uint8Array(count)
  const amountMinor = new Int32Array(count)
  const description = new Uint8Array(count)
  const purchaseReference = new Int8Array(count)
  const provider = new Uint8Array(count)
  // The draws, in the order the record's fields were always drawn: kind, amount, product, campaign, provider.
  for (let i = 0; i < count; i++) {
    const roll = next(random)
    kind[i] = roll < 0.04 ? 2 : roll < 0.2 ? 1 : 0
    const amount = drawInt(random, 99, 4_999)
    amountMinor[i] = kind[i] === 2 ? -amount : amount
    description[i] = pickIndex(random, products.length)
    purchaseReference[i] = next(random) < 0.15 ? pickIndex(random, campaigns.length) : -1
    provider[i] = pickIndex(random, paymentProviders.length)
  }
  const codec = idCodec('txn', user.historySeed, count)
  return {
    length: count,
    at,
    kind,
    purchaseReference,
    ...codec,
    record: (index) => {
      const reference = purchaseReference[index] ?? -1
      return {
        id: codec.id(index),
        userId: user.id,
        occurredAt: iso(at[index]),
        amountMinor: amountMinor[index] ?? 0,
        currency: 'EUR',
        kind: item(transactionKinds, kind[index] ?? 0),
        description: item(products, description[index] ?? 0),
        purchaseReference: reference < 0 ? null : item(campaigns, reference),
        paymentProvider: item(paymentProviders, provider[index] ?? 0),
      }
    },
  }
}

function buildUsageEvents(user: UserRecord, count: number): UsagePart {
  const random = streamOf(`${user.historySeed}:usage`)
  const at = spread(random, count, new Date(user.createdAt), clockStart)
  const kind = new Uint8Array(count)
  const ipPrefix = new Uint8Array(count)
  const ipHost = new Uint8Array(count)
  const durationSeconds = new Int32Array(count).fill(-1)
  for (let i = 0; i < count; i++) {
    const code = pickIndex(random, usageKinds.length)
    kind[i] = code
    ipPrefix[i] = pickIndex(random, ipPrefixes.length)
    ipHost[i] = drawInt(random, 1, 254)
    if (usageKinds[code] === 'session') durationSeconds[i] = drawInt(random, 30, 5_400)
  }
  const codec = idCodec('evt', user.historySeed, count)
  return {
    length: count,
    at,
    kind,
    ...codec,
    record: (index) => {
      const seconds = durationSeconds[index] ?? -1
      return {
        id: codec.id(index),
        userId: user.id,
        occurredAt: iso(at[index]),
        kind: item(usageKinds, kind[index] ?? 0),
        ipAddress: `${item(ipPrefixes, ipPrefix[index] ?? 0)}${String(ipHost[index] ?? 0)}`,
        durationSeconds: seconds < 0 ? null : seconds,
      }
    },
  }
}

/** A few dozen records at most: kept as objects. */
function buildCustomerService(user: UserRecord, count: number): CustomerServiceRecord[] {
  const random = streamOf(`${user.historySeed}:customer-service`)
  const from = latest(new Date(user.createdAt), addToDate(clockStart, dialogueRetention))
  const recordingsFrom = latest(new Date(user.createdAt), addToDate(clockStart, recordingRetention)).getTime()
  return Array.from(spread(random, count, from, clockStart), (at, index) => {
    const channel =
      at >= recordingsFrom && next(random) < 0.5
        ? 'voice_recording'
        : item(customerServiceChannels, pickIndex(random, customerServiceChannels.length))
    return {
      id: `cs_${user.historySeed}_${index.toString(36)}`,
      userId: user.id,
      occurredAt: iso(at),
      channel,
      topic: item(topics, pickIndex(random, topics.length)),
      durationSeconds: channel === 'text_dialogue' ? null : drawInt(random, 60, 1_800),
    }
  })
}

type Parts = {
  transactions?: TransactionPart
  usageEvents?: UsagePart
  customerService?: CustomerServiceRecord[]
  history?: UserHistory
}

const cache = new Map<string, Parts>()

function partsOf(user: UserRecord): Parts {
  let parts = cache.get(user.historySeed)
  if (!parts) {
    parts = {}
    cache.set(user.historySeed, parts)
  }
  return parts
}

/** The person's transactions, generated on first use. Each part has its own stream so sizes can change independently. */
export function getTransactions(user: UserRecord): TransactionPart {
  const parts = partsOf(user)
  parts.transactions ??= buildTransactions(user, getHistorySize(user.historySeed).transactions)
  return parts.transactions
}

export function getUsageEvents(user: UserRecord): UsagePart {
  const parts = partsOf(user)
  parts.usageEvents ??= buildUsageEvents(user, getHistorySize(user.historySeed).usageEvents)
  return parts.usageEvents
}

export function getCustomerService(user: UserRecord): readonly CustomerServiceRecord[] {
  const parts = partsOf(user)
  parts.customerService ??= buildCustomerService(user, getHistorySize(user.historySeed).customerService)
  return parts.customerService
}

/** Every record object of a part, built once on first read. */
function lazyList<T>(build: () => readonly T[]): () => readonly T[] {
  let list: readonly T[] | undefined
  return () => (list ??= build())
}

/** The person's history as lists of records; a part is generated, and its objects built, only when read. */
export function getUserHistory(user: UserRecord): UserHistory {
  const parts = partsOf(user)
  if (parts.history) return parts.history
  const transactions = lazyList(() => {
    const part = getTransactions(user)
    return Array.from({ length: part.length }, (_, index) => part.record(index))
  })
  const usageEvents = lazyList(() => {
    const part = getUsageEvents(user)
    return Array.from({ length: part.length }, (_, index) => part.record(index))
  })
  parts.history = {
    get transactions() {
      return transactions()
    },
    get usageEvents() {
      return usageEvents()
    },
    get customerService() {
      return getCustomerService(user)
    },
  }
  return parts.history
}

/** Lets the determinism test build a history twice from scratch. */
export function clearHistoryCache(): void {
  cache.clear()
}
