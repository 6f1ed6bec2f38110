import type { LocalizedText } from '#src/contract/common'
import type { FieldValue } from '#src/contract/profile'
import type { DataCategoryId } from '#src/contract/register'

import { db } from './db'
import type { CookieRecord, ReceivedDataRecord } from './profile-records'
import type { CustomerServiceRecord, TransactionRecord, UsageEventRecord, UserRecord } from './records'
import { getUserHistory } from './seed/history'

/*
 * The person's records of each category, seen by index so the large account's 104,000 transactions are read
 * where they lie, never copied into 104,000 new objects. A category's rows are built on demand from the
 * generated history (cached by seed/history.ts) and the small collections of the db.
 */

export type FieldEntry = readonly [key: string, value: FieldValue]

export type CategoryRows = {
  readonly length: number
  id(index: number): string
  kind(index: number): string
  recordedAt(index: number): string
  fields(index: number): FieldEntry[]
  /** Whether this row is a voice recording that can be played. */
  hasAudio(index: number): boolean
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

type AdReaction = { id: string; kind: keyof typeof kindLabels.adReaction; campaign: string; occurredAt: string }

/** A stable campaign for an ad event, which the history does not name. */
function campaignFor(eventId: string): string {
  let hash = 0
  for (let i = 0; i < eventId.length; i++) hash = (hash * 31 + eventId.charCodeAt(i)) >>> 0
  return campaignIds[hash % campaignIds.length] ?? 'banner-homepage'
}

function byTime(a: { occurredAt: string }, b: { occurredAt: string }): number {
  return a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0
}

/** Merges two lists already in time order (the history is generated in order), without sorting again. */
function mergeByTime<T extends { occurredAt: string }>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const left = a[i]
    const right = b[j]
    if (left && (!right || byTime(left, right) <= 0)) {
      merged.push(left)
      i++
    } else if (right) {
      merged.push(right)
      j++
    }
  }
  return merged
}

/** Derived views of the history, built once per person (the history itself is cached the same way). */
const derived = new WeakMap<object, { connections: UsageEventRecord[]; adReactions: AdReaction[] }>()

function derive(user: UserRecord) {
  const history = getUserHistory(user)
  const cached = derived.get(history)
  if (cached) return cached
  const connections = history.usageEvents.filter((event) => event.kind === 'sign_in')
  const fromEvents: AdReaction[] = []
  for (const event of history.usageEvents) {
    if (event.kind === 'ad_clicked' || event.kind === 'campaign_opened') {
      fromEvents.push({
        id: event.id,
        kind: event.kind === 'ad_clicked' ? 'ad-clicked' : 'campaign-opened',
        campaign: campaignFor(event.id),
        occurredAt: event.occurredAt,
      })
    }
  }
  const fromPurchases: AdReaction[] = []
  for (const transaction of history.transactions) {
    if (transaction.purchaseReference) {
      fromPurchases.push({
        id: transaction.id,
        kind: 'purchase-after-ad',
        campaign: transaction.purchaseReference,
        occurredAt: transaction.occurredAt,
      })
    }
  }
  const adReactions = mergeByTime(fromEvents, fromPurchases)
  const result = { connections, adReactions }
  derived.set(history, result)
  return result
}

/** Rows are cached per person and source, so the same generated list always gives the same rows object. */
const rowsCache = new WeakMap<object, CategoryRows>()
function cachedRows<T>(items: readonly T[], spec: RowSpec<T>): CategoryRows {
  const cached = rowsCache.get(items)
  if (cached) return cached
  const rows = rowsOf(items, spec)
  rowsCache.set(items, rows)
  return rows
}

/** The person's rows of one category, oldest first. */
export function categoryRows(user: UserRecord, categoryId: DataCategoryId): CategoryRows {
  switch (categoryId) {
    case 'account':
      return accountRows(user)
    case 'user-data':
      return cachedRows(getUserHistory(user).usageEvents, usageSpec)
    case 'customer-service': {
      const recent = db.profileRecentContacts.findMany((q) => q.where({ userId: user.id }))
      return rowsOf([...getUserHistory(user).customerService, ...recent].sort(byTime), customerServiceSpec)
    }
    case 'transactions':
      return cachedRows(getUserHistory(user).transactions, transactionSpec)
    case 'connection-data':
      return cachedRows(derive(user).connections, {
        id: (item) => item.id,
        kind: () => 'connection',
        recordedAt: (item) => item.occurredAt,
        fields: (item) => [
          ['occurredAt', datetime(item.occurredAt)],
          ['ipAddress', text(item.ipAddress)],
        ],
      })
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
      return cachedRows(derive(user).adReactions, {
        id: (item) => item.id,
        kind: (item) => item.kind,
        recordedAt: (item) => item.occurredAt,
        fields: (item) => [
          ['reaction', label(kindLabels.adReaction[item.kind])],
          ['campaign', localizedOr(campaignLabels, item.campaign)],
          ['occurredAt', datetime(item.occurredAt)],
        ],
      })
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
