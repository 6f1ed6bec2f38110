import type { LocalizedText } from '#src/contract/common'
import type { FieldValue } from '#src/contract/profile'
import type { DataCategoryId } from '#src/contract/register'

import { db } from '../server/db'
import type { UserRecord } from '../session/records'

import {
  getCustomerService,
  getTransactions,
  getUsageEvents,
  transactionKinds,
  usageKinds,
  type HistoryPart,
} from './generated-history'
import type {
  CookieRecord,
  CustomerServiceRecord,
  ReceivedDataRecord,
  TransactionRecord,
  UsageEventRecord,
} from './records'

/*
 * The person's records of each category, seen by index so the large account's 104,000 transactions are read
 * where they lie (the generated history's columns), never copied into 104,000 new objects: a row's object and
 * fields are built only for the rows a request returns. A category's rows are built on demand from the part of
 * the generated history it needs (cached by generated-history.ts) and the small collections of the db.
 */

export type FieldEntry = readonly [key: string, value: FieldValue]

export type CategoryRows = {
  readonly length: number
  id(index: number): string
  kind(index: number): string
  recordedAt(index: number): string
  /** The recording time in epoch milliseconds: compared without building its ISO string. */
  time(index: number): number
  fields(index: number): FieldEntry[]
  /** Whether this row is a voice recording that can be played. */
  hasAudio(index: number): boolean
  /** The row of an id, when it can be read from the id itself (-1: not this list's), instead of a scan. */
  indexOf?(id: string): number
}

type RowSpec<T> = {
  id(item: T): string
  kind(item: T): string
  recordedAt(item: T): string
  fields(item: T): FieldEntry[]
  hasAudio?(item: T): boolean
}

function rowsOf<T>(items: readonly T[], spec: RowSpec<T>): CategoryRows {
  const at = (index: number): T => {
    const item = items[index]
    if (item === undefined) throw new RangeError(`No row ${index}`)
    return item
  }
  return {
    length: items.length,
    id: (index) => spec.id(at(index)),
    kind: (index) => spec.kind(at(index)),
    recordedAt: (index) => spec.recordedAt(at(index)),
    time: (index) => Date.parse(spec.recordedAt(at(index))),
    fields: (index) => spec.fields(at(index)),
    hasAudio: (index) => spec.hasAudio?.(at(index)) ?? false,
  }
}

const text = (value: string): FieldValue => ({ type: 'text', value })
const label = (value: LocalizedText): FieldValue => ({ type: 'label', value })
const datetime = (value: string): FieldValue => ({ type: 'datetime', value })
const none: FieldValue = { type: 'none' }
const duration = (seconds: number | null): FieldValue => (seconds === null ? none : { type: 'duration', seconds })

/** The bilingual names of every coded value a record can hold. */
export const kindLabels = {
  account: { account: { fr: 'Compte', en: 'Account' } },
  usage: {
    'sign-in': { fr: 'Connexion', en: 'Sign-in' },
    session: { fr: 'Session d’utilisation', en: 'Usage session' },
    'feature-used': { fr: 'Fonction utilisée', en: 'Feature used' },
    'ad-clicked': { fr: 'Clic sur une publicité', en: 'Advert clicked' },
    'campaign-opened': { fr: 'Campagne ouverte', en: 'Campaign opened' },
    'settings-changed': { fr: 'Paramètres modifiés', en: 'Settings changed' },
  },
  customerService: {
    'call-log': { fr: 'Journal d’appel', en: 'Call log' },
    'text-dialogue': { fr: 'Dialogue textuel', en: 'Text dialogue' },
    'voice-recording': { fr: 'Enregistrement vocal', en: 'Voice recording' },
  },
  transaction: {
    purchase: { fr: 'Achat', en: 'Purchase' },
    subscription: { fr: 'Abonnement', en: 'Subscription' },
    refund: { fr: 'Remboursement', en: 'Refund' },
  },
  connection: { connection: { fr: 'Connexion', en: 'Connection' } },
  cookie: { cookie: { fr: 'Cookie', en: 'Cookie' } },
  adReaction: {
    'ad-clicked': { fr: 'Clic sur une publicité', en: 'Advert clicked' },
    'campaign-opened': { fr: 'Campagne ouverte', en: 'Campaign opened' },
    'purchase-after-ad': { fr: 'Achat après une publicité', en: 'Purchase after an advert' },
  },
  received: {
    'payment-provider': { fr: 'Prestataire de paiement', en: 'Payment provider' },
    'dialogra-product': { fr: 'Autre produit Dialogra', en: 'Other Dialogra product' },
  },
} satisfies Record<string, Record<string, LocalizedText>>

const topicLabels: Readonly<Record<string, LocalizedText>> = {
  'Billing question': { fr: 'Question de facturation', en: 'Billing question' },
  'Refund request': { fr: 'Demande de remboursement', en: 'Refund request' },
  'Account access': { fr: 'Accès au compte', en: 'Account access' },
  'Subscription change': { fr: 'Changement d’abonnement', en: 'Subscription change' },
  'Technical problem': { fr: 'Problème technique', en: 'Technical problem' },
}

const paymentLabels: Readonly<Record<TransactionRecord['paymentProvider'], LocalizedText>> = {
  card: { fr: 'Carte bancaire', en: 'Bank card' },
  paypal: { fr: 'PayPal', en: 'PayPal' },
  bank_transfer: { fr: 'Virement bancaire', en: 'Bank transfer' },
}

const cookieRoles: Readonly<Record<CookieRecord['role'], LocalizedText>> = {
  session: { fr: 'Vous garder connecté', en: 'Keeps you signed in' },
  language: { fr: 'Retenir votre langue', en: 'Remembers your language' },
  analytics: { fr: 'Mesurer l’utilisation du service', en: 'Measures how the service is used' },
  advertising: { fr: 'Adapter la publicité à vos centres d’intérêt', en: 'Tailors advertising to your interests' },
}

const receivedContents: Readonly<Record<ReceivedDataRecord['content'], LocalizedText>> = {
  'payment-authorisation': {
    fr: 'L’autorisation de votre moyen de paiement et les 4 derniers chiffres de la carte',
    en: 'The authorisation of your payment method and the card’s last 4 digits',
  },
  'card-expiry-update': { fr: 'La nouvelle date d’expiration de votre carte', en: 'Your card’s new expiry date' },
  'linked-profile': {
    fr: 'Votre nom d’utilisateur sur un autre produit Dialogra lié à ce compte',
    en: 'Your username on another Dialogra product linked to this account',
  },
}

/** Campaign names the history uses as purchase references, with their readable names. */
const campaignLabels: Readonly<Record<string, LocalizedText>> = {
  'newsletter-2024-spring': { fr: 'Lettre d’information du printemps 2024', en: 'Spring 2024 newsletter' },
  'banner-homepage': { fr: 'Bannière de la page d’accueil', en: 'Home page banner' },
  'partner-offer': { fr: 'Offre d’un partenaire', en: 'Partner offer' },
  'retargeting-ad': { fr: 'Publicité de reciblage', en: 'Retargeting advert' },
}
const campaignIds = Object.keys(campaignLabels)

const dashed = (value: string) => value.replaceAll('_', '-')
const localizedOr = (map: Readonly<Record<string, LocalizedText>>, key: string): FieldValue => {
  const found = map[key]
  return found ? label(found) : text(key)
}

function accountRows(user: UserRecord): CategoryRows {
  return rowsOf([user], {
    id: () => 'account',
    kind: () => 'account',
    recordedAt: (item) => item.createdAt,
    // The password is never part of a record: only when it last changed (GDPR Art. 32, QUALITY check 7).
    fields: (item) => [
      ['name', text(item.name)],
      ['email', text(item.email)],
      ['createdAt', datetime(item.createdAt)],
      ['passwordChangedAt', datetime(item.passwordChangedAt)],
      ['lastSignInAt', item.lastSignInAt ? datetime(item.lastSignInAt) : none],
    ],
  })
}

const usageSpec: RowSpec<UsageEventRecord> = {
  id: (item) => item.id,
  kind: (item) => dashed(item.kind),
  recordedAt: (item) => item.occurredAt,
  fields: (item) => [
    ['event', localizedOr(kindLabels.usage, dashed(item.kind))],
    ['occurredAt', datetime(item.occurredAt)],
    ['ipAddress', text(item.ipAddress)],
    ['duration', duration(item.durationSeconds)],
  ],
}

const customerServiceSpec: RowSpec<CustomerServiceRecord> = {
  id: (item) => item.id,
  kind: (item) => dashed(item.channel),
  recordedAt: (item) => item.occurredAt,
  fields: (item) => [
    ['channel', localizedOr(kindLabels.customerService, dashed(item.channel))],
    ['topic', localizedOr(topicLabels, item.topic)],
    ['occurredAt', datetime(item.occurredAt)],
    ['duration', duration(item.durationSeconds)],
  ],
  hasAudio: (item) => item.channel === 'voice_recording',
}

const transactionSpec: RowSpec<TransactionRecord> = {
  id: (item) => item.id,
  kind: (item) => item.kind,
  recordedAt: (item) => item.occurredAt,
  fields: (item) => [
    ['kind', localizedOr(kindLabels.transaction, item.kind)],
    ['description', text(item.description)],
    ['amount', { type: 'money', amountMinor: item.amountMinor, currency: item.currency }],
    ['paymentMethod', label(paymentLabels[item.paymentProvider])],
    ['purchaseReference', item.purchaseReference ? localizedOr(campaignLabels, item.purchaseReference) : none],
    ['occurredAt', datetime(item.occurredAt)],
  ],
}

/** A stable campaign for an ad event, which the history does not name. */
function campaignFor(eventId: string): string {
  let hash = 0
  for (let i = 0; i < eventId.length; i++) hash = (hash * 31 + eventId.charCodeAt(i)) >>> 0
  return campaignIds[hash % campaignIds.length] ?? 'banner-homepage'
}

function byTime(a: { occurredAt: string }, b: { occurredAt: string }): number {
  return a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0
}

/** Rows over a generated part's columns: ids, kinds and times are read without building the row's object. */
function partRows<T>(
  part: HistoryPart<T>,
  kind: (index: number) => string,
  spec: Pick<RowSpec<T>, 'fields'>,
): CategoryRows {
  return {
    length: part.length,
    id: (index) => part.id(index),
    kind,
    recordedAt: (index) => new Date(part.at[index] ?? Number.NaN).toISOString(),
    time: (index) => part.at[index] ?? Number.NaN,
    fields: (index) => spec.fields(part.record(index)),
    hasAudio: () => false,
    indexOf: (id) => part.indexOf(id),
  }
}

/** Rows that are some of another list's rows, by index (in that list's time order). */
function subsetRows(rows: CategoryRows, indices: Int32Array, kind: (index: number) => string): CategoryRows {
  const at = (index: number) => indices[index] ?? -1
  // The subset is in time order, so its indices grow: a binary search finds an id's row.
  const find = (source: number) => {
    let low = 0
    let high = indices.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (at(middle) < source) low = middle + 1
      else high = middle
    }
    return at(low) === source ? low : -1
  }
  return {
    length: indices.length,
    id: (index) => rows.id(at(index)),
    kind,
    recordedAt: (index) => rows.recordedAt(at(index)),
    time: (index) => rows.time(at(index)),
    fields: (index) => rows.fields(at(index)),
    hasAudio: () => false,
    indexOf: (id) => {
      const source = rows.indexOf?.(id) ?? -1
      return source < 0 ? -1 : find(source)
    },
  }
}

/** Rows are cached per generated part, so the same part always gives the same rows object (see records-query.ts). */
const rowsCache = new WeakMap<object, Map<string, CategoryRows>>()
function cachedRows(source: object, name: string, build: () => CategoryRows): CategoryRows {
  const entries = rowsCache.get(source) ?? new Map<string, CategoryRows>()
  rowsCache.set(source, entries)
  let rows = entries.get(name)
  if (!rows) {
    rows = build()
    entries.set(name, rows)
  }
  return rows
}

const usageKindNames = usageKinds.map(dashed)

function usageRows(user: UserRecord): CategoryRows {
  const part = getUsageEvents(user)
  return cachedRows(part, 'user-data', () =>
    partRows(part, (index) => usageKindNames[part.kind[index] ?? 0] ?? '', usageSpec),
  )
}

function transactionRows(user: UserRecord): CategoryRows {
  const part = getTransactions(user)
  return cachedRows(part, 'transactions', () =>
    partRows(part, (index) => transactionKinds[part.kind[index] ?? 0] ?? '', transactionSpec),
  )
}

const signInCode = usageKinds.indexOf('sign_in')
const adClickedCode = usageKinds.indexOf('ad_clicked')
const campaignOpenedCode = usageKinds.indexOf('campaign_opened')

/** Connection data: the usage events that are sign-ins (with their IP address). */
function connectionRows(user: UserRecord): CategoryRows {
  const part = getUsageEvents(user)
  return cachedRows(part, 'connection-data', () => {
    const usage = usageRows(user)
    const indices: number[] = []
    part.kind.forEach((code, index) => {
      if (code === signInCode) indices.push(index)
    })
    const rows = subsetRows(usage, Int32Array.from(indices), () => 'connection')
    return {
      ...rows,
      fields: (index) => {
        const event = part.record(indices[index] ?? -1)
        return [
          ['occurredAt', datetime(event.occurredAt)],
          ['ipAddress', text(event.ipAddress)],
        ]
      },
    }
  })
}

/**
 * Reactions to ads: the usage events that are ad clicks or campaign openings, merged in time order with the
 * purchases that carry a campaign reference (on equal times, the event first). Kept as (source, index) pairs.
 */
function adReactionRows(user: UserRecord): CategoryRows {
  const usage = getUsageEvents(user)
  const transactions = getTransactions(user)
  return cachedRows(transactions, `ad-reactions:${user.historySeed}`, () => {
    const events: number[] = []
    usage.kind.forEach((code, index) => {
      if (code === adClickedCode || code === campaignOpenedCode) events.push(index)
    })
    const purchases: number[] = []
    transactions.purchaseReference.forEach((reference, index) => {
      if (reference >= 0) purchases.push(index)
    })
    const length = events.length + purchases.length
    /** A row's source row: usage events as `index`, purchases as `-1 - index`. */
    const source = new Int32Array(length)
    let i = 0
    let j = 0
    for (let row = 0; row < length; row++) {
      const event = events[i]
      const purchase = purchases[j]
      const takeEvent =
        event !== undefined && (purchase === undefined || (usage.at[event] ?? 0) <= (transactions.at[purchase] ?? 0))
      if (takeEvent) {
        source[row] = event
        i++
      } else {
        source[row] = -1 - (purchase ?? 0)
        j++
      }
    }
    const reaction = (index: number): AdReaction => {
      const from = source[index] ?? 0
      if (from >= 0) {
        const event = usage.record(from)
        return {
          id: event.id,
          kind: event.kind === 'ad_clicked' ? 'ad-clicked' : 'campaign-opened',
          campaign: campaignFor(event.id),
          occurredAt: event.occurredAt,
        }
      }
      const purchase = transactions.record(-1 - from)
      return {
        id: purchase.id,
        kind: 'purchase-after-ad',
        campaign: purchase.purchaseReference ?? '',
        occurredAt: purchase.occurredAt,
      }
    }
    const time = (index: number) => {
      const from = source[index] ?? 0
      return (from >= 0 ? usage.at[from] : transactions.at[-1 - from]) ?? Number.NaN
    }
    const id = (index: number) => {
      const from = source[index] ?? 0
      return from >= 0 ? usage.id(from) : transactions.id(-1 - from)
    }
    return {
      length,
      id,
      kind: (index) => {
        const from = source[index] ?? 0
        if (from < 0) return 'purchase-after-ad'
        return usage.kind[from] === adClickedCode ? 'ad-clicked' : 'campaign-opened'
      },
      recordedAt: (index) => new Date(time(index)).toISOString(),
      time,
      fields: (index) => {
        const item = reaction(index)
        return [
          ['reaction', label(kindLabels.adReaction[item.kind])],
          ['campaign', localizedOr(campaignLabels, item.campaign)],
          ['occurredAt', datetime(item.occurredAt)],
        ]
      },
      hasAudio: () => false,
      indexOf: (wanted) => {
        const event = usage.indexOf(wanted)
        const purchase = transactions.indexOf(wanted)
        if (event >= 0) return source.indexOf(event)
        return purchase >= 0 ? source.indexOf(-1 - purchase) : -1
      },
    }
  })
}

type AdReaction = { id: string; kind: keyof typeof kindLabels.adReaction; campaign: string; occurredAt: string }

/** The person's rows of one category, oldest first. */
export function categoryRows(user: UserRecord, categoryId: DataCategoryId): CategoryRows {
  switch (categoryId) {
    case 'account':
      return accountRows(user)
    case 'user-data':
      return usageRows(user)
    case 'customer-service': {
      const recent = db.profileRecentContacts.findMany((q) => q.where({ userId: user.id }))
      return rowsOf([...getCustomerService(user), ...recent].sort(byTime), customerServiceSpec)
    }
    case 'transactions':
      return transactionRows(user)
    case 'connection-data':
      return connectionRows(user)
    case 'cookies':
      return rowsOf(
        db.profileCookies
          .findMany((q) => q.where({ userId: user.id }))
          .sort((a, b) => byTime({ occurredAt: a.setAt }, { occurredAt: b.setAt })),
        {
          id: (item) => item.id,
          kind: () => 'cookie',
          recordedAt: (item) => item.setAt,
          fields: (item) => [
            ['name', text(item.name)],
            ['role', label(cookieRoles[item.role])],
            ['setAt', datetime(item.setAt)],
          ],
        },
      )
    case 'ad-reactions':
      return adReactionRows(user)
    case 'third-party-data':
      return rowsOf(
        db.profileReceivedData
          .findMany((q) => q.where({ userId: user.id }))
          .sort((a, b) => byTime({ occurredAt: a.receivedAt }, { occurredAt: b.receivedAt })),
        {
          id: (item) => item.id,
          kind: (item) => item.sender,
          recordedAt: (item) => item.receivedAt,
          fields: (item) => [
            ['sender', label(kindLabels.received[item.sender])],
            ['content', label(receivedContents[item.content])],
            ['receivedAt', datetime(item.receivedAt)],
          ],
        },
      )
  }
}

/** The bilingual name of a row's kind. */
export function kindLabelOf(categoryId: DataCategoryId, kind: string): LocalizedText {
  const groups: Record<DataCategoryId, Readonly<Record<string, LocalizedText>>> = {
    account: kindLabels.account,
    'user-data': kindLabels.usage,
    'customer-service': kindLabels.customerService,
    transactions: kindLabels.transaction,
    'connection-data': kindLabels.connection,
    cookies: kindLabels.cookie,
    'ad-reactions': kindLabels.adReaction,
    'third-party-data': kindLabels.received,
  }
  return groups[categoryId][kind] ?? { fr: kind, en: kind }
}
